import { Fragment, type ReactNode } from 'react';
import { NUMBER_CELL, StatisticsTableShell } from './StatisticsTableShell';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../i18n/format';

export interface FigureColumn {
  key: string;
  label: string;
}

/** Columns under one heading (e.g. "Victims rescued": total, under 15, …); one figure without a sub-label spans both header rows. */
export interface FigureGroup {
  key: string;
  label: string;
  figures: FigureColumn[];
}

export interface FigureChange {
  absolute: number;
  percent: number | null;
}

export interface FigureRow {
  key: string;
  label: string;
  /** Subtotals and totals are set in bold. */
  emphasis?: boolean;
  /** Offence rows are indented under their category. */
  indent?: boolean;
  current: Record<string, number>;
  previous?: Record<string, number>;
  change?: Record<string, FigureChange>;
  /** The extra column's cell (e.g. foreign nationalities). */
  extra?: ReactNode;
}

export interface FigureSection {
  key: string;
  /** A row-group heading above the rows; none for the total's section. */
  label?: string;
  rows: FigureRow[];
}

export interface FigureTableProps {
  caption: string;
  rowHeader: string;
  groups: FigureGroup[];
  sections: FigureSection[];
  year: number;
  previousYear?: number;
  /** Show the previous year's figure and the change beside each figure. */
  compare?: boolean;
  extraColumn?: string;
}


/**
 * A statistics table as the national report lays it out: one row per offence (or category, or
 * province), subtotals and the total in bold, figures grouped under headings, and optionally the
 * previous year and the change per figure. Every header is a th with its scope, so a screen
 * reader names each number by its row and its columns.
 */
export function FigureTable({ caption, rowHeader, groups, sections, year, previousYear, compare = false, extraColumn }: FigureTableProps) {
  const { t, i18n } = useTranslation('statistics');
  const lang = i18n.language;
  const per = compare && previousYear !== undefined ? 3 : 1;
  const headerRows = per === 3 ? 3 : 2;
  const yearText = (y: number) => formatNumber(lang, y, { useGrouping: false });
  const columnCount = 1 + groups.reduce((n, g) => n + g.figures.length * per, 0) + (extraColumn ? 1 : 0);
  const singles = (g: FigureGroup) => g.figures.length === 1 && g.figures[0].label === g.label;

  const changeText = (c: FigureChange | undefined) => {
    if (!c) return '—';
    const abs = formatNumber(lang, c.absolute, { signDisplay: 'exceptZero' });
    return c.percent === null ? abs : `${abs} (${formatPercent(lang, c.percent / 100)})`;
  };

  return (
    <StatisticsTableShell caption={caption} horizontalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" rowSpan={headerRows}>
              {rowHeader}
            </Table.Th>
            {groups.map((g) =>
              singles(g) ? (
                <Table.Th key={g.key} scope={per === 3 ? 'colgroup' : 'col'} rowSpan={headerRows - (per === 3 ? 1 : 0)} colSpan={per} style={NUMBER_CELL}>
                  {g.label}
                </Table.Th>
              ) : (
                <Table.Th key={g.key} scope="colgroup" colSpan={g.figures.length * per} style={{ textAlign: 'center' }}>
                  {g.label}
                </Table.Th>
              ),
            )}
            {extraColumn && (
              <Table.Th scope="col" rowSpan={headerRows}>
                {extraColumn}
              </Table.Th>
            )}
          </Table.Tr>
          <Table.Tr>
            {groups.flatMap((g) =>
              singles(g)
                ? []
                : g.figures.map((f) => (
                    <Table.Th key={f.key} scope={per === 3 ? 'colgroup' : 'col'} colSpan={per} style={per === 3 ? { textAlign: 'center' } : NUMBER_CELL}>
                      {f.label}
                    </Table.Th>
                  )),
            )}
          </Table.Tr>
          {per === 3 && previousYear !== undefined && (
            <Table.Tr>
              {groups.flatMap((g) =>
                g.figures.map((f) => (
                  <Fragment key={f.key}>
                    <Table.Th scope="col" style={NUMBER_CELL}>
                      {yearText(year)}
                    </Table.Th>
                    <Table.Th scope="col" style={NUMBER_CELL}>
                      {yearText(previousYear)}
                    </Table.Th>
                    <Table.Th scope="col" style={NUMBER_CELL}>
                      {t('table.change')}
                    </Table.Th>
                  </Fragment>
                )),
              )}
            </Table.Tr>
          )}
        </Table.Thead>
        {sections.map((section) => (
          <Table.Tbody key={section.key}>
            {section.label && (
              <Table.Tr>
                <Table.Th scope="rowgroup" colSpan={columnCount} bg="var(--mantine-color-gray-1)">
                  {section.label}
                </Table.Th>
              </Table.Tr>
            )}
            {section.rows.map((row) => (
              <Table.Tr key={row.key} fw={row.emphasis ? 700 : undefined}>
                <Table.Th scope="row" fw={row.emphasis ? 700 : 400} pl={row.indent ? 'lg' : undefined} style={{ minWidth: 200 }}>
                  {row.label}
                </Table.Th>
                {groups.flatMap((g) =>
                  g.figures.map((f) => (
                    <Fragment key={f.key}>
                      <Table.Td style={NUMBER_CELL}>{formatNumber(lang, row.current[f.key])}</Table.Td>
                      {per === 3 && (
                        <>
                          <Table.Td style={NUMBER_CELL}>{formatNumber(lang, row.previous?.[f.key])}</Table.Td>
                          <Table.Td style={NUMBER_CELL}>{changeText(row.change?.[f.key])}</Table.Td>
                        </>
                      )}
                    </Fragment>
                  )),
                )}
                {extraColumn && <Table.Td>{row.extra ?? '—'}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        ))}
    </StatisticsTableShell>
  );
}

import { toCsv, type CsvValue } from '../csv/csv';
import { csvColumnOf } from '../court/court-table-csv';
import type { CompensationTable } from './compensation-table';
import type { ProtectionTable } from './protection-table';

/** What the figures cover: the province asked for; else a scoped reader's provinces; empty for the whole country. */
function coverageOf(province: string | null, scope: { provinces: readonly string[] | null }): string | null {
  return province ?? (scope.provinces ? [...scope.provinces].sort().join('; ') : null);
}

/** The four columns of a figure: the year, the previous year, the change, the change in percent. */
function figureColumns(column: string): string[] {
  return [column, `${column}_previous`, `${column}_change`, `${column}_change_percent`];
}

/**
 * A protection table as CSV, with the court tables' conventions (UTF-8 BOM, CRLF, RFC 4180; per
 * figure the year, the previous year, the change and the change in percent, empty when the
 * previous figure is 0): one line per row, `dimension` and `code` naming the breakdown row.
 */
export function protectionTableToCsv<F extends string, D extends string>(
  table: ProtectionTable<F, D>,
  scope: { provinces: readonly string[] | null } = { provinces: null },
): string {
  const coverage = coverageOf(table.province, scope);
  const header = ['year', 'previous_year', 'province', 'level', 'dimension', 'code', 'label', ...table.figures.flatMap((f) => figureColumns(csvColumnOf(f)))];
  const records: CsvValue[][] = table.rows.map((row) => [
    table.year,
    table.previousYear,
    coverage,
    row.level,
    row.dimension,
    row.code,
    row.label,
    ...table.figures.flatMap((f) => [row.current[f], row.previous[f], row.change[f].absolute, row.change[f].percent]),
  ]);
  return toCsv(header, records);
}

/**
 * The compensation table as CSV: the counts as in every table, then per currency of the table the
 * amounts awarded and received in integer minor units (`awarded_usd_minor`: US cents), with the
 * previous year and the change; never converted from one currency to another.
 */
export function compensationTableToCsv(table: CompensationTable, scope: { provinces: readonly string[] | null } = { provinces: null }): string {
  const coverage = coverageOf(table.province, scope);
  const money = (['awarded', 'received'] as const).flatMap((kind) => table.currencies.map((currency) => ({ kind, currency })));
  const header = [
    'year',
    'previous_year',
    'province',
    'level',
    'organisation',
    'organisation_kind',
    'label',
    ...table.figures.flatMap((f) => figureColumns(csvColumnOf(f))),
    ...money.flatMap(({ kind, currency }) => figureColumns(`${kind}_${currency.toLowerCase()}_minor`)),
  ];
  const records: CsvValue[][] = table.rows.map((row) => [
    table.year,
    table.previousYear,
    coverage,
    row.level,
    row.organisation,
    row.kind,
    row.label,
    ...table.figures.flatMap((f) => [row.current.counts[f], row.previous.counts[f], row.change.counts[f].absolute, row.change.counts[f].percent]),
    ...money.flatMap(({ kind, currency }) => [row.current[kind][currency], row.previous[kind][currency], row.change[kind][currency].absolute, row.change[kind][currency].percent]),
  ]);
  return toCsv(header, records);
}

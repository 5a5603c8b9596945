import type { TFunction } from 'i18next';
import type { ChartSeries } from '../charts/chartOptions';
import type { FigureChange, FigureGroup, FigureSection } from '../FigureTable';

/*
 * The tables of report II.D as `/api/statistics/protection/…` answers them (libs/statistics:
 * protection tables), and how the screen lays them out: person columns (all, adult men, adult
 * women, boys, girls) under one heading, one row group per breakdown, the total last.
 */

export type BreakdownTableKind = 'received' | 'shelter-admissions' | 'integrations' | 'follow-ups';
export type ProtectionTab = BreakdownTableKind | 'compensation' | 'integration-durations';
export const PROTECTION_TABLE_PATHS: readonly ProtectionTab[] = ['received', 'shelter-admissions', 'compensation', 'integrations', 'follow-ups', 'integration-durations'];

interface ScopedTable {
  year: number;
  previousYear: number;
  province: string | null;
  provinces: string[] | null;
}

export interface BreakdownRow {
  level: 'breakdown' | 'total';
  dimension: string | null;
  code: string | null;
  label: string;
  current: Record<string, number>;
  previous: Record<string, number>;
  change: Record<string, FigureChange>;
}

export interface BreakdownTable extends ScopedTable {
  table: string;
  figures: string[];
  dimensions: string[];
  rows: BreakdownRow[];
}

export interface CompensationYear {
  counts: Record<string, number>;
  awarded: Record<string, number>;
  received: Record<string, number>;
}

export interface CompensationRow {
  level: 'organisation' | 'total';
  organisation: string | null;
  kind: string | null;
  label: string;
  current: CompensationYear;
  previous: CompensationYear;
  change: { counts: Record<string, FigureChange>; awarded: Record<string, FigureChange>; received: Record<string, FigureChange> };
}

export interface CompensationTable extends ScopedTable {
  table: 'compensation';
  figures: string[];
  currencies: string[];
  rows: CompensationRow[];
}

export interface DurationSummary {
  count: number;
  medianDays: number | null;
  p90Days: number | null;
}

export interface IntegrationDurations extends ScopedTable {
  measures: string[];
  rows: { level: 'province' | 'total'; province: string | null; label: string; current: Record<string, DurationSummary>; previous: Record<string, DurationSummary> }[];
}

/** The person columns of a group (`persons`, `personsAdultMale`, …): their sub-label. */
const PERSON_CELLS = ['AdultMale', 'AdultFemale', 'MinorMale', 'MinorFemale'] as const;

function split(figure: string): { group: string; sub: string | null } {
  for (const cell of PERSON_CELLS) if (figure.endsWith(cell)) return { group: figure.slice(0, -cell.length), sub: cell };
  return { group: figure, sub: null };
}

/** Column groups in the API's order: a person group with its total and four cells; other figures alone. */
export function breakdownGroups(figures: readonly string[], t: TFunction<'statistics'>): FigureGroup[] {
  const groups: FigureGroup[] = [];
  for (const figure of figures) {
    const { group, sub } = split(figure);
    const label = t(`protection.figures.${group}`, { defaultValue: group });
    let g = groups.find((x) => x.key === group);
    if (!g) {
      g = { key: group, label, figures: [] };
      groups.push(g);
    }
    g.figures.push({ key: figure, label: sub === null ? (PERSON_GROUPS.has(group) ? t('protection.cells.total') : label) : t(`protection.cells.${sub}`) });
  }
  return groups;
}

/** Figures that head a group of person cells. */
const PERSON_GROUPS = new Set(['persons', 'integrations']);

/** One row group per breakdown (its heading, its rows), then the total on its own. */
export function breakdownSections(table: BreakdownTable, rowLabel: (dimension: string, code: string, fallback: string) => string, t: TFunction<'statistics'>): FigureSection[] {
  const sections: FigureSection[] = table.dimensions.map((dimension) => ({
    key: dimension,
    label: t(`protection.dimensions.${dimension}`, { defaultValue: dimension }),
    rows: table.rows
      .filter((r) => r.level === 'breakdown' && r.dimension === dimension)
      .map((r) => ({ key: `${dimension}:${r.code}`, label: rowLabel(dimension, r.code ?? '', r.label), current: r.current, previous: r.previous, change: r.change })),
  }));
  const total = table.rows.find((r) => r.level === 'total');
  if (total) sections.push({ key: 'total', rows: [{ key: 'total', label: t('table.total'), emphasis: true, current: total.current, previous: total.previous, change: total.change }] });
  return sections;
}

/** A breakdown as chart data: its rows with a value (either year), this year and the year before. */
export function breakdownChart(table: BreakdownTable, dimension: string, figure: string, rowLabel: (dimension: string, code: string, fallback: string) => string, yearText: (y: number) => string): { categories: string[]; series: ChartSeries[] } {
  const rows = table.rows.filter((r) => r.level === 'breakdown' && r.dimension === dimension && ((r.current[figure] ?? 0) > 0 || (r.previous[figure] ?? 0) > 0));
  return {
    categories: rows.map((r) => rowLabel(dimension, r.code ?? '', r.label)),
    series: [
      { name: yearText(table.year), values: rows.map((r) => r.current[figure] ?? 0) },
      { name: yearText(table.previousYear), values: rows.map((r) => r.previous[figure] ?? 0) },
    ],
  };
}

/** Victims awarded and paid per supporting organisation, this year (organisations with either). */
export function compensationChart(table: CompensationTable, organisation: (code: string | null, fallback: string) => string, names: { awarded: string; received: string }): { categories: string[]; series: ChartSeries[] } {
  const rows = table.rows.filter((r) => r.level === 'organisation' && ((r.current.counts['victimsAwarded'] ?? 0) > 0 || (r.current.counts['victimsReceived'] ?? 0) > 0));
  return {
    categories: rows.map((r) => organisation(r.organisation, r.label)),
    series: [
      { name: names.awarded, values: rows.map((r) => r.current.counts['victimsAwarded'] ?? 0) },
      { name: names.received, values: rows.map((r) => r.current.counts['victimsReceived'] ?? 0) },
    ],
  };
}

/** The breakdown each table's chart shows, and the figure it counts. */
export const CHART_OF: Readonly<Record<BreakdownTableKind, { dimension: string; figure: string }>> = {
  received: { dimension: 'channel', figure: 'persons' },
  'shelter-admissions': { dimension: 'exploitation_type', figure: 'admissions' },
  integrations: { dimension: 'integrated_by', figure: 'integrations' },
  'follow-ups': { dimension: 'outcome', figure: 'visits' },
};

import type { TFunction } from 'i18next';
import type { ChartSeries } from '../charts/chartOptions';
import type { FigureChange, FigureGroup, FigureSection } from '../FigureTable';

/*
 * The intake tables as `/api/statistics/intake/…` answers them (libs/statistics: intake tables):
 * rows by breakdown (a dimension and a code), this year and the year before with the change, the
 * total last; and how the screen lays them out. Figures and dimensions are named by the answer,
 * so a figure the server adds shows (by its name) before this screen has words for it.
 */

export const INTAKE_TABLES = ['receptions', 'police-receptions', 'screenings', 'bodies', 'screening-yield', 'referral-chain'] as const;
export type IntakeTable = (typeof INTAKE_TABLES)[number];

export interface IntakeRow {
  level: string;
  dimension: string | null;
  code: string | null;
  label: string;
  current: Record<string, number | null>;
  previous: Record<string, number | null>;
  change?: Record<string, FigureChange>;
}

export interface IntakeAnswer {
  table?: string;
  year: number;
  previousYear: number;
  month?: number | null;
  province: string | null;
  provinces?: string[] | null;
  figures: string[];
  dimensions: string[];
  rows: IntakeRow[];
}

const numbers = (r: Record<string, number | null> | undefined): Record<string, number> => Object.fromEntries(Object.entries(r ?? {}).filter((e): e is [string, number] => typeof e[1] === 'number'));

/** The person cells of a group of person columns (`persons`, `personsAdultMale`, …). */
const PERSON_CELLS = ['AdultMale', 'AdultFemale', 'MinorMale', 'MinorFemale'] as const;

/** Column groups in the answer's order: a person group (its total and four cells) under one heading; other figures alone. */
export function intakeGroups(figures: readonly string[], t: TFunction<'intake'>): FigureGroup[] {
  const groups: FigureGroup[] = [];
  for (const figure of figures) {
    const cell = PERSON_CELLS.find((c) => figure.endsWith(c) && figure !== c);
    const key = cell ? figure.slice(0, -cell.length) : figure;
    const label = t(`statistics.figures.${key}`, { defaultValue: key });
    const grouped = cell !== undefined || figures.some((f) => f !== figure && f.startsWith(figure) && PERSON_CELLS.some((c) => f === `${figure}${c}`));
    let g = groups.find((x) => x.key === key);
    if (!g) {
      g = { key, label, figures: [] };
      groups.push(g);
    }
    g.figures.push({ key: figure, label: cell ? t(`statistics.cells.${cell}`) : grouped ? t('statistics.cells.total') : label });
  }
  return groups;
}

/** The screening yield (`/api/statistics/intake/screening-yield`): per place and month, returnees and suspected victims per 1,000. */
export interface YieldFigures {
  returnees: number;
  suspectedVictims: number;
  perThousand: number | null;
}

export interface YieldRow {
  level: 'month' | 'place' | 'total';
  place: string | null;
  month: number | null;
  label: string;
  current: YieldFigures;
  previous: YieldFigures;
}

export interface ScreeningYieldAnswer {
  year: number;
  previousYear: number;
  month: number | null;
  province: string | null;
  provinces?: string[] | null;
  rows: YieldRow[];
}

/** One row group per breakdown (its heading, its rows), then the total on its own. */
export function intakeSections(answer: IntakeAnswer, rowLabel: (dimension: string, code: string, fallback: string) => string, t: TFunction<'intake'>, totalLabel: string): FigureSection[] {
  const total = answer.rows.filter((r) => r.dimension === null || r.level === 'total');
  const sections: FigureSection[] = answer.dimensions.map((dimension) => ({
    key: dimension,
    label: answer.dimensions.length > 1 ? t(`statistics.dimensions.${dimension}`, { defaultValue: dimension }) : undefined,
    rows: answer.rows
      .filter((r) => r.dimension === dimension && r.level !== 'total')
      .map((r) => ({ key: `${dimension}:${r.code}`, label: rowLabel(dimension, r.code ?? '', r.label), current: numbers(r.current), previous: numbers(r.previous), change: r.change, emphasis: r.level === 'subtotal' })),
  }));
  for (const r of total) sections.push({ key: `total:${r.label}`, rows: [{ key: 'total', label: totalLabel, emphasis: true, current: numbers(r.current), previous: numbers(r.previous), change: r.change }] });
  return sections.filter((s) => s.rows.length > 0);
}

/** A breakdown as chart data: its rows with a value (either year), this year and the year before. */
export function intakeChart(answer: IntakeAnswer, dimension: string, figure: string, rowLabel: (dimension: string, code: string, fallback: string) => string, yearText: (y: number) => string): { categories: string[]; series: ChartSeries[] } {
  const rows = answer.rows.filter((r) => r.dimension === dimension && r.level !== 'total' && ((r.current[figure] ?? 0) > 0 || (r.previous[figure] ?? 0) > 0));
  return {
    categories: rows.map((r) => rowLabel(dimension, r.code ?? '', r.label)),
    series: [
      { name: yearText(answer.year), values: rows.map((r) => r.current[figure] ?? 0) },
      { name: yearText(answer.previousYear), values: rows.map((r) => r.previous[figure] ?? 0) },
    ],
  };
}

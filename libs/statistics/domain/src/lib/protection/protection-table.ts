import type { FigureChange } from '../law-enforcement/law-enforcement-figures';
import { figureChanges, sumFigures, zeroFiguresOf, type Figures } from '../court/court-figures';
import { countsInStatistics, type ProtectionCaseFacts } from './protection-case-facts';

/** The tables of report II.D built by `buildProtectionTable` (compensation and durations have their own shapes). */
export const PROTECTION_TABLES = ['received', 'shelter_admissions', 'integrations', 'follow_ups'] as const;
export type ProtectionTableKind = (typeof PROTECTION_TABLES)[number];

export interface ProtectionTableOptions {
  year: number;
  /** Only figures whose province (the case's province at the event) is this one. */
  province?: string;
  /** Only figures of these provinces (a reader's scope); absent: the whole country. */
  provinces?: readonly string[];
}

/**
 * One thing a case contributes to a table in a year (a reception, an admission, a visit…): the
 * figures it adds, the province it counts in, and its row in each breakdown. Every item has a row
 * in every breakdown, so each breakdown's rows add up to the total by construction.
 */
export interface ProtectionItem<F extends string, D extends string> {
  province: string;
  figures: Partial<Figures<F>>;
  codes: Record<D, string>;
}

/** A breakdown of a table: its rows in order (every listed code, zero rows included), and labels. */
export interface Breakdown<D extends string> {
  dimension: D;
  /** Rows always shown, in this order; codes seen in the facts and not listed follow, by code. */
  codes: readonly string[];
  /** Rows shown after all others (`none`). */
  last?: readonly string[];
  label: (code: string) => string;
}

export interface ProtectionTableRow<F extends string, D extends string> {
  level: 'breakdown' | 'total';
  /** Null on the total row. */
  dimension: D | null;
  code: string | null;
  label: string;
  current: Figures<F>;
  previous: Figures<F>;
  change: Record<F, FigureChange>;
}

export interface ProtectionTable<F extends string, D extends string> {
  table: ProtectionTableKind;
  year: number;
  previousYear: number;
  province: string | null;
  figures: readonly F[];
  dimensions: readonly D[];
  /** Each breakdown's rows in the order of `dimensions`, then the total. */
  rows: ProtectionTableRow<F, D>[];
}

/** Whether a figure of `province` is in what the table covers. */
export function coversProvince(options: Omit<ProtectionTableOptions, 'year'>, province: string): boolean {
  if (options.province !== undefined) return province === options.province;
  return options.provinces === undefined || options.provinces.includes(province);
}

/**
 * Builds a protection table: the items each case contributes to a year (`itemsOf`, a pure
 * function of the case's facts and the year), those of the provinces covered summed per row of
 * each breakdown, and the total, for the year and the year before. A case closed as recorded in
 * error contributes nothing.
 */
export function buildProtectionTable<F extends string, D extends string>(
  table: ProtectionTableKind,
  figures: readonly F[],
  breakdowns: readonly Breakdown<D>[],
  itemsOf: (facts: ProtectionCaseFacts, year: number) => ProtectionItem<F, D>[],
  facts: readonly ProtectionCaseFacts[],
  options: ProtectionTableOptions,
): ProtectionTable<F, D> {
  const { year } = options;
  const previousYear = year - 1;
  const zero = () => zeroFiguresOf(figures);
  const sums = new Map<D, Map<string, { current: Figures<F>; previous: Figures<F> }>>(breakdowns.map((b) => [b.dimension, new Map()]));
  const total = { current: zero(), previous: zero() };
  const add = (period: 'current' | 'previous', item: ProtectionItem<F, D>) => {
    const counts = { ...zero(), ...item.figures };
    total[period] = sumFigures(figures, total[period], counts);
    for (const b of breakdowns) {
      const rows = sums.get(b.dimension)!;
      const code = item.codes[b.dimension];
      const row = rows.get(code) ?? { current: zero(), previous: zero() };
      row[period] = sumFigures(figures, row[period], counts);
      rows.set(code, row);
    }
  };
  for (const f of facts) {
    if (!countsInStatistics(f)) continue;
    for (const item of itemsOf(f, year)) if (coversProvince(options, item.province)) add('current', item);
    for (const item of itemsOf(f, previousYear)) if (coversProvince(options, item.province)) add('previous', item);
  }
  const row = (level: 'breakdown' | 'total', dimension: D | null, code: string | null, label: string, current: Figures<F>, previous: Figures<F>): ProtectionTableRow<F, D> => ({
    level,
    dimension,
    code,
    label,
    current,
    previous,
    change: figureChanges(figures, current, previous),
  });
  const rows: ProtectionTableRow<F, D>[] = [];
  for (const b of breakdowns) {
    const seen = sums.get(b.dimension)!;
    const last = b.last ?? [];
    const others = [...seen.keys()].filter((c) => !b.codes.includes(c) && !last.includes(c)).sort();
    for (const code of [...b.codes, ...others, ...last]) {
      const s = seen.get(code) ?? { current: zero(), previous: zero() };
      rows.push(row('breakdown', b.dimension, code, b.label(code), s.current, s.previous));
    }
  }
  rows.push(row('total', null, null, 'Total', total.current, total.previous));
  return { table, year, previousYear, province: options.province ?? null, figures, dimensions: breakdowns.map((b) => b.dimension), rows };
}

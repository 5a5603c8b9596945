import type { FigureChange } from '../law-enforcement/law-enforcement-figures';
import { figureChanges, sumFigures, zeroFiguresOf, type Figures } from '../court/court-figures';
import type { Breakdown } from '../protection/protection-table';

/** The intake tables built by `buildIntakeTable` (the screening yield has its own shape). */
export const INTAKE_TABLES = ['receptions', 'police_receptions', 'screenings', 'bodies', 'referral_chain'] as const;
export type IntakeTableKind = (typeof INTAKE_TABLES)[number];

/**
 * What an intake table covers: a year, or one month of it (then the previous year is the same
 * month a year before), and a province or a reader's provinces.
 */
export interface IntakeTableOptions {
  year: number;
  /** 1–12: only that month of the year (and of the year before). */
  month?: number;
  /** Only figures whose province is this one. */
  province?: string;
  /** Only figures of these provinces (a reader's scope); absent: the whole country. */
  provinces?: readonly string[];
}

/**
 * One thing a record contributes to a table (a reception, a screened person, a referral…): its
 * date (which places it in the year, the year before, or neither), its province, the figures it
 * adds and its row in each breakdown. An item without a code for a breakdown is not in it: the
 * screenings table's referrals have a destination, its screened persons none, so each breakdown
 * adds up to the total of the figures its items carry.
 */
export interface IntakeItem<F extends string, D extends string> {
  date: string;
  province: string;
  figures: Partial<Figures<F>>;
  codes: Partial<Record<D, string>>;
}

export interface IntakeTableRow<F extends string, D extends string> {
  level: 'breakdown' | 'total';
  /** Null on the total row. */
  dimension: D | null;
  code: string | null;
  label: string;
  current: Figures<F>;
  previous: Figures<F>;
  change: Record<F, FigureChange>;
}

export interface IntakeTable<F extends string, D extends string> {
  table: IntakeTableKind;
  year: number;
  previousYear: number;
  /** The month asked for, else null (the whole year). */
  month: number | null;
  province: string | null;
  figures: readonly F[];
  dimensions: readonly D[];
  /** Each breakdown's rows in the order of `dimensions`, then the total. */
  rows: IntakeTableRow<F, D>[];
}

export type Period = 'current' | 'previous';

/** Whether a domain date falls in the period asked for, the same period a year before, or neither. */
export function periodOf(date: string, options: Pick<IntakeTableOptions, 'year' | 'month'>): Period | null {
  const year = Number(date.slice(0, 4));
  if (options.month !== undefined && Number(date.slice(5, 7)) !== options.month) return null;
  if (year === options.year) return 'current';
  if (year === options.year - 1) return 'previous';
  return null;
}

/** Whether a figure of `province` is in what the table covers. */
export function coversIntakeProvince(options: Pick<IntakeTableOptions, 'province' | 'provinces'>, province: string): boolean {
  if (options.province !== undefined) return province === options.province;
  return options.provinces === undefined || options.provinces.includes(province);
}

/**
 * Builds an intake table: the items of every record (`itemsOf`, pure), those dated in the period
 * or the same period a year before and of the provinces covered, summed per row of each breakdown,
 * and the total.
 */
export function buildIntakeTable<T, F extends string, D extends string>(
  table: IntakeTableKind,
  figures: readonly F[],
  breakdowns: readonly Breakdown<D>[],
  itemsOf: (record: T) => IntakeItem<F, D>[],
  records: readonly T[],
  options: IntakeTableOptions,
): IntakeTable<F, D> {
  const zero = () => zeroFiguresOf(figures);
  const sums = new Map<D, Map<string, Record<Period, Figures<F>>>>(breakdowns.map((b) => [b.dimension, new Map()]));
  const total: Record<Period, Figures<F>> = { current: zero(), previous: zero() };
  for (const record of records) {
    for (const item of itemsOf(record)) {
      const period = periodOf(item.date, options);
      if (period === null || !coversIntakeProvince(options, item.province)) continue;
      const counts = { ...zero(), ...item.figures };
      total[period] = sumFigures(figures, total[period], counts);
      for (const b of breakdowns) {
        const code = item.codes[b.dimension];
        if (code === undefined) continue;
        const rows = sums.get(b.dimension)!;
        const row = rows.get(code) ?? { current: zero(), previous: zero() };
        row[period] = sumFigures(figures, row[period], counts);
        rows.set(code, row);
      }
    }
  }
  const row = (level: 'breakdown' | 'total', dimension: D | null, code: string | null, label: string, s: Record<Period, Figures<F>>): IntakeTableRow<F, D> => ({
    level,
    dimension,
    code,
    label,
    current: s.current,
    previous: s.previous,
    change: figureChanges(figures, s.current, s.previous),
  });
  const rows: IntakeTableRow<F, D>[] = [];
  for (const b of breakdowns) {
    const seen = sums.get(b.dimension)!;
    const last = b.last ?? [];
    const others = [...seen.keys()].filter((c) => !b.codes.includes(c) && !last.includes(c)).sort();
    for (const code of [...b.codes, ...others, ...last]) rows.push(row('breakdown', b.dimension, code, b.label(code), seen.get(code) ?? { current: zero(), previous: zero() }));
  }
  rows.push(row('total', null, null, 'Total', total));
  return {
    table,
    year: options.year,
    previousYear: options.year - 1,
    month: options.month ?? null,
    province: options.province ?? null,
    figures,
    dimensions: breakdowns.map((b) => b.dimension),
    rows,
  };
}

import type { OffenceCategory } from '@casetrail/kernel';
import { OFFENCE_CATEGORIES, OFFENCE_CATEGORY_NAMES } from '@casetrail/kernel';
import type { FigureChange } from '../law-enforcement/law-enforcement-figures';
import type { CourtFileFacts } from './court-file-facts';
import { countPerson, figureChanges, sumFigures, victimCell, zeroFiguresOf, type Figures, type VictimFigure } from './court-figures';
import { victimsOn, type StageWindow } from './court-stage-periods';

/** The three court tables of report II.C.2.1. */
export const COURT_TABLES = ['prosecution', 'investigating_judges', 'trial'] as const;
export type CourtTableKind = (typeof COURT_TABLES)[number];

export interface CourtTableOptions {
  year: number;
  /** Only files of the court of this province (province code). */
  province?: string;
}

export interface CourtTableRow<F extends string> {
  level: 'category' | 'total';
  /** Null on the total row. */
  category: OffenceCategory | null;
  label: string;
  current: Figures<F>;
  previous: Figures<F>;
  change: Record<F, FigureChange>;
}

export interface CourtTable<F extends string> {
  table: CourtTableKind;
  year: number;
  previousYear: number;
  province: string | null;
  figures: readonly F[];
  /** One row per offence category (by the file's principal offence), then the total. */
  rows: CourtTableRow<F>[];
}

/**
 * Builds a court table: what each file contributes to a year (`tally`, a pure function of the
 * file's facts and the year) summed per category of the file's principal offence, then the total,
 * for the year and the year before. Totals add up by construction.
 */
export function buildCourtTable<F extends string>(
  table: CourtTableKind,
  figures: readonly F[],
  tally: (file: CourtFileFacts, year: number) => Figures<F>,
  facts: readonly CourtFileFacts[],
  options: CourtTableOptions,
): CourtTable<F> {
  const { year } = options;
  const previousYear = year - 1;
  const zero = () => zeroFiguresOf(figures);
  const perCategory = new Map<OffenceCategory, { current: Figures<F>; previous: Figures<F> }>(
    OFFENCE_CATEGORIES.map((c) => [c, { current: zero(), previous: zero() }]),
  );
  for (const f of facts) {
    if (options.province !== undefined && f.province !== options.province) continue;
    const sums = perCategory.get(f.principalCategory);
    if (!sums) throw new Error(`Court file ${f.fileId} has category ${f.principalCategory}, not in the catalogue`);
    sums.current = sumFigures(figures, sums.current, tally(f, year));
    sums.previous = sumFigures(figures, sums.previous, tally(f, previousYear));
  }
  const row = (level: CourtTableRow<F>['level'], category: OffenceCategory | null, label: string, current: Figures<F>, previous: Figures<F>): CourtTableRow<F> => ({
    level,
    category,
    label,
    current,
    previous,
    change: figureChanges(figures, current, previous),
  });
  const rows = OFFENCE_CATEGORIES.map((c) => row('category', c, OFFENCE_CATEGORY_NAMES[c], perCategory.get(c)!.current, perCategory.get(c)!.previous));
  const total = (period: 'current' | 'previous') => rows.reduce((sum, r) => sumFigures(figures, sum, r[period]), zero());
  rows.push(row('total', null, 'Total', total('current'), total('previous')));
  return { table, year, previousYear, province: options.province ?? null, figures, rows };
}

/**
 * What every court table counts for a file that was at the table's stage during the year: one
 * case, and the file's victims on the last day of the window (the day it left the stage in the
 * year, else 31 December) by band and sex.
 */
export function countCaseAndVictims(t: Figures<'cases' | VictimFigure>, f: CourtFileFacts, window: StageWindow): void {
  t.cases += 1;
  for (const v of victimsOn(f, window.to)) countPerson(t, 'victims', 'victims', victimCell(v.ageBand, v.sex));
}

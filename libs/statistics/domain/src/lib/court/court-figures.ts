import type { RecordedAgeBand, Sex } from '@casetrail/kernel';
import { isMinor } from '@casetrail/kernel';
import { changeOf, type FigureChange } from '../law-enforcement/law-enforcement-figures';

/*
 * The figure helpers of the court tables, generic over a table's list of figures (the
 * law-enforcement helpers' pattern: every figure is a count, so a row is the sum of its parts and
 * the change is computed per figure by the same `changeOf`).
 */

export type Figures<F extends string> = Record<F, number>;

export function zeroFiguresOf<F extends string>(figures: readonly F[]): Figures<F> {
  return Object.fromEntries(figures.map((f) => [f, 0])) as Figures<F>;
}

export function sumFigures<F extends string>(figures: readonly F[], a: Figures<F>, b: Figures<F>): Figures<F> {
  return Object.fromEntries(figures.map((f) => [f, a[f] + b[f]])) as Figures<F>;
}

export function figureChanges<F extends string>(figures: readonly F[], current: Figures<F>, previous: Figures<F>): Record<F, FigureChange> {
  return Object.fromEntries(figures.map((f) => [f, changeOf(current[f], previous[f])])) as Record<F, FigureChange>;
}

/**
 * The report's person columns, in its order (adults M, F; minors M, F), and ours for a band that
 * could not be derived (`unknown`): never silently counted as adult. A victim's band is always
 * known, so victims have the first four only.
 */
export const VICTIM_CELLS = ['AdultMale', 'AdultFemale', 'MinorMale', 'MinorFemale'] as const;
export const PERSON_CELLS = [...VICTIM_CELLS, 'AgeUnknownMale', 'AgeUnknownFemale'] as const;
export type VictimCell = (typeof VICTIM_CELLS)[number];
export type PersonCell = (typeof PERSON_CELLS)[number];

export function personCell(ageBand: RecordedAgeBand, sex: Sex): PersonCell {
  const age = ageBand === 'unknown' ? 'AgeUnknown' : isMinor(ageBand) ? 'Minor' : 'Adult';
  return `${age}${sex === 'F' ? 'Female' : 'Male'}`;
}

export function victimCell(ageBand: Exclude<RecordedAgeBand, 'unknown'>, sex: Sex): VictimCell {
  return personCell(ageBand, sex) as VictimCell;
}

/** A group of person columns in the report's order: the group's total, then `<prefix><cell>` per cell. */
export type PersonColumns<T extends string, P extends string, C extends readonly string[]> = readonly [T, ...{ [K in keyof C]: `${P}${C[K]}` }];

function columnsOf<T extends string, P extends string, C extends readonly string[]>(total: T, prefix: P, cells: C): PersonColumns<T, P, C> {
  return [total, ...cells.map((c) => `${prefix}${c}`)] as unknown as PersonColumns<T, P, C>;
}

/** The victims' columns every court table has: `victims`, then one per band and sex. */
export const VICTIM_FIGURES = columnsOf('victims', 'victims', VICTIM_CELLS);
export type VictimFigure = (typeof VICTIM_FIGURES)[number];

/** A group of person columns with the band `unknown` (accused, charged, in jail, …): the total, then one per band and sex. */
export function personFigures<T extends string, P extends string>(total: T, prefix: P): PersonColumns<T, P, typeof PERSON_CELLS> {
  return columnsOf(total, prefix, PERSON_CELLS);
}

/** Counts one person in a group of person columns: the group's total and the person's cell. */
export function countPerson<T extends string, P extends string, C extends string>(
  t: NoInfer<Figures<T | `${P}${C}`>>,
  total: T,
  prefix: P,
  cell: C,
): void {
  t[total] += 1;
  t[`${prefix}${cell}` as `${P}${C}`] += 1;
}

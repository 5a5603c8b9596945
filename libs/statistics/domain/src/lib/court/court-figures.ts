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

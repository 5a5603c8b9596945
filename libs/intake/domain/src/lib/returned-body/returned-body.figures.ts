import type { BodyFigures } from '@casetrail/intake-contracts';
import type { BodyInput } from '../intake.commands';
import type { ReturnedBodyState } from './returned-body.state';

/*
 * For the bulk upload, as for receptions: a body holds no personal data, so every figure is
 * compared (the province follows the place).
 */

/** The body's figures as they stand (after the latest correction), or null before it is received. */
export function bodyFiguresOf(state: ReturnedBodyState): BodyFigures | null {
  return state.figures;
}

export function sameBodyInput(a: BodyInput, b: BodyInput): boolean {
  return (
    a.place === b.place &&
    a.receivedOn === b.receivedOn &&
    a.receivedBy === b.receivedBy &&
    a.broughtBy === b.broughtBy &&
    a.countryOfDeath === b.countryOfDeath &&
    a.sex === b.sex &&
    a.cause === b.cause
  );
}

/** Whether `input` gives the figures the body record has now, or had when first recorded. False before it is recorded. */
export function sameBodyFigures(state: ReturnedBodyState, input: BodyInput): boolean {
  return [state.figures, state.recordedFigures].some((figures) => figures !== null && sameBodyInput(figures, input));
}

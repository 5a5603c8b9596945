import type { ReceptionFigures } from '@casetrail/intake-contracts';
import type { ReceptionInput } from '../intake.commands';
import type { ReceptionState } from './reception.state';

/*
 * For the bulk upload: a row whose reception is already recorded is "already recorded" when it
 * gives the same figures, and refused ("correct it instead") when they differ. Everything of a
 * reception is in clear, so every figure is compared. The province is not: it follows the place.
 */

/** The reception's figures as they stand (after the latest correction), or null before it is recorded. */
export function receptionFiguresOf(state: ReceptionState): ReceptionFigures | null {
  return state.figures;
}

/** Two sets of figures say the same (the province follows the place, so it is not compared apart). */
export function sameReceptionInput(a: ReceptionInput, b: ReceptionInput): boolean {
  return (
    a.place === b.place &&
    a.receivedOn === b.receivedOn &&
    a.receivedBy === b.receivedBy &&
    a.returnedBy === b.returnedBy &&
    a.countryReturnedFrom === b.countryReturnedFrom &&
    a.reason === b.reason &&
    a.counts.men === b.counts.men &&
    a.counts.women === b.counts.women &&
    a.counts.boys === b.counts.boys &&
    a.counts.girls === b.counts.girls
  );
}

/**
 * Whether `input` gives the figures the reception has now, or had when first recorded: a file sent
 * again after someone corrected a row still holds the row as first recorded, and that row is the
 * same record (counting it as already recorded leaves the correction standing). False before the
 * reception is recorded. A withdrawn reception still compares: the caller decides what to say.
 */
export function sameReceptionFigures(state: ReceptionState, input: ReceptionInput): boolean {
  return [state.figures, state.recordedFigures].some((figures) => figures !== null && sameReceptionInput(figures, input));
}


import type { AccusedRecord, VictimRecord } from './court-file.records';
import type { CourtFileState } from './court-file.state';
import { conflict, requireId, unprocessable } from '@casetrail/kernel';

/** Reading the file's own facts, for the deciders of every stage. */

/** The accused the command names, or a conflict: a person may be added to the file later. */
export function requireAccused(state: CourtFileState, personId: unknown, field = 'personId'): AccusedRecord {
  const id = requireId(personId, field);
  const accused = state.accused[id];
  if (!accused) throw conflict('ACCUSED_NOT_IN_FILE', `${field} does not name an accused of this file`);
  return accused;
}

export function requireVictim(state: CourtFileState, personId: unknown, field: string): VictimRecord {
  const id = requireId(personId, field);
  const victim = state.victims[id];
  if (!victim) throw conflict('VICTIM_NOT_IN_FILE', `${field} does not name a victim of this file`);
  return victim;
}

/** Every date the file records for an accused (entry, charges, detentions, supervision, verdicts). */
function datesOfAccused(a: AccusedRecord): string[] {
  return [
    a.enteredOn,
    ...a.charges.map((c) => c.chargedOn),
    ...a.detentions.flatMap((d) => [d.orderedOn, ...d.extensions.map((e) => e.extendedOn), ...(d.endedOn ? [d.endedOn] : [])]),
    ...(a.supervisedSince ? [a.supervisedSince] : []),
    ...a.verdicts.map((v) => v.deliveredOn),
  ];
}

/** The latest date the file records for this accused. */
export function lastDateOfAccused(a: AccusedRecord): string {
  return datesOfAccused(a).reduce((max, d) => (d > max ? d : max));
}

/** The latest date of any fact recorded in the file: a decision moving the file on cannot predate it. */
export function lastFactOn(state: CourtFileState): string | null {
  const dates = [
    ...(state.openedOn ? [state.openedOn] : []),
    ...Object.values(state.accused).flatMap(datesOfAccused),
    ...Object.values(state.victims).map((v) => v.enteredOn),
    ...(state.prosecutionDecision ? [state.prosecutionDecision.decidedOn, state.prosecutionDecision.appearedOn ?? state.prosecutionDecision.decidedOn] : []),
    ...(state.closingOrder ? [state.closingOrder.issuedOn] : []),
    ...state.compensation.map((c) => c.awardedOn),
    ...state.appeals.flatMap((a) => [a.lodgedOn, ...(a.decidedOn ? [a.decidedOn] : [])]),
  ];
  return dates.length === 0 ? null : dates.reduce((max, d) => (d > max ? d : max));
}

/** A decision moving the file on is dated on or after everything already recorded. */
export function requireNotBeforeLastFact(date: string, field: string, state: CourtFileState): void {
  const last = lastFactOn(state);
  if (last !== null && date < last) {
    throw unprocessable('DATE_BEFORE_RECORDED_FACT', `${field} is before a fact already recorded in the file (${last})`);
  }
}

import { MAX_AGE_YEARS, ageBandAt, ageBandOfYears, isIsoDate } from '@casetrail/kernel';
import type { ReferPerson, ScreenPerson } from '../intake.commands';
import type { ScreenedPersonReferral, ScreenedPersonState } from './screened-person.state';

/*
 * For the bulk upload: a screening row whose person is already screened is "already recorded" when
 * it gives the same facts, and refused ("revise it instead") when they differ. Only the clear facts
 * can be compared. The name and an exact birth date are sealed under the person's key, and a
 * sealed part is encrypted with a random IV each time: the same name sealed twice gives two
 * different envelopes, so it says nothing about equality, and opening it needs the person's key,
 * which a pure domain never has. So the name is not compared at all, and a birth date is compared
 * only through what the screening keeps in clear: the age band it gives on `screenedOn` (and that
 * the screening was recorded with a birth date, not an age in years).
 */

/** The facts of a screening row as given (the personal part, sealed or not, is not among them). */
export type ScreeningFactsInput = Pick<
  ScreenPerson['data'],
  | 'receptionId'
  | 'place'
  | 'screenedOn'
  | 'screenedBy'
  | 'outcome'
  | 'exploitationIndicated'
  | 'sex'
  | 'nationality'
  | 'countryReturnedFrom'
  | 'birthDate'
  | 'ageInYears'
>;

/** The clear facts of a screening, as the upload compares them. */
export interface ScreeningFacts {
  receptionId: string;
  place: string;
  screenedOn: string;
  screenedBy: string;
  /** As screened (before any revision). */
  outcome: string;
  exploitationIndicated: string | null;
  sex: string;
  nationality: string;
  countryReturnedFrom: string;
  ageInYears: number | null;
  ageBand: string;
}

/** The screening's clear facts as recorded (before revisions), or null before the person is screened. */
export function screeningFactsOf(state: ScreenedPersonState): ScreeningFacts | null {
  const s = state.screening;
  if (s === null) return null;
  return {
    receptionId: s.receptionId,
    place: s.place,
    screenedOn: s.screenedOn,
    screenedBy: s.screenedBy,
    outcome: s.outcome,
    exploitationIndicated: s.exploitationIndicated ?? null,
    sex: s.sex,
    nationality: s.nationality,
    countryReturnedFrom: s.countryReturnedFrom,
    ageInYears: s.ageInYears ?? null,
    ageBand: s.ageBand,
  };
}

/** The age as the screening would record it: years as given, or the band a birth date gives (null if neither can be read). */
function ageOf(input: ScreeningFactsInput): { ageInYears: number | null; ageBand: string } | null {
  if (input.ageInYears !== undefined && input.birthDate === undefined) {
    const years = input.ageInYears;
    return Number.isInteger(years) && years >= 0 && years <= MAX_AGE_YEARS ? { ageInYears: years, ageBand: ageBandOfYears(years) } : null;
  }
  if (input.birthDate !== undefined && input.ageInYears === undefined && isIsoDate(input.birthDate) && isIsoDate(input.screenedOn)) {
    return input.birthDate <= input.screenedOn ? { ageInYears: null, ageBand: ageBandAt(input.birthDate, input.screenedOn) } : null;
  }
  return null;
}

/**
 * Whether `input` gives the clear facts of the recorded screening. The outcome may be the one
 * first screened or the latest revised one (a file sent again after a revision holds either).
 * False before the screening. The name is never compared (see above).
 */
export function sameScreeningFacts(state: ScreenedPersonState, input: ScreeningFactsInput): boolean {
  const facts = screeningFactsOf(state);
  const age = ageOf(input);
  if (facts === null || age === null) return false;
  const sameAge = age.ageInYears !== null ? facts.ageInYears === age.ageInYears : facts.ageInYears === null && facts.ageBand === age.ageBand;
  const exploitation = input.exploitationIndicated ?? null;
  const sameOutcome =
    (input.outcome === facts.outcome && exploitation === facts.exploitationIndicated) ||
    (input.outcome === state.outcome && exploitation === state.exploitationIndicated);
  return (
    sameAge &&
    sameOutcome &&
    input.receptionId === facts.receptionId &&
    input.place === facts.place &&
    input.screenedOn === facts.screenedOn &&
    input.screenedBy === facts.screenedBy &&
    input.sex === facts.sex &&
    input.nationality === facts.nationality &&
    input.countryReturnedFrom === facts.countryReturnedFrom
  );
}

/**
 * The earlier referral to the same destination and organisation (or police unit), or null: a
 * second one is refused (409). The upload counts the row's referral as already recorded when
 * `sameReferral` holds, and refuses it otherwise.
 */
export function earlierReferral(state: ScreenedPersonState, input: ReferPerson['data']): ScreenedPersonReferral | null {
  return (
    state.referrals.find(
      (r) =>
        r.destination === input.destination &&
        r.organisation === (input.destination === 'police' || input.destination === 'family' ? undefined : input.organisation) &&
        r.policeUnit === (input.destination === 'police' ? input.policeUnit : undefined),
    ) ?? null
  );
}

/** Whether the person was already referred exactly so (destination, organisation or unit, case, offence, date). */
export function sameReferral(state: ScreenedPersonState, input: ReferPerson['data']): boolean {
  const earlier = earlierReferral(state, input);
  return (
    earlier !== null &&
    earlier.referredOn === input.referredOn &&
    earlier.policeCaseId === input.policeCaseId &&
    earlier.suspectedOffence === input.suspectedOffence
  );
}

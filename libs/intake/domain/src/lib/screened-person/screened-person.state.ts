import {
  IntakeEventType as E,
  type PersonReferredData,
  type PersonScreenedData,
  type ReferredPerson,
  type ScreenedPersonEvent,
  type ScreeningOutcome,
  type ScreeningRevisedData,
} from '@casetrail/intake-contracts';
import { copyOfPersonalPart, storedPersonalPartOf, type ExploitationType } from '@casetrail/kernel';

/** A referral as the person's record keeps it (the event without its copy of the person). */
export type ScreenedPersonReferral = Omit<PersonReferredData, 'person'>;

/**
 * One screened person, as folded from their stream. `screening` is the screening as recorded
 * (its outcome the preliminary one); `outcome` and `exploitationIndicated` are the latest, after
 * revisions. `screening.personal` is sealed as stored, or what the service opened from it (which
 * remembers its envelope, so a referral copies it on sealed). Plain data: safe to serialise.
 */
export interface ScreenedPersonState {
  screening: PersonScreenedData | null;
  outcome: ScreeningOutcome | null;
  exploitationIndicated: ExploitationType | null;
  revisions: ScreeningRevisedData[];
  referrals: ScreenedPersonReferral[];
}

export function initialScreenedPersonState(): ScreenedPersonState {
  return { screening: null, outcome: null, exploitationIndicated: null, revisions: [], referrals: [] };
}

export function evolveScreenedPerson(state: ScreenedPersonState, event: ScreenedPersonEvent): ScreenedPersonState {
  switch (event.type) {
    case E.PersonScreened: {
      const d = event.data;
      return { ...state, screening: { ...d, personal: copyOfPersonalPart(d.personal) }, outcome: d.outcome, exploitationIndicated: d.exploitationIndicated ?? null };
    }
    case E.ScreeningRevised: {
      const d = event.data;
      return { ...state, outcome: d.outcome, exploitationIndicated: d.exploitationIndicated ?? null, revisions: [...state.revisions, { ...d }] };
    }
    case E.PersonReferred: {
      const { person: _person, ...referral } = event.data;
      return { ...state, referrals: [...state.referrals, referral] };
    }
    default: {
      const unexpected: never = event;
      throw new Error(`Unknown screened-person event ${(unexpected as { type: string }).type}`);
    }
  }
}

/** The organisations the person was referred to (social affairs, partners): a partner worker's scope. */
export function referredOrganisations(state: ScreenedPersonState): string[] {
  return [...new Set(state.referrals.flatMap((r) => (r.organisation === undefined ? [] : [r.organisation])))];
}

/**
 * The person as a referral carries them: the screened facts with the latest outcome and
 * exploitation (`at_risk` when none was indicated), and the personal part exactly as stored
 * (sealed, or `{}`), never what the service opened. Null before the screening. A part that cannot
 * be traced back to what was stored is a bug of the reader: it throws rather than copy clear data.
 */
export function referredPersonOf(state: ScreenedPersonState): ReferredPerson | null {
  const s = state.screening;
  if (s === null || state.outcome === null) return null;
  const personal = storedPersonalPartOf(s.personal);
  if (personal === null) throw new Error(`Personal data of person ${s.personId} was read without its stored form; it cannot be referred on`);
  return {
    sex: s.sex,
    nationality: s.nationality,
    ...(s.ageInYears !== undefined ? { ageInYears: s.ageInYears } : {}),
    ageBand: s.ageBand,
    ageBandOn: s.ageBandOn,
    outcome: state.outcome,
    exploitationType: state.exploitationIndicated ?? 'at_risk',
    place: s.place,
    screenedOn: s.screenedOn,
    countryReturnedFrom: s.countryReturnedFrom,
    personal,
  };
}

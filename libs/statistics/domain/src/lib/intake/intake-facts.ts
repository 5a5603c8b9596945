import type { AgeBand, ExploitationType, Sex } from '@casetrail/kernel';
import { isMinor } from '@casetrail/kernel';
import type {
  BodyBroughtBy,
  BodyCause,
  IntakeEvent,
  IntakePlaceKind,
  IntakeUnitKind,
  PersonCounts,
  ReceptionEvent,
  ReferralDestination,
  ReturnedBodyEvent,
  ReturnedBy,
  ReturnReason,
  ScreenedPersonEvent,
  ScreeningOutcome,
} from '@casetrail/intake-contracts';
import { IntakeEventType as E, intakePlaceByCode, intakeUnitByCode } from '@casetrail/intake-contracts';

/*
 * The statistical facts of the intake context's records, folded from their events: a reception
 * (people received together, counted by sex and age), a screened person, a returned body. Like the
 * other contexts' facts they hold nothing of a screened person's `personal` part (never read
 * here): sex, age band, nationality and outcome come in clear on the events. Receptions and bodies
 * hold no personal data at all. A correction replaces the figures as a whole: the facts are always
 * the latest figures (the tables never see a superseded one).
 */

/** One reception: its latest figures, and whether it was withdrawn (then it counts nowhere). */
export interface ReceptionFacts {
  receptionId: string;
  place: string;
  placeKind: IntakePlaceKind;
  /** The place's province: where the reception counts. */
  province: string;
  receivedOn: string;
  receivedBy: string;
  receivedByKind: IntakeUnitKind;
  returnedBy: ReturnedBy;
  countryReturnedFrom: string;
  reason: ReturnReason;
  counts: PersonCounts;
  /** How many corrections replaced the first figures (for the reconciliation note). */
  corrections: number;
  /** Null unless withdrawn as recorded in error. */
  withdrawnOn: string | null;
}

export interface ReferralFacts {
  destination: ReferralDestination;
  referredOn: string;
  /** With social affairs or a partner organisation. */
  organisation: string | null;
  /** With the police. */
  policeUnit: string | null;
  /** The referral's province (the receiving unit's); the tables count in the screening's. */
  province: string;
}

/** One screened person, with the latest outcome (a revision replaces it) and every referral. */
export interface ScreenedPersonFacts {
  personId: string;
  receptionId: string;
  place: string;
  /** The screening's province (the place's): where the person's figures count. */
  province: string;
  screenedOn: string;
  screenedBy: string;
  outcome: ScreeningOutcome;
  /** The exploitation indicated by the latest outcome; null with `not_identified`. */
  exploitationType: ExploitationType | null;
  sex: Sex;
  /** At the screening. */
  ageBand: AgeBand;
  minor: boolean;
  nationality: string;
  countryReturnedFrom: string;
  /** In the order recorded. */
  referrals: ReferralFacts[];
}

/** One returned body: its latest figures. */
export interface ReturnedBodyFacts {
  bodyId: string;
  place: string;
  province: string;
  receivedOn: string;
  receivedBy: string;
  receivedByKind: IntakeUnitKind;
  broughtBy: BodyBroughtBy;
  countryOfDeath: string;
  sex: Sex;
  cause: BodyCause;
}

type Event = { type: string; data: unknown };

/** Folds one reception event (`null` before the reception is recorded). Pure. */
export function applyReceptionEvent(facts: ReceptionFacts | null, event: Event): ReceptionFacts {
  const e = event as ReceptionEvent;
  if (e.type === E.ReceptionRecorded) {
    if (facts) throw new Error(`Reception ${facts.receptionId} is recorded twice in its stream`);
    return { receptionId: e.data.receptionId, ...receptionFigures(e.data), corrections: 0, withdrawnOn: null };
  }
  if (!facts) throw new Error(`Event ${event.type} arrived before the reception was recorded`);
  switch (e.type) {
    case E.ReceptionCorrected:
      return { ...facts, ...receptionFigures(e.data), corrections: facts.corrections + 1 };
    case E.ReceptionWithdrawn:
      return { ...facts, withdrawnOn: e.data.withdrawnOn };
    default:
      return unknownEvent(e);
  }
}

/** Folds one screened-person event (`null` before the screening). Pure. */
export function applyScreenedPersonEvent(facts: ScreenedPersonFacts | null, event: Event): ScreenedPersonFacts {
  const e = event as ScreenedPersonEvent;
  if (e.type === E.PersonScreened) {
    if (facts) throw new Error(`Screened person ${facts.personId} is screened twice in their stream`);
    // Only what the tables need is copied: never `personal` or `ageInYears`.
    const d = e.data;
    return {
      personId: d.personId,
      receptionId: d.receptionId,
      place: d.place,
      province: d.province,
      screenedOn: d.screenedOn,
      screenedBy: d.screenedBy,
      outcome: d.outcome,
      exploitationType: d.exploitationIndicated ?? null,
      sex: d.sex,
      ageBand: d.ageBand,
      minor: isMinor(d.ageBand),
      nationality: d.nationality,
      countryReturnedFrom: d.countryReturnedFrom,
      referrals: [],
    };
  }
  if (!facts) throw new Error(`Event ${event.type} arrived before the person was screened`);
  switch (e.type) {
    case E.ScreeningRevised:
      return { ...facts, outcome: e.data.outcome, exploitationType: e.data.exploitationIndicated ?? null };
    case E.PersonReferred: {
      const d = e.data;
      const referral: ReferralFacts = {
        destination: d.destination,
        referredOn: d.referredOn,
        organisation: d.organisation ?? null,
        policeUnit: d.policeUnit ?? null,
        province: d.province,
      };
      return { ...facts, referrals: [...facts.referrals, referral] };
    }
    default:
      return unknownEvent(e);
  }
}

/** Folds one returned-body event (`null` before the body is recorded). Pure. */
export function applyReturnedBodyEvent(facts: ReturnedBodyFacts | null, event: Event): ReturnedBodyFacts {
  const e = event as ReturnedBodyEvent;
  if (e.type === E.BodyReceived) {
    if (facts) throw new Error(`Body ${facts.bodyId} is recorded twice in its stream`);
    return { bodyId: e.data.bodyId, ...bodyFigures(e.data) };
  }
  if (!facts) throw new Error(`Event ${event.type} arrived before the body was recorded`);
  switch (e.type) {
    case E.BodyRecordCorrected:
      return { ...facts, ...bodyFigures(e.data) };
    default:
      return unknownEvent(e);
  }
}

export function receptionFactsOf(events: readonly Event[]): ReceptionFacts | null {
  return events.reduce<ReceptionFacts | null>(applyReceptionEvent, null);
}

export function screenedPersonFactsOf(events: readonly Event[]): ScreenedPersonFacts | null {
  return events.reduce<ScreenedPersonFacts | null>(applyScreenedPersonEvent, null);
}

export function returnedBodyFactsOf(events: readonly Event[]): ReturnedBodyFacts | null {
  return events.reduce<ReturnedBodyFacts | null>(applyReturnedBodyEvent, null);
}

/** A withdrawn reception (recorded in error) counts in no table. */
export function receptionCounts(facts: ReceptionFacts): boolean {
  return facts.withdrawnOn === null;
}

function receptionFigures(d: Extract<ReceptionEvent, { type: typeof E.ReceptionRecorded | typeof E.ReceptionCorrected }>['data']) {
  const { men, women, boys, girls } = d.counts;
  return {
    place: d.place,
    placeKind: placeKindOf(d.place),
    province: d.province,
    receivedOn: d.receivedOn,
    receivedBy: d.receivedBy,
    receivedByKind: unitKindOf(d.receivedBy),
    returnedBy: d.returnedBy,
    countryReturnedFrom: d.countryReturnedFrom,
    reason: d.reason,
    counts: { men, women, boys, girls },
  };
}

function bodyFigures(d: Extract<ReturnedBodyEvent, { type: typeof E.BodyReceived | typeof E.BodyRecordCorrected }>['data']) {
  return {
    place: d.place,
    province: d.province,
    receivedOn: d.receivedOn,
    receivedBy: d.receivedBy,
    receivedByKind: unitKindOf(d.receivedBy),
    broughtBy: d.broughtBy,
    countryOfDeath: d.countryOfDeath,
    sex: d.sex,
    cause: d.cause,
  };
}

// Places and units are permanent codes (add, never rename), and the event validators accept only
// codes of the lists: a code missing here would be a broken reference list, not old data.
function placeKindOf(code: string): IntakePlaceKind {
  const place = intakePlaceByCode(code);
  if (!place) throw new Error(`Intake place ${code} is not in the reference list`);
  return place.kind;
}

function unitKindOf(code: string): IntakeUnitKind {
  const unit = intakeUnitByCode(code);
  if (!unit) throw new Error(`Intake unit ${code} is not in the reference list`);
  return unit.kind;
}

function unknownEvent(e: never): never {
  throw new Error(`Unknown intake event type ${(e as IntakeEvent).type}`);
}

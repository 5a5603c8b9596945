import type { Command } from '@casetrail/event-sourcing';
import type { PoliceUnitRef, ClosureReason, HandOverDestination, ReleaseReason } from '@casetrail/enforcement-contracts';
import type { AgeBand, ExploitationType, Sex, SealedPersonalData } from '@casetrail/kernel';

/** Command type strings (not stored; events are). Dates are domain dates YYYY-MM-DD. */
export const PoliceCaseCommandType = {
  OpenPoliceCase: 'OpenPoliceCase',
  AddOffence: 'AddOffence',
  IdentifySuspect: 'IdentifySuspect',
  ArrestSuspect: 'ArrestSuspect',
  ReleaseSuspect: 'ReleaseSuspect',
  RescueVictim: 'RescueVictim',
  RecordReferredVictim: 'RecordReferredVictim',
  HandOverVictim: 'HandOverVictim',
  ForwardToProsecutor: 'ForwardToProsecutor',
  CloseWithoutForwarding: 'CloseWithoutForwarding',
  ReopenCase: 'ReopenCase',
} as const;
type T = typeof PoliceCaseCommandType;

export type OpenPoliceCase = Command<
  T['OpenPoliceCase'],
  { caseId: string; unit: PoliceUnitRef; province: string; offences: string[]; openedOn: string; reference?: string }
>;
export type AddOffence = Command<T['AddOffence'], { offence: string; addedOn: string }>;
/**
 * Give exactly one of `birthDate` and `ageAtIdentification` (whole years). The birth date is here
 * in clear only to derive the age band; it is stored only inside `personal`, which the service
 * seals (with the name and the birth date) before the command reaches the decider.
 */
export type IdentifySuspect = Command<
  T['IdentifySuspect'],
  {
    suspectId: string;
    sex: Sex;
    birthDate?: string;
    ageAtIdentification?: number;
    nationality: string;
    identifiedOn: string;
    personal?: SealedPersonalData;
  }
>;
export type ArrestSuspect = Command<T['ArrestSuspect'], { suspectId: string; arrestedOn: string }>;
export type ReleaseSuspect = Command<
  T['ReleaseSuspect'],
  { suspectId: string; releasedOn: string; reason: ReleaseReason }
>;
/**
 * Give exactly one of `birthDate` and `ageAtRescue` (whole years); as for suspects. `victimId` is
 * made by the server, or is the id of the person screened at a border (intake) whom the police
 * rescued later, so the two records name one person.
 */
export type RescueVictim = Command<
  T['RescueVictim'],
  {
    victimId: string;
    sex: Sex;
    birthDate?: string;
    ageAtRescue?: number;
    nationality: string;
    exploitationType: ExploitationType;
    rescuedOn: string;
    personal?: SealedPersonalData;
  }
>;
/**
 * Issued only by the reactor on `intake.PersonReferred` to the police
 * (`enforcement-receives-intake-referrals`), never by a route: the person screened at a border or
 * an embassy becomes a victim of the case, with the screened person's id as victim id and the
 * person as screened (`ageBandOn` is the screening date), `personal` exactly as intake sealed it.
 * With `openCase` (the referral named no case), a case not yet opened is opened for the referral in
 * the same decision, so the case and its victim are appended together or not at all: its id is
 * named by the person and the unit, and its unit is the unit the referral is addressed to (the
 * referral, not a user of that unit, says so).
 */
export type RecordReferredVictim = Command<
  T['RecordReferredVictim'],
  {
    victimId: string;
    sex: Sex;
    nationality: string;
    ageInYears?: number;
    ageBand: AgeBand;
    ageBandOn: string;
    exploitationType: ExploitationType;
    referredOn: string;
    /** The intake place the person was screened at. */
    screenedAt: string;
    personal: unknown;
    /** The case to open for the referral (opened on `referredOn`), when it is not opened yet. */
    openCase?: { caseId: string; unit: PoliceUnitRef; province: string; offences: string[]; reference?: string };
  }
>;
export type HandOverVictim = Command<
  T['HandOverVictim'],
  { victimId: string; destination: HandOverDestination; handedOverOn: string; organisation?: string }
>;
/** The arrested suspects and the rescued victims are taken from the case itself. */
export type ForwardToProsecutor = Command<T['ForwardToProsecutor'], { forwardedOn: string; court?: string }>;
export type CloseWithoutForwarding = Command<
  T['CloseWithoutForwarding'],
  { closedOn: string; reason: ClosureReason }
>;
export type ReopenCase = Command<T['ReopenCase'], { reopenedOn: string; justification: string }>;

export type PoliceCaseCommand =
  | OpenPoliceCase
  | AddOffence
  | IdentifySuspect
  | ArrestSuspect
  | ReleaseSuspect
  | RescueVictim
  | RecordReferredVictim
  | HandOverVictim
  | ForwardToProsecutor
  | CloseWithoutForwarding
  | ReopenCase;

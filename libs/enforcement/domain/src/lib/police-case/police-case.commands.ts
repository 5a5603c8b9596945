import type { Command } from '@casetrail/event-sourcing';
import type { PoliceUnitRef, ClosureReason, HandOverDestination, ReleaseReason } from '@casetrail/enforcement-contracts';
import type { ExploitationType, Sex, SealedPersonalData } from '@casetrail/kernel';

/** Command type strings (not stored; events are). Dates are domain dates YYYY-MM-DD. */
export const PoliceCaseCommandType = {
  OpenPoliceCase: 'OpenPoliceCase',
  AddOffence: 'AddOffence',
  IdentifySuspect: 'IdentifySuspect',
  ArrestSuspect: 'ArrestSuspect',
  ReleaseSuspect: 'ReleaseSuspect',
  RescueVictim: 'RescueVictim',
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
/** Give exactly one of `birthDate` and `ageAtRescue` (whole years); as for suspects. */
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
  | HandOverVictim
  | ForwardToProsecutor
  | CloseWithoutForwarding
  | ReopenCase;

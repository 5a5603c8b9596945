import type { DomainEvent } from '@casetrail/event-sourcing';
import type { PoliceUnitRef } from './police-units';
import type { ClosureReason, HandOverDestination, ReleaseReason } from './police-codes';
import type { AgeBand, RecordedAgeBand, PersonalPart, ExploitationType, Sex } from '@casetrail/kernel';

/** Permanent event type strings: stored in the log, never renamed. */
export const PoliceCaseEventType = {
  PoliceCaseOpened: 'enforcement.PoliceCaseOpened',
  OffenceAdded: 'enforcement.OffenceAdded',
  SuspectIdentified: 'enforcement.SuspectIdentified',
  SuspectArrested: 'enforcement.SuspectArrested',
  SuspectReleased: 'enforcement.SuspectReleased',
  VictimRescued: 'enforcement.VictimRescued',
  VictimHandedOver: 'enforcement.VictimHandedOver',
  CaseForwardedToProsecutor: 'enforcement.CaseForwardedToProsecutor',
  CaseClosedWithoutForwarding: 'enforcement.CaseClosedWithoutForwarding',
  CaseReopened: 'enforcement.CaseReopened',
} as const;

// Every date below is a domain date YYYY-MM-DD: when the fact happened, not when it was typed.

export interface PoliceCaseOpenedData {
  caseId: string;
  unit: PoliceUnitRef;
  /** Province code where the case is handled. */
  province: string;
  /** Offence codes; the first is the case's principal offence (statistics attribute by it). */
  offences: string[];
  openedOn: string;
  /** The unit's own file reference, when it has one. */
  reference?: string;
}

export interface OffenceAddedData {
  offence: string;
  addedOn: string;
}

/**
 * The birth date, when given, is only inside the sealed `personal` part; the age band at the
 * identification is in clear. `ageAtIdentification` (whole years, not identifying) when the age
 * and not the birth date was recorded.
 */
export interface SuspectIdentifiedData {
  suspectId: string;
  sex: Sex;
  ageAtIdentification?: number;
  ageBandAtIdentification: AgeBand;
  nationality: string;
  identifiedOn: string;
  /** Sealed with the suspect's key (person id = suspectId), or `{}` when nothing identifying was given. */
  personal: PersonalPart;
}

export interface SuspectArrestedData {
  suspectId: string;
  arrestedOn: string;
  /** The report counts suspects "detained and sent to court"; an arrest here means exactly that. */
  detainedAndSentToCourt: true;
  /** At the arrest date, derived when deciding (see `ageBandAtArrest`). */
  ageBand: RecordedAgeBand;
}

export interface SuspectReleasedData {
  suspectId: string;
  releasedOn: string;
  reason: ReleaseReason;
}

/** As for suspects: the birth date only sealed, the age band at the rescue in clear. */
export interface VictimRescuedData {
  victimId: string;
  sex: Sex;
  ageAtRescue?: number;
  ageBand: AgeBand;
  nationality: string;
  exploitationType: ExploitationType;
  rescuedOn: string;
  /** Sealed with the victim's key (person id = victimId), or `{}`. */
  personal: PersonalPart;
}

export interface VictimHandedOverData {
  victimId: string;
  destination: HandOverDestination;
  handedOverOn: string;
  /** Name of the receiving partner organisation or department (an institution, not a person). */
  organisation?: string;
}

export interface CaseForwardedToProsecutorData {
  forwardedOn: string;
  /** The suspects under arrest when the case was forwarded. */
  suspectIds: string[];
  /** Every victim rescued in the case. */
  victimIds: string[];
  /** Province code of the Capital/Provincial Court of First Instance, when known. */
  court?: string;
}

export interface CaseClosedWithoutForwardingData {
  closedOn: string;
  reason: ClosureReason;
}

export interface CaseReopenedData {
  reopenedOn: string;
  justification: string;
}

type T = typeof PoliceCaseEventType;
export type PoliceCaseOpened = DomainEvent<T['PoliceCaseOpened'], PoliceCaseOpenedData>;
export type OffenceAdded = DomainEvent<T['OffenceAdded'], OffenceAddedData>;
export type SuspectIdentified = DomainEvent<T['SuspectIdentified'], SuspectIdentifiedData>;
export type SuspectArrested = DomainEvent<T['SuspectArrested'], SuspectArrestedData>;
export type SuspectReleased = DomainEvent<T['SuspectReleased'], SuspectReleasedData>;
export type VictimRescued = DomainEvent<T['VictimRescued'], VictimRescuedData>;
export type VictimHandedOver = DomainEvent<T['VictimHandedOver'], VictimHandedOverData>;
export type CaseForwardedToProsecutor = DomainEvent<
  T['CaseForwardedToProsecutor'],
  CaseForwardedToProsecutorData
>;
export type CaseClosedWithoutForwarding = DomainEvent<
  T['CaseClosedWithoutForwarding'],
  CaseClosedWithoutForwardingData
>;
export type CaseReopened = DomainEvent<T['CaseReopened'], CaseReopenedData>;

export type PoliceCaseEvent =
  | PoliceCaseOpened
  | OffenceAdded
  | SuspectIdentified
  | SuspectArrested
  | SuspectReleased
  | VictimRescued
  | VictimHandedOver
  | CaseForwardedToProsecutor
  | CaseClosedWithoutForwarding
  | CaseReopened;

import type { DomainEvent } from '@casetrail/event-sourcing';
import type { PoliceUnitRef } from './police-units';
import type { ClosureReason, HandOverDestination, ReleaseReason } from './police-codes';
import type { AgeBand, RecordedAgeBand, PersonalPart, StoredPersonalPart, ExploitationType, Sex } from '@casetrail/kernel';

/** Permanent event type strings: stored in the log, never renamed. */
export const PoliceCaseEventType = {
  PoliceCaseOpened: 'enforcement.PoliceCaseOpened',
  OffenceAdded: 'enforcement.OffenceAdded',
  SuspectIdentified: 'enforcement.SuspectIdentified',
  SuspectArrested: 'enforcement.SuspectArrested',
  SuspectReleased: 'enforcement.SuspectReleased',
  VictimRescued: 'enforcement.VictimRescued',
  VictimHandedOver: 'enforcement.VictimHandedOver',
  VictimReferred: 'enforcement.VictimReferred',
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

/**
 * A person screened at a border or an embassy (the intake context) and referred to this police
 * unit, recorded as a victim of the case: opened for the referral (`enforcement-receives-intake-referrals`
 * opens it with the suspected offence) or an existing one the referral named. Not a rescue: the
 * law-enforcement table's rescued victims never count it; hand-over and forwarding treat the person
 * as any victim of the case. The victim id is the screened person's id (the same person key, so the
 * sealed part is copied as stored and forgetting the person reaches it). As on a forwarded victim,
 * `ageBandOn` is the one date on which `ageBand` and (when given) `ageInYears` were true: the
 * screening date.
 */
export interface VictimReferredData {
  victimId: string;
  sex: Sex;
  nationality: string;
  ageInYears?: number;
  ageBand: AgeBand;
  ageBandOn: string;
  exploitationType: ExploitationType;
  referredOn: string;
  /** The intake place (airport, checkpoint, embassy) the person was screened at. */
  screenedAt: string;
  /** Copied from the referral as stored: sealed under the victim's key, or `{}`. */
  personal: StoredPersonalPart;
}

/**
 * Schema version 1 of `enforcement.VictimHandedOver`: the victim's id only. Still readable (the
 * registry upcasts it to version 2 with `victim`, `province` and `unit` null).
 */
export interface VictimHandedOverDataV1 {
  victimId: string;
  destination: HandOverDestination;
  handedOverOn: string;
  /** Name of the receiving partner organisation or department (an institution, not a person). */
  organisation?: string;
}

/**
 * The victim as the police recorded them at the rescue, for social affairs to open its protection
 * case from the hand-over alone (in distributed mode it consumes the event from the bus and never
 * reads the police stream). The age works as for a forwarded victim (`ForwardedVictim`): one
 * date, `ageBandOn` (always `rescuedOn`), on which `ageBand` and, when the police recorded an age
 * and no birth date, `ageInYears` were true. `personal` is copied exactly as stored: sealed
 * under the victim's key (the protection case's person id is the victim id, the same key), or
 * `{}`; never a name or a birth date in clear, and forgetting the person forgets this copy too.
 */
export interface HandedOverVictim {
  sex: Sex;
  /** ISO 3166-1 alpha-3, as recorded at the rescue. */
  nationality: string;
  /** Whole years on `ageBandOn` (`ageAtRescue`), when the police recorded an age and no birth date. */
  ageInYears?: number;
  /** The band at the rescue (`VictimRescued.ageBand`). */
  ageBand: AgeBand;
  /** Always `rescuedOn`. */
  ageBandOn: string;
  exploitationType: ExploitationType;
  rescuedOn: string;
  /** Sealed by the police under the victim's key, copied as is; `{}` when none. */
  personal: StoredPersonalPart;
}

/**
 * Schema version 2 (current): version 1 plus the victim, the case's province and its unit.
 * `victim`, `province` and `unit` are null only in an event written as version 1 and upcast; they
 * are then all null together (social affairs must register that person by hand). An event written
 * as version 2 has all three.
 */
export interface VictimHandedOverData extends VictimHandedOverDataV1 {
  /** The victim as the police recorded them; null when upcast from version 1. */
  victim: HandedOverVictim | null;
  /** Province code where the police case is handled (`PoliceCaseOpened.province`); null when upcast from version 1. */
  province: string | null;
  /** Code of the police unit the case is recorded under (`PoliceCaseOpened.unit.code`); null when upcast from version 1. */
  unit: string | null;
}

/**
 * Schema version 1 of `enforcement.CaseForwardedToProsecutor`: the ids only. Still readable (the
 * registry upcasts it to version 2 with `persons`, `offences`, `unit` and `province` null).
 */
export interface CaseForwardedToProsecutorDataV1 {
  forwardedOn: string;
  /** The suspects under arrest when the case was forwarded. */
  suspectIds: string[];
  /** Every victim rescued in the case. */
  victimIds: string[];
  /** Province code of the Capital/Provincial Court of First Instance, when known. */
  court?: string;
}

/*
 * A forwarded person's age, for the court. The court derives the least age a person can have on a
 * later date (`minimumAgeAt` in the court's domain) from, in this order: the birth date it opens
 * from `personal`; else `ageInYears` as true on `ageBandOn`, plus the whole years since; else the
 * lower bound of `ageBand` as held on `ageBandOn`, plus the whole years since. It requires
 * `ageBand` to be the band of `ageInYears` when both are given. So each person carries ONE date,
 * `ageBandOn`, on which both `ageBand` and (when present) `ageInYears` were true:
 *
 * - an age recorded in years (the police recorded no birth date): `ageInYears` is that age and
 *   `ageBandOn` the date it was recorded at (`identifiedOn` for a suspect, `rescuedOn` for a
 *   victim). The police use an age in years as given, so the band at the arrest is the band of
 *   that age: `ageBand` holds on `ageBandOn` too. Dating the age at the arrest instead would make
 *   the court count the years since the arrest only, a person a year or more younger than known.
 * - a birth date (sealed in `personal`): no `ageInYears`; `ageBand` is the band at the date the
 *   police derived it (the latest arrest, the rescue) and `ageBandOn` that date. The court opens
 *   the birth date; if the person was forgotten since, the band and its date are what remains.
 *
 * `personal` is copied exactly as the police stored it: the envelope sealed under this person's
 * key (person id = `suspectId`/`victimId`), or `{}` when nothing identifying was recorded. Never
 * a birth date or a name in clear; forgetting the person (destroying the key) forgets this copy.
 * Without `ageInYears` it is always sealed (the birth date is in it).
 */

/** A suspect under arrest when the case was forwarded (the court's accused). */
export interface ForwardedSuspect {
  suspectId: string;
  sex: Sex;
  /** ISO 3166-1 alpha-3, as identified. */
  nationality: string;
  /** Whole years on `ageBandOn`, when the police recorded an age (`ageAtIdentification`) and no birth date. */
  ageInYears?: number;
  /**
   * The band on `ageBandOn`: the band recorded at the latest arrest (`SuspectArrested.ageBand`;
   * with `ageInYears`, the band of that age, which is how the police derive the arrest's band).
   * `unknown` only where an old arrest recorded it so.
   */
  ageBand: RecordedAgeBand;
  /** `identifiedOn` when `ageInYears` is given, else `arrestedOn`. */
  ageBandOn: string;
  /** Date of the latest arrest (the suspect is under arrest at forwarding). */
  arrestedOn: string;
  /** Sealed under the suspect's key, or `{}`; as stored by `SuspectIdentified`. */
  personal: StoredPersonalPart;
}

/** A victim rescued in the case (every one of `victimIds`). */
export interface ForwardedVictim {
  victimId: string;
  sex: Sex;
  /** ISO 3166-1 alpha-3, as recorded at the rescue. */
  nationality: string;
  /** Whole years on `ageBandOn` (`ageAtRescue`), when the police recorded an age and no birth date. */
  ageInYears?: number;
  /** The band at the rescue (`VictimRescued.ageBand`). */
  ageBand: AgeBand;
  /** Always `rescuedOn`: the date both the band and the age in years were recorded at. */
  ageBandOn: string;
  rescuedOn: string;
  exploitationType: ExploitationType;
  /** Sealed under the victim's key, or `{}`; as stored by `VictimRescued`. */
  personal: StoredPersonalPart;
}

/**
 * Schema version 2 (current): version 1 plus what the court needs to open its file from this one
 * event, without reading the police stream (in distributed mode it consumes it from the bus).
 * `persons`, `offences`, `unit` and `province` are null only in an event written as version 1
 * and upcast (version 1 did not carry them); they are then all null together, and the court
 * must open that file by hand. An event written as version 2 has all four.
 */
export interface CaseForwardedToProsecutorData extends CaseForwardedToProsecutorDataV1 {
  /**
   * The persons forwarded, with the facts the police recorded: `suspects` in the order of
   * `suspectIds` (same ids: the suspects under arrest), `victims` in the order of `victimIds`.
   * Null: upcast from version 1, which did not carry the persons.
   */
  persons: { suspects: ForwardedSuspect[]; victims: ForwardedVictim[] } | null;
  /** The case's offence codes, principal first (as opened, then added). Null: upcast from version 1. */
  offences: string[] | null;
  /** Code of the police unit the case is recorded under (`PoliceCaseOpened.unit.code`). Null: upcast from version 1. */
  unit: string | null;
  /** Province code where the case is handled (`PoliceCaseOpened.province`). Null: upcast from version 1. */
  province: string | null;
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
export type VictimReferred = DomainEvent<T['VictimReferred'], VictimReferredData>;
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
  | VictimReferred
  | CaseForwardedToProsecutor
  | CaseClosedWithoutForwarding
  | CaseReopened;

import type { DomainEvent } from '@casetrail/event-sourcing';
import type { AgeBand, ExploitationType, PersonalPart, Sex } from '@casetrail/kernel';
import type {
  CaseClosureReason,
  ConsentGiver,
  FamilyAssessmentOutcome,
  FollowUpOutcome,
  ReceptionChannel,
  ServiceKind,
  SharingPurpose,
  ShelterDepartureReason,
} from './protection-codes';

/** Permanent event type strings: stored in the log, never renamed. */
export const ProtectionCaseEventType = {
  ProtectionCaseOpened: 'protection.ProtectionCaseOpened',
  ConsentRecorded: 'protection.ConsentRecorded',
  CaseReferred: 'protection.CaseReferred',
  ShelterAdmitted: 'protection.ShelterAdmitted',
  ShelterDeparted: 'protection.ShelterDeparted',
  ServiceDelivered: 'protection.ServiceDelivered',
  CompensationClaimFiled: 'protection.CompensationClaimFiled',
  CompensationAwarded: 'protection.CompensationAwarded',
  CompensationReceived: 'protection.CompensationReceived',
  FamilyAssessed: 'protection.FamilyAssessed',
  PersonIntegrated: 'protection.PersonIntegrated',
  FollowUpVisited: 'protection.FollowUpVisited',
  ProtectionCaseClosed: 'protection.ProtectionCaseClosed',
  ProtectionCaseReopened: 'protection.ProtectionCaseReopened',
} as const;

// Every date below is a domain date YYYY-MM-DD: when the fact happened, not when it was typed.
// A person's name and birth date are never in clear: only inside the sealed `personal` part (the
// same person key as the police's for a victim they handed over). Sex, age band, nationality and
// exploitation type are in clear, because statistics count by them; events that statistics count
// (admissions, integrations) carry the band at their own date, so no fold needs a birth date.

/** A person becomes a protection case. The case id is the person id. */
export interface ProtectionCaseOpenedData {
  personId: string;
  /** The province whose department follows the case (scope of province-scoped staff). */
  province: string;
  receivedOn: string;
  channel: ReceptionChannel;
  /** The organisation that received the person (`dosvy-<province>`, `mosvy` or a partner). */
  receivedBy: string;
  /** Airport or checkpoint (kernel `ENTRY_POINTS`), with `overseas_authorities`. */
  entryPoint?: string;
  /** ISO 3166-1 alpha-3 of the country the person returned from, when returned from abroad. */
  countryReturnedFrom?: string;
  /** With `police_hand_over`: the police case, unit and the hand-over's date. */
  policeCaseId?: string;
  handedOverBy?: string;
  rescuedOn?: string;
  sex: Sex;
  nationality: string;
  /** Whole years at `ageBandOn`, when an age and not a birth date is known. */
  ageInYears?: number;
  ageBand: AgeBand;
  /** The date `ageBand` (and `ageInYears`) held on: the rescue or the reception. */
  ageBandOn: string;
  /** `at_risk` for a person at risk who is not (yet) identified as a victim. */
  exploitationType: ExploitationType;
  /** Sealed under the person's key, or `{}`. */
  personal: PersonalPart;
}

/** A sharing the person (or guardian) agreed to: with one organisation, for these purposes. */
export interface ConsentToShare {
  organisation: string;
  purposes: SharingPurpose[];
}

/**
 * What the person agreed to, replacing any earlier consent. `sharing: []` is a refusal: the
 * person keeps every service; partners then see the case but never its personal data.
 */
export interface ConsentRecordedData {
  givenBy: ConsentGiver;
  recordedOn: string;
  sharing: ConsentToShare[];
}

/** The case is referred to an organisation, which may then read it (its partner workers' scope). */
export interface CaseReferredData {
  organisation: string;
  referredOn: string;
  purpose: SharingPurpose;
}

/** Admission to a shelter run by `shelter` (an organisation that runs one); one shelter at a time. */
export interface ShelterAdmittedData {
  /** The organisation running the shelter. */
  shelter: string;
  /** Where the shelter is. */
  shelterProvince: string;
  admittedOn: string;
  /** Who sent the person (the report: provincial departments or partner organisations). */
  sentBy: string;
  /** At admission, from the case (the report's split): exploitation type, sex, band. */
  exploitationType: ExploitationType;
  sex: Sex;
  ageBand: AgeBand;
}

export interface ShelterDepartedData {
  shelter: string;
  departedOn: string;
  reason: ShelterDepartureReason;
}

export interface ServiceDeliveredData {
  service: ServiceKind;
  organisation: string;
  deliveredOn: string;
}

/** A compensation claim for this victim in one court case, supported by an organisation. */
export interface CompensationClaimFiledData {
  /** Unique in the case; the court file id when the claim is in a court file of this system. */
  claimId: string;
  /** The court file (`court-file-<id>`'s id), when the case is in this system's court context. */
  courtFileId?: string;
  supportingOrganisation: string;
  filedOn: string;
}

/**
 * A court awarded compensation on a claim: recorded by a worker, or by the reactor on
 * `court.CompensationAwarded` for a victim already followed (then `claimId` is the court file id
 * and `source` is `court`). Amount in integer minor units of an ISO 4217 currency, never converted.
 */
export interface CompensationAwardedData {
  claimId: string;
  amount: number;
  currency: string;
  awardedOn: string;
  source: 'court' | 'recorded';
}

/** Money actually received on a claim, possibly in parts; never more than awarded, per currency. */
export interface CompensationReceivedData {
  claimId: string;
  amount: number;
  currency: string;
  receivedOn: string;
}

export interface FamilyAssessedData {
  assessedOn: string;
  outcome: FamilyAssessmentOutcome;
  assessedBy: string;
}

/**
 * The person is integrated into the community by an organisation (the report counts by its kind:
 * municipal department, provincial departments, partner organisations), in a province. The
 * follow-up schedule in force for that organisation is copied here; visits fall due at
 * `integratedOn` + each month count. `followUpWorker` is the user id responsible for the visits.
 */
export interface PersonIntegratedData {
  integratedBy: string;
  integratedOn: string;
  /** Where the person now lives. */
  province: string;
  followUpScheduleMonths: number[];
  followUpWorker: string;
  /** At integration, from the case: the report's split by exploitation type, sex and band. */
  exploitationType: ExploitationType;
  sex: Sex;
  ageBand: AgeBand;
}

/** A follow-up visit after integration; `visitNumber` counts visits of that integration from 1. */
export interface FollowUpVisitedData {
  visitNumber: number;
  visitedOn: string;
  outcome: FollowUpOutcome;
  visitedBy: string;
}

export interface ProtectionCaseClosedData {
  closedOn: string;
  reason: CaseClosureReason;
}

export interface ProtectionCaseReopenedData {
  reopenedOn: string;
  /** Why the case is reopened (required, one line). */
  justification: string;
}

type T = typeof ProtectionCaseEventType;
export type ProtectionCaseOpened = DomainEvent<T['ProtectionCaseOpened'], ProtectionCaseOpenedData>;
export type ConsentRecorded = DomainEvent<T['ConsentRecorded'], ConsentRecordedData>;
export type CaseReferred = DomainEvent<T['CaseReferred'], CaseReferredData>;
export type ShelterAdmitted = DomainEvent<T['ShelterAdmitted'], ShelterAdmittedData>;
export type ShelterDeparted = DomainEvent<T['ShelterDeparted'], ShelterDepartedData>;
export type ServiceDelivered = DomainEvent<T['ServiceDelivered'], ServiceDeliveredData>;
export type CompensationClaimFiled = DomainEvent<T['CompensationClaimFiled'], CompensationClaimFiledData>;
export type CompensationAwarded = DomainEvent<T['CompensationAwarded'], CompensationAwardedData>;
export type CompensationReceived = DomainEvent<T['CompensationReceived'], CompensationReceivedData>;
export type FamilyAssessed = DomainEvent<T['FamilyAssessed'], FamilyAssessedData>;
export type PersonIntegrated = DomainEvent<T['PersonIntegrated'], PersonIntegratedData>;
export type FollowUpVisited = DomainEvent<T['FollowUpVisited'], FollowUpVisitedData>;
export type ProtectionCaseClosed = DomainEvent<T['ProtectionCaseClosed'], ProtectionCaseClosedData>;
export type ProtectionCaseReopened = DomainEvent<T['ProtectionCaseReopened'], ProtectionCaseReopenedData>;

export type ProtectionCaseEvent =
  | ProtectionCaseOpened
  | ConsentRecorded
  | CaseReferred
  | ShelterAdmitted
  | ShelterDeparted
  | ServiceDelivered
  | CompensationClaimFiled
  | CompensationAwarded
  | CompensationReceived
  | FamilyAssessed
  | PersonIntegrated
  | FollowUpVisited
  | ProtectionCaseClosed
  | ProtectionCaseReopened;

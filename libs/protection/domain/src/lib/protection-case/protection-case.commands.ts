import type { Command } from '@casetrail/event-sourcing';
import type { AgeBand, ExploitationType, SealedPersonalData, Sex } from '@casetrail/kernel';
import type {
  CaseClosureReason,
  ConsentGiver,
  FamilyAssessmentOutcome,
  FollowUpOutcome,
  ReceptionChannel,
  ServiceKind,
  SharingPurpose,
  ShelterDepartureReason,
} from '@casetrail/protection-contracts';

/** Command type strings (not stored; events are). Dates are domain dates YYYY-MM-DD. */
export const ProtectionCaseCommandType = {
  RegisterProtectionCase: 'RegisterProtectionCase',
  OpenProtectionCaseFromHandOver: 'OpenProtectionCaseFromHandOver',
  ReceiveIntakeReferral: 'ReceiveIntakeReferral',
  RecordConsent: 'RecordConsent',
  ReferCase: 'ReferCase',
  AdmitToShelter: 'AdmitToShelter',
  RecordShelterDeparture: 'RecordShelterDeparture',
  RecordService: 'RecordService',
  FileCompensationClaim: 'FileCompensationClaim',
  RecordCompensationAward: 'RecordCompensationAward',
  RecordCourtCompensationAward: 'RecordCourtCompensationAward',
  RecordCompensationReceived: 'RecordCompensationReceived',
  AssessFamily: 'AssessFamily',
  IntegratePerson: 'IntegratePerson',
  RecordFollowUpVisit: 'RecordFollowUpVisit',
  CloseProtectionCase: 'CloseProtectionCase',
  ReopenProtectionCase: 'ReopenProtectionCase',
} as const;
type T = typeof ProtectionCaseCommandType;

/**
 * Direct registration by a social worker (received from overseas authorities, judicial police, an
 * NGO, a court, self-referred; or a police hand-over the reactor could not open). The server makes
 * `personId`. Give exactly one of `birthDate` and `ageInYears` (whole years at `receivedOn`): the
 * birth date is here in clear only to derive the age band; it is stored only inside `personal`,
 * which the service seals (with the name and the birth date) before the command reaches the decider.
 */
export type RegisterProtectionCase = Command<
  T['RegisterProtectionCase'],
  {
    personId: string;
    province: string;
    receivedOn: string;
    channel: ReceptionChannel;
    /** Defaults to the province's department (`dosvy-<province>`). */
    receivedBy?: string;
    /** With `overseas_authorities` only: the airport or checkpoint (kernel `ENTRY_POINTS`). */
    entryPoint?: string;
    countryReturnedFrom?: string;
    /** With `police_hand_over` only, all three required then. */
    policeCaseId?: string;
    handedOverBy?: string;
    rescuedOn?: string;
    sex: Sex;
    nationality: string;
    birthDate?: string;
    ageInYears?: number;
    exploitationType: ExploitationType;
    personal?: SealedPersonalData;
  }
>;

/**
 * Issued by the reactor on `enforcement.VictimHandedOver` (v2): the person id is the police victim
 * id (a redelivered hand-over is not decided again: the event is its cause). `personal` exactly as
 * the police sealed it (or `{}`). With `referredTo` (a partner the police handed the victim to),
 * the case is also referred to it on the hand-over date. A person who already has a case (a victim
 * referred by intake keeps the screened person's id) gets no second one: the case is referred to
 * `referredTo`, if any.
 */
export type OpenProtectionCaseFromHandOver = Command<
  T['OpenProtectionCaseFromHandOver'],
  {
    personId: string;
    province: string;
    receivedBy: string;
    handedOverOn: string;
    policeCaseId: string;
    handedOverBy: string;
    rescuedOn: string;
    sex: Sex;
    nationality: string;
    ageInYears?: number;
    ageBand: AgeBand;
    ageBandOn: string;
    exploitationType: ExploitationType;
    personal: unknown;
    referredTo?: string;
  }
>;

/**
 * Issued by the reactor on `intake.PersonReferred` to social affairs or a partner organisation
 * (`protection-opens-intake-referrals`): the person id is the screened person's, the person as
 * screened, `personal` exactly as intake sealed it (or `{}`). For a person without a case it opens
 * one (channel `border_screening`, received by `organisation` on `referredOn`), referred to the
 * organisation as well when it is a partner, so its workers reach it. For a person who has a case
 * (an earlier referral, a police hand-over) it opens no second one: it refers that case to
 * `organisation`. A redelivered referral is not decided again (the event is its cause).
 */
export type ReceiveIntakeReferral = Command<
  T['ReceiveIntakeReferral'],
  {
    personId: string;
    /** The referral's province: the department's, else the screening's. */
    province: string;
    /** `mosvy` or `dosvy-<province>` for social affairs, a partner (`ngo-…`) for a partner organisation. */
    organisation: string;
    destination: 'social_affairs' | 'partner_organisation';
    referredOn: string;
    /** The screening place, when it is an airport or a checkpoint (none for an embassy abroad). */
    entryPoint?: string;
    countryReturnedFrom: string;
    sex: Sex;
    nationality: string;
    ageInYears?: number;
    ageBand: AgeBand;
    /** The screening date. */
    ageBandOn: string;
    exploitationType: ExploitationType;
    personal: unknown;
  }
>;

export type RecordConsent = Command<
  T['RecordConsent'],
  { givenBy: ConsentGiver; recordedOn: string; sharing: Array<{ organisation: string; purposes: SharingPurpose[] }> }
>;
export type ReferCase = Command<T['ReferCase'], { organisation: string; referredOn: string; purpose: SharingPurpose }>;

/** `shelterProvince` defaults to the shelter organisation's province, else the case's. */
export type AdmitToShelter = Command<
  T['AdmitToShelter'],
  { shelter: string; admittedOn: string; sentBy: string; shelterProvince?: string }
>;
/** Departure from the shelter the person is in. */
export type RecordShelterDeparture = Command<T['RecordShelterDeparture'], { departedOn: string; reason: ShelterDepartureReason }>;
export type RecordService = Command<T['RecordService'], { service: ServiceKind; organisation: string; deliveredOn: string }>;

/** `claimId` is made by the server (or is the court file id, for a claim in this system's court). */
export type FileCompensationClaim = Command<
  T['FileCompensationClaim'],
  { claimId: string; courtFileId?: string; supportingOrganisation: string; filedOn: string }
>;
export type RecordCompensationAward = Command<
  T['RecordCompensationAward'],
  { claimId: string; amount: number; currency: string; awardedOn: string }
>;
/**
 * Issued by the reactor on `court.CompensationAwarded` for a victim already followed: the claim is
 * the court file's (claim id = court file id), filed on the award date when the case has none, with
 * `supportingOrganisation` or else the organisation that received the person.
 */
export type RecordCourtCompensationAward = Command<
  T['RecordCourtCompensationAward'],
  { courtFileId: string; amount: number; currency: string; awardedOn: string; supportingOrganisation?: string }
>;
export type RecordCompensationReceived = Command<
  T['RecordCompensationReceived'],
  { claimId: string; amount: number; currency: string; receivedOn: string }
>;

export type AssessFamily = Command<T['AssessFamily'], { assessedOn: string; outcome: FamilyAssessmentOutcome; assessedBy: string }>;
/** The follow-up schedule and worker are the decider's: the organisation's schedule, the acting user. */
export type IntegratePerson = Command<T['IntegratePerson'], { integratedBy: string; integratedOn: string; province: string }>;
export type RecordFollowUpVisit = Command<T['RecordFollowUpVisit'], { visitedOn: string; outcome: FollowUpOutcome; visitedBy: string }>;
export type CloseProtectionCase = Command<T['CloseProtectionCase'], { closedOn: string; reason: CaseClosureReason }>;
export type ReopenProtectionCase = Command<T['ReopenProtectionCase'], { reopenedOn: string; justification: string }>;

export type ProtectionCaseCommand =
  | RegisterProtectionCase
  | OpenProtectionCaseFromHandOver
  | ReceiveIntakeReferral
  | RecordConsent
  | ReferCase
  | AdmitToShelter
  | RecordShelterDeparture
  | RecordService
  | FileCompensationClaim
  | RecordCompensationAward
  | RecordCourtCompensationAward
  | RecordCompensationReceived
  | AssessFamily
  | IntegratePerson
  | RecordFollowUpVisit
  | CloseProtectionCase
  | ReopenProtectionCase;

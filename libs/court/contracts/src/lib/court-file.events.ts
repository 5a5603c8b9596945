import type { DomainEvent } from '@casetrail/event-sourcing';
import type { AgeBand, ExploitationType, PersonalPart, RecordedAgeBand, Sex } from '@casetrail/kernel';
import type {
  Appellant,
  AppealDecision,
  ClosingOrderOutcome,
  CustodyStatus,
  DetentionEndReason,
  OffenceClass,
  ProsecutionAction,
  RetentionReason,
  TrialRoute,
  VerdictOutcome,
} from './court-codes';

/** Permanent event type strings: stored in the log, never renamed. */
export const CourtFileEventType = {
  PoliceCaseReceived: 'court.PoliceCaseReceived',
  CourtFileOpened: 'court.CourtFileOpened',
  AccusedAdded: 'court.AccusedAdded',
  VictimAdded: 'court.VictimAdded',
  PersonCharged: 'court.PersonCharged',
  ProsecutionDecided: 'court.ProsecutionDecided',
  PreTrialDetentionOrdered: 'court.PreTrialDetentionOrdered',
  PreTrialDetentionExtended: 'court.PreTrialDetentionExtended',
  PreTrialDetentionEnded: 'court.PreTrialDetentionEnded',
  JudicialSupervisionOrdered: 'court.JudicialSupervisionOrdered',
  ClosingOrderIssued: 'court.ClosingOrderIssued',
  VerdictDelivered: 'court.VerdictDelivered',
  CompensationAwarded: 'court.CompensationAwarded',
  AppealLodged: 'court.AppealLodged',
  AppealDecided: 'court.AppealDecided',
} as const;

// Every date below is a domain date YYYY-MM-DD: when the fact happened, not when it was typed.
// A person's birth date is never in clear: only inside the sealed `personal` part. Age bands,
// sex and nationality are in clear, because statistics count by them.

/**
 * A person as the police recorded them: the band the police recorded and the date it held at
 * (`ageBandOn`), and the age in whole years at that date when police recorded an age instead of a
 * birth date. Without `ageInYears` the birth date is in the sealed `personal` part.
 */
interface ForwardedPerson {
  /** The police suspect or victim id. */
  personId: string;
  sex: Sex;
  nationality: string;
  ageInYears?: number;
  ageBandOn: string;
  /** Sealed by the police under this person's key and copied as is; `{}` when none. */
  personal: PersonalPart;
}

export interface ForwardedAccused extends ForwardedPerson {
  /** `unknown` only when the police could not derive it (a minor forgotten before the arrest). */
  ageBand: RecordedAgeBand;
  arrestedOn: string;
}

export interface ForwardedVictim extends ForwardedPerson {
  ageBand: AgeBand;
  exploitationType: ExploitationType;
}

/** The court received a case the police forwarded to the prosecutor: the file is opened with it. */
export interface PoliceCaseReceivedData {
  /** Always the police case id: a redelivered forwarding lands on the same stream and is refused. */
  fileId: string;
  /** Court code `court-<province>`. */
  court: string;
  /** The court's province (derived from the court; kept for scoping and statistics). */
  province: string;
  receivedOn: string;
  policeCaseId: string;
  /** Code of the police unit that forwarded the case. */
  forwardingUnit: string;
  forwardedOn: string;
  /** Offence codes; the first is the file's principal offence. */
  offences: string[];
  /** The suspects under arrest when the case was forwarded. */
  accused: ForwardedAccused[];
  /** Every victim rescued in the police case. */
  victims: ForwardedVictim[];
}

/** A prosecutor opened a file directly (a case that did not come from a police unit of this system). */
export interface CourtFileOpenedData {
  fileId: string;
  court: string;
  province: string;
  openedOn: string;
  offences: string[];
  /** The court's own file reference, when it has one. */
  reference?: string;
}

/** A person added by the court; the age band at `addedOn` in clear, the birth date only sealed. */
interface AddedPerson {
  personId: string;
  sex: Sex;
  nationality: string;
  /** Whole years at `addedOn`, when an age and not a birth date was given. */
  ageInYears?: number;
  ageBand: AgeBand;
  addedOn: string;
  /** Sealed under this person's key, or `{}`. */
  personal: PersonalPart;
}

export type AccusedAddedData = AddedPerson;

export interface VictimAddedData extends AddedPerson {
  exploitationType: ExploitationType;
}

/**
 * Charges against an accused. Band and sex at the charge date are recorded, so the prosecution
 * table (charged persons adult/minor × M/F) never needs the birth date again.
 */
export interface PersonChargedData {
  personId: string;
  /** Offences newly charged (never one already charged against this person). */
  offences: string[];
  chargedOn: string;
  /** The prosecutor before the prosecution decision; the investigating judge during investigation. */
  chargedBy: 'prosecutor' | 'investigating_judge';
  sex: Sex;
  ageBand: RecordedAgeBand;
}

/** The prosecutor's one decision on the file. */
export interface ProsecutionDecidedData {
  action: ProsecutionAction;
  decidedOn: string;
  /** Only with `retained_without_processing`. */
  reason?: RetentionReason;
  /** Only with `submitted_for_trial`. */
  trialRoute?: TrialRoute;
  /** Only with an immediate appearance: the day the accused appeared in court (art. 304 counts from it). */
  appearedOn?: string;
}

/** The investigating judge placed an accused in pre-trial detention. */
export interface PreTrialDetentionOrderedData {
  personId: string;
  orderedOn: string;
  offenceClass: OffenceClass;
  /** The row of `LEGAL_TIME_LIMITS` that governs this detention (chosen by age and offence class). */
  limitId: string;
  /** At the order date (the "in jail" table counts adult/minor × M/F). */
  sex: Sex;
  ageBand: RecordedAgeBand;
}

export interface PreTrialDetentionExtendedData {
  personId: string;
  extendedOn: string;
  /** Length of this extension; never more than the governing row allows. */
  months: number;
}

export interface PreTrialDetentionEndedData {
  personId: string;
  endedOn: string;
  reason: DetentionEndReason;
}

/** The accused is left at liberty under judicial supervision ("out of jail"). */
export interface JudicialSupervisionOrderedData {
  personId: string;
  orderedOn: string;
  sex: Sex;
  ageBand: RecordedAgeBand;
}

export interface ClosingOrderIssuedData {
  outcome: ClosingOrderOutcome;
  issuedOn: string;
}

/** An amount in integer minor units of an ISO 4217 currency (never converted). */
export interface MoneyAmount {
  amount: number;
  currency: string;
}

/** A first-instance verdict for one accused; never changed by an appeal. */
export interface VerdictDeliveredData {
  personId: string;
  outcome: VerdictOutcome;
  deliveredOn: string;
  /** With `imprisonment` and `suspended_sentence`. */
  termMonths?: number;
  /** With `imprisonment`: held in custody, or at liberty pending. */
  custody?: CustodyStatus;
  /** With `fine`. */
  fine?: MoneyAmount;
  sex: Sex;
  ageBand: RecordedAgeBand;
}

export interface CompensationAwardedData {
  /** A victim of this file. */
  victimId: string;
  amount: number;
  currency: string;
  awardedOn: string;
}

export interface AppealLodgedData {
  /** 1, 2, … in the order appeals were lodged in this file. */
  appealNumber: number;
  appellant: Appellant;
  lodgedOn: string;
  /** The accused the appeal concerns (always given when the accused appeals). */
  personId?: string;
}

export interface AppealDecidedData {
  appealNumber: number;
  decision: AppealDecision;
  decidedOn: string;
}

type T = typeof CourtFileEventType;
export type PoliceCaseReceived = DomainEvent<T['PoliceCaseReceived'], PoliceCaseReceivedData>;
export type CourtFileOpened = DomainEvent<T['CourtFileOpened'], CourtFileOpenedData>;
export type AccusedAdded = DomainEvent<T['AccusedAdded'], AccusedAddedData>;
export type VictimAdded = DomainEvent<T['VictimAdded'], VictimAddedData>;
export type PersonCharged = DomainEvent<T['PersonCharged'], PersonChargedData>;
export type ProsecutionDecided = DomainEvent<T['ProsecutionDecided'], ProsecutionDecidedData>;
export type PreTrialDetentionOrdered = DomainEvent<T['PreTrialDetentionOrdered'], PreTrialDetentionOrderedData>;
export type PreTrialDetentionExtended = DomainEvent<T['PreTrialDetentionExtended'], PreTrialDetentionExtendedData>;
export type PreTrialDetentionEnded = DomainEvent<T['PreTrialDetentionEnded'], PreTrialDetentionEndedData>;
export type JudicialSupervisionOrdered = DomainEvent<T['JudicialSupervisionOrdered'], JudicialSupervisionOrderedData>;
export type ClosingOrderIssued = DomainEvent<T['ClosingOrderIssued'], ClosingOrderIssuedData>;
export type VerdictDelivered = DomainEvent<T['VerdictDelivered'], VerdictDeliveredData>;
export type CompensationAwarded = DomainEvent<T['CompensationAwarded'], CompensationAwardedData>;
export type AppealLodged = DomainEvent<T['AppealLodged'], AppealLodgedData>;
export type AppealDecided = DomainEvent<T['AppealDecided'], AppealDecidedData>;

export type CourtFileEvent =
  | PoliceCaseReceived
  | CourtFileOpened
  | AccusedAdded
  | VictimAdded
  | PersonCharged
  | ProsecutionDecided
  | PreTrialDetentionOrdered
  | PreTrialDetentionExtended
  | PreTrialDetentionEnded
  | JudicialSupervisionOrdered
  | ClosingOrderIssued
  | VerdictDelivered
  | CompensationAwarded
  | AppealLodged
  | AppealDecided;

import type { DomainEvent } from '@casetrail/event-sourcing';
import type { AgeBand, ExploitationType, PersonalPart, Sex, StoredPersonalPart } from '@casetrail/kernel';
import type {
  BodyBroughtBy,
  BodyCause,
  ReferralDestination,
  ReturnedBy,
  ReturnReason,
  ScreeningOutcome,
  UploadKind,
} from './intake-codes';

/** Permanent event type strings: stored in the log, never renamed. */
export const IntakeEventType = {
  ReceptionRecorded: 'intake.ReceptionRecorded',
  ReceptionCorrected: 'intake.ReceptionCorrected',
  ReceptionWithdrawn: 'intake.ReceptionWithdrawn',
  PersonScreened: 'intake.PersonScreened',
  ScreeningRevised: 'intake.ScreeningRevised',
  PersonReferred: 'intake.PersonReferred',
  BodyReceived: 'intake.BodyReceived',
  BodyRecordCorrected: 'intake.BodyRecordCorrected',
  UploadCompleted: 'intake.UploadCompleted',
} as const;

// Every date below is a domain date YYYY-MM-DD: when the fact happened, not when it was typed.
// A person's name and birth date are never in clear: only inside the sealed `personal` part, under
// the screened person's key (the same person id the police and social affairs use after a
// referral). Sex, nationality, age band and exploitation are in clear, because statistics count by
// them. Receptions and bodies hold no personal data at all.

/** People received together, counted by sex and age: men and women are adults (18 and over). */
export interface PersonCounts {
  men: number;
  women: number;
  boys: number;
  girls: number;
}

/** The figures of a reception: what `ReceptionRecorded` states and `ReceptionCorrected` replaces. */
export interface ReceptionFigures {
  /** An intake place (`INTAKE_PLACES`): airport, checkpoint or embassy. */
  place: string;
  /** The place's province (`IntakePlace.province`): the reception's scope. */
  province: string;
  receivedOn: string;
  /** The receiving unit (`INTAKE_UNITS`). */
  receivedBy: string;
  returnedBy: ReturnedBy;
  /** ISO 3166-1 alpha-3 of the country the people returned from. */
  countryReturnedFrom: string;
  reason: ReturnReason;
  /** At least one person in all. */
  counts: PersonCounts;
}

/** A reception: one event at a place and time. Its id is named by (place, reference). */
export interface ReceptionRecordedData extends ReceptionFigures {
  receptionId: string;
  /** The receiving unit's own reference (its list's row number), unique at the place. */
  reference: string;
}

/**
 * Supersedes the reception's figures as a whole (never an edit of the earlier event); the
 * statistics use the latest correction. The id and reference stay.
 */
export interface ReceptionCorrectedData extends ReceptionFigures {
  correctedOn: string;
  justification: string;
}

/** The reception was recorded in error: statistics no longer count it. Final. */
export interface ReceptionWithdrawnData {
  withdrawnOn: string;
  justification: string;
}

/** A person interviewed and screened at a reception. Their id is named by (place, reference). */
export interface PersonScreenedData {
  personId: string;
  reference: string;
  /** The reception the person came with (same place). */
  receptionId: string;
  place: string;
  province: string;
  screenedOn: string;
  /** The screening unit (`INTAKE_UNITS`). */
  screenedBy: string;
  outcome: ScreeningOutcome;
  /** With `suspected_victim` (a form of exploitation) or `person_at_risk` (`at_risk`) only. */
  exploitationIndicated?: ExploitationType;
  sex: Sex;
  nationality: string;
  countryReturnedFrom: string;
  /** Whole years at `ageBandOn`, when an age and not a birth date is known. */
  ageInYears?: number;
  ageBand: AgeBand;
  /** Always `screenedOn`. */
  ageBandOn: string;
  /** Sealed under the person's key, or `{}`. */
  personal: PersonalPart;
}

/** A later interview changed the preliminary outcome. */
export interface ScreeningRevisedData {
  outcome: ScreeningOutcome;
  exploitationIndicated?: ExploitationType;
  revisedOn: string;
  justification: string;
}

/**
 * The person as screened, carried on the referral so the receiving context opens its case from the
 * event alone (in distributed mode it never reads intake's streams). `personal` is copied exactly as
 * stored: sealed under the person's key, or `{}`; forgetting the person forgets this copy too.
 */
export interface ReferredPerson {
  sex: Sex;
  nationality: string;
  ageInYears?: number;
  ageBand: AgeBand;
  /** Always the screening date. */
  ageBandOn: string;
  outcome: ScreeningOutcome;
  /** The exploitation indicated at the screening; `at_risk` for a person at risk. */
  exploitationType: ExploitationType;
  place: string;
  screenedOn: string;
  countryReturnedFrom: string;
  personal: StoredPersonalPart;
}

/**
 * The person is referred on. `police`: to `policeUnit` (an enforcement police unit code), adding
 * the person to `policeCaseId` when given, else opening a case for `suspectedOffence`.
 * `social_affairs` / `partner_organisation`: to `organisation` (a protection organisation code),
 * which opens a protection case with the same person id. `family`: no case. One referral per
 * destination and organisation.
 */
export interface PersonReferredData {
  destination: ReferralDestination;
  referredOn: string;
  /** With `social_affairs` (`mosvy`, `dosvy-<province>`) or `partner_organisation` (`ngo-…`). */
  organisation?: string;
  /** With `police`: the receiving unit. */
  policeUnit?: string;
  /** With `police`: the case to add the person to. */
  policeCaseId?: string;
  /** With `police`, required without `policeCaseId`: the offence the case is opened for. */
  suspectedOffence?: string;
  /** The province the referral goes to: the unit's or department's, else the screening's. */
  province: string;
  person: ReferredPerson;
}

/** One returned body (report II.D.1.2). No personal data. Its id is named by (place, reference). */
export interface BodyFigures {
  place: string;
  province: string;
  receivedOn: string;
  receivedBy: string;
  broughtBy: BodyBroughtBy;
  /** ISO 3166-1 alpha-3 of the country of death. */
  countryOfDeath: string;
  sex: Sex;
  cause: BodyCause;
}

export interface BodyReceivedData extends BodyFigures {
  bodyId: string;
  reference: string;
}

export interface BodyRecordCorrectedData extends BodyFigures {
  correctedOn: string;
  justification: string;
}

/** A refused row of an upload: its line in the file (1 is the header) and why, naming the column. */
export interface UploadRefusal {
  line: number;
  /** The column at fault, when one is. */
  field?: string;
  /** Names the rule, never a value of the row (no personal data). */
  reason: string;
}

/** At most this many refusals are kept on the event; `refused` counts them all. */
export const MAX_RECORDED_REFUSALS = 1000;

/**
 * A bulk upload went through to its last row. Stream `intake-upload-<uploadId>`; the same file
 * uploaded again answers this record and appends nothing. A crash before this event leaves no
 * record of the file: uploading it again appends only the rows not yet recorded.
 */
export interface UploadCompletedData {
  /** SHA-256 (hex) of the file's bytes. */
  uploadId: string;
  kind: UploadKind;
  format: 'csv' | 'xlsx';
  /** The name the client gave, for people to recognise the file (single line). */
  fileName?: string;
  /** The uploader's province scope; null for a national user. */
  province: string | null;
  /** Data rows read (the header excluded). */
  rows: number;
  /** Rows recorded by this upload. */
  accepted: number;
  /** Rows already recorded with the same figures (by an earlier file, the API, or a crashed run). */
  alreadyRecorded: number;
  refused: number;
  refusals: UploadRefusal[];
}

export type ReceptionRecorded = DomainEvent<typeof IntakeEventType.ReceptionRecorded, ReceptionRecordedData>;
export type ReceptionCorrected = DomainEvent<typeof IntakeEventType.ReceptionCorrected, ReceptionCorrectedData>;
export type ReceptionWithdrawn = DomainEvent<typeof IntakeEventType.ReceptionWithdrawn, ReceptionWithdrawnData>;
export type PersonScreened = DomainEvent<typeof IntakeEventType.PersonScreened, PersonScreenedData>;
export type ScreeningRevised = DomainEvent<typeof IntakeEventType.ScreeningRevised, ScreeningRevisedData>;
export type PersonReferred = DomainEvent<typeof IntakeEventType.PersonReferred, PersonReferredData>;
export type BodyReceived = DomainEvent<typeof IntakeEventType.BodyReceived, BodyReceivedData>;
export type BodyRecordCorrected = DomainEvent<typeof IntakeEventType.BodyRecordCorrected, BodyRecordCorrectedData>;
export type UploadCompleted = DomainEvent<typeof IntakeEventType.UploadCompleted, UploadCompletedData>;

export type ReceptionEvent = ReceptionRecorded | ReceptionCorrected | ReceptionWithdrawn;
export type ScreenedPersonEvent = PersonScreened | ScreeningRevised | PersonReferred;
export type ReturnedBodyEvent = BodyReceived | BodyRecordCorrected;
export type UploadEvent = UploadCompleted;
export type IntakeEvent = ReceptionEvent | ScreenedPersonEvent | ReturnedBodyEvent | UploadEvent;

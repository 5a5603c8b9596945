import type { Command } from '@casetrail/event-sourcing';
import type { ExploitationType, SealedPersonalData, Sex } from '@casetrail/kernel';
import type {
  BodyBroughtBy,
  BodyCause,
  PersonCounts,
  ReferralDestination,
  ReturnedBy,
  ReturnReason,
  ScreeningOutcome,
  UploadKind,
  UploadRefusal,
} from '@casetrail/intake-contracts';

/**
 * Command type strings (not stored; events are). Dates are domain dates YYYY-MM-DD. Ids of
 * receptions, screened persons and bodies are made by the caller (the API or an upload) from the
 * place and the reference (`nameBasedUuid(intakeRecordName(...))`), so both ways find the same
 * record; the decider refuses a second `Record…` on a started stream with 409, and the upload
 * compares the figures to count the row as already recorded or refuse it.
 */
export const IntakeCommandType = {
  RecordReception: 'RecordReception',
  CorrectReception: 'CorrectReception',
  WithdrawReception: 'WithdrawReception',
  ScreenPerson: 'ScreenPerson',
  ReviseScreening: 'ReviseScreening',
  ReferPerson: 'ReferPerson',
  RecordBodyReceived: 'RecordBodyReceived',
  CorrectBodyRecord: 'CorrectBodyRecord',
  RecordUploadCompleted: 'RecordUploadCompleted',
} as const;
type T = typeof IntakeCommandType;

/** The figures of a reception as given; the decider adds the place's province. */
export interface ReceptionInput {
  place: string;
  receivedOn: string;
  receivedBy: string;
  returnedBy: ReturnedBy;
  countryReturnedFrom: string;
  reason: ReturnReason;
  counts: PersonCounts;
}

export type RecordReception = Command<T['RecordReception'], ReceptionInput & { receptionId: string; reference: string }>;
export type CorrectReception = Command<T['CorrectReception'], ReceptionInput & { correctedOn: string; justification: string }>;
export type WithdrawReception = Command<T['WithdrawReception'], { withdrawnOn: string; justification: string }>;
export type ReceptionCommand = RecordReception | CorrectReception | WithdrawReception;

/**
 * A person screened at a reception. Give exactly one of `birthDate` and `ageInYears` (whole years
 * at `screenedOn`): the birth date is here in clear only to derive the age band; it is stored only
 * inside `personal`, which the service seals (with the name) before the command reaches the
 * decider. `receptionProvince`/`receptionPlace` are the reception's, looked up by the caller (the
 * decider refuses a person screened at another place than their reception).
 */
export type ScreenPerson = Command<
  T['ScreenPerson'],
  {
    personId: string;
    reference: string;
    receptionId: string;
    /** The reception's place, as the caller found it; must equal `place`. */
    receptionPlace: string;
    place: string;
    screenedOn: string;
    screenedBy: string;
    outcome: ScreeningOutcome;
    exploitationIndicated?: ExploitationType;
    sex: Sex;
    nationality: string;
    countryReturnedFrom: string;
    birthDate?: string;
    ageInYears?: number;
    /** Sealed by the service (name, birth date), or absent when nothing identifying was given. */
    personal?: SealedPersonalData;
  }
>;
export type ReviseScreening = Command<
  T['ReviseScreening'],
  { outcome: ScreeningOutcome; exploitationIndicated?: ExploitationType; revisedOn: string; justification: string }
>;
/**
 * `police`: `policeUnit` (an enforcement police unit code) and `policeCaseId` or `suspectedOffence`.
 * `social_affairs`: `organisation` is `mosvy` or a `dosvy-<province>`; `partner_organisation`: an
 * `ngo-…` protection organisation. `family`: nothing else. A person not identified as a victim or
 * at risk is referred to the family only.
 */
export type ReferPerson = Command<
  T['ReferPerson'],
  {
    destination: ReferralDestination;
    referredOn: string;
    organisation?: string;
    policeUnit?: string;
    policeCaseId?: string;
    suspectedOffence?: string;
  }
>;
export type ScreenedPersonCommand = ScreenPerson | ReviseScreening | ReferPerson;

export interface BodyInput {
  place: string;
  receivedOn: string;
  receivedBy: string;
  broughtBy: BodyBroughtBy;
  countryOfDeath: string;
  sex: Sex;
  cause: BodyCause;
}
export type RecordBodyReceived = Command<T['RecordBodyReceived'], BodyInput & { bodyId: string; reference: string }>;
export type CorrectBodyRecord = Command<T['CorrectBodyRecord'], BodyInput & { correctedOn: string; justification: string }>;
export type ReturnedBodyCommand = RecordBodyReceived | CorrectBodyRecord;

/** Written once per file, after its last row; a second one on the same upload is a 409. */
export type RecordUploadCompleted = Command<
  T['RecordUploadCompleted'],
  {
    uploadId: string;
    kind: UploadKind;
    format: 'csv' | 'xlsx';
    fileName?: string;
    province: string | null;
    rows: number;
    accepted: number;
    alreadyRecorded: number;
    refused: number;
    /** All of them; the decider keeps the first `MAX_RECORDED_REFUSALS`. */
    refusals: UploadRefusal[];
  }
>;
export type UploadCommand = RecordUploadCompleted;

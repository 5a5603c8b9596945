import type { Command } from '@casetrail/event-sourcing';
import type { ExploitationType, RecordedAgeBand, AgeBand, SealedPersonalData, Sex } from '@casetrail/kernel';
import type {
  Appellant,
  AppealDecision,
  ClosingOrderOutcome,
  CustodyStatus,
  DetentionEndReason,
  MoneyAmount,
  OffenceClass,
  ProsecutionAction,
  RetentionReason,
  TrialRoute,
  VerdictOutcome,
} from '@casetrail/court-contracts';

/** Command type strings (not stored; events are). Dates are domain dates YYYY-MM-DD. */
export const CourtFileCommandType = {
  OpenCourtFileFromPoliceForwarding: 'OpenCourtFileFromPoliceForwarding',
  OpenCourtFile: 'OpenCourtFile',
  AddAccused: 'AddAccused',
  AddVictim: 'AddVictim',
  ChargePerson: 'ChargePerson',
  DecideProsecution: 'DecideProsecution',
  OrderPreTrialDetention: 'OrderPreTrialDetention',
  ExtendPreTrialDetention: 'ExtendPreTrialDetention',
  EndPreTrialDetention: 'EndPreTrialDetention',
  PlaceUnderJudicialSupervision: 'PlaceUnderJudicialSupervision',
  IssueClosingOrder: 'IssueClosingOrder',
  DeliverVerdict: 'DeliverVerdict',
  AwardCompensation: 'AwardCompensation',
  LodgeAppeal: 'LodgeAppeal',
  RecordAppealDecision: 'RecordAppealDecision',
} as const;
type T = typeof CourtFileCommandType;

/** A person as the police recorded them; `personal` exactly as the police sealed it (or `{}`). */
interface ForwardedPersonInput {
  personId: string;
  sex: Sex;
  nationality: string;
  ageInYears?: number;
  ageBandOn: string;
  personal: unknown;
}

/**
 * Issued by the reactor that consumes `enforcement.CaseForwardedToProsecutor`: the file id is
 * the police case id, so a redelivered forwarding finds the file opened and is refused.
 */
export type OpenCourtFileFromPoliceForwarding = Command<
  T['OpenCourtFileFromPoliceForwarding'],
  {
    fileId: string;
    /** Court code `court-<province>`. */
    court: string;
    receivedOn: string;
    policeCaseId: string;
    forwardingUnit: string;
    forwardedOn: string;
    offences: string[];
    accused: Array<ForwardedPersonInput & { ageBand: RecordedAgeBand; arrestedOn: string }>;
    victims: Array<ForwardedPersonInput & { ageBand: AgeBand; exploitationType: ExploitationType }>;
  }
>;

export type OpenCourtFile = Command<
  T['OpenCourtFile'],
  { fileId: string; court: string; openedOn: string; offences: string[]; reference?: string }
>;

/**
 * Give exactly one of `birthDate` and `ageInYears` (whole years at `addedOn`). The birth date is
 * here in clear only to derive the age band; it is stored only inside `personal`, which the
 * service seals (with the name and the birth date) before the command reaches the decider.
 */
interface AddedPersonInput {
  personId: string;
  sex: Sex;
  nationality: string;
  birthDate?: string;
  ageInYears?: number;
  addedOn: string;
  personal?: SealedPersonalData;
}
export type AddAccused = Command<T['AddAccused'], AddedPersonInput>;
export type AddVictim = Command<T['AddVictim'], AddedPersonInput & { exploitationType: ExploitationType }>;

export type ChargePerson = Command<T['ChargePerson'], { personId: string; offences: string[]; chargedOn: string }>;

export type DecideProsecution = Command<
  T['DecideProsecution'],
  {
    action: ProsecutionAction;
    decidedOn: string;
    /** Required to retain without processing; refused otherwise. */
    reason?: RetentionReason;
    /** Required to submit for trial; refused otherwise. */
    trialRoute?: TrialRoute;
    /** Immediate appearance only: the day the accused appeared in court (defaults to `decidedOn`). */
    appearedOn?: string;
  }
>;

export type OrderPreTrialDetention = Command<
  T['OrderPreTrialDetention'],
  { personId: string; orderedOn: string; offenceClass: OffenceClass }
>;
/** `months` defaults to the extension the governing legal limit allows. */
export type ExtendPreTrialDetention = Command<
  T['ExtendPreTrialDetention'],
  { personId: string; extendedOn: string; months?: number }
>;
export type EndPreTrialDetention = Command<
  T['EndPreTrialDetention'],
  { personId: string; endedOn: string; reason: DetentionEndReason }
>;
export type PlaceUnderJudicialSupervision = Command<T['PlaceUnderJudicialSupervision'], { personId: string; orderedOn: string }>;
export type IssueClosingOrder = Command<T['IssueClosingOrder'], { outcome: ClosingOrderOutcome; issuedOn: string }>;

export type DeliverVerdict = Command<
  T['DeliverVerdict'],
  {
    personId: string;
    outcome: VerdictOutcome;
    deliveredOn: string;
    termMonths?: number;
    custody?: CustodyStatus;
    fine?: MoneyAmount;
  }
>;
export type AwardCompensation = Command<
  T['AwardCompensation'],
  { victimId: string; amount: number; currency: string; awardedOn: string }
>;
export type LodgeAppeal = Command<T['LodgeAppeal'], { appellant: Appellant; lodgedOn: string; personId?: string }>;
export type RecordAppealDecision = Command<
  T['RecordAppealDecision'],
  { appealNumber: number; decision: AppealDecision; decidedOn: string }
>;

export type CourtFileCommand =
  | OpenCourtFileFromPoliceForwarding
  | OpenCourtFile
  | AddAccused
  | AddVictim
  | ChargePerson
  | DecideProsecution
  | OrderPreTrialDetention
  | ExtendPreTrialDetention
  | EndPreTrialDetention
  | PlaceUnderJudicialSupervision
  | IssueClosingOrder
  | DeliverVerdict
  | AwardCompensation
  | LodgeAppeal
  | RecordAppealDecision;

import {
  isFinalVerdictOutcome,
  type Appellant,
  type AppealDecision,
  type CustodyStatus,
  type DetentionEndReason,
  type MoneyAmount,
  type OffenceClass,
  type VerdictOutcome,
} from '@casetrail/court-contracts';
import type { ExploitationType, PersonalPart, RecordedAgeBand, Sex } from '@casetrail/kernel';

/** The records a court file holds about its persons, and the questions every stage asks of them. */

/** What a person's age is known from: the band at a date, the age in years at that date, or a birth date (opened only). */
export interface PersonAgeFacts {
  personId: string;
  ageBand: RecordedAgeBand;
  ageBandOn: string;
  ageInYears: number | null;
  /** Only when the personal data was opened (in memory, for a reader allowed to see it). */
  birthDate: string | null;
  personal: PersonalPart;
}

export interface PersonRecord extends PersonAgeFacts {
  sex: Sex;
  nationality: string;
  /** The date the person entered the file (received from the police, or added by the court). */
  enteredOn: string;
  source: 'police' | 'court';
}

export interface ChargeRecord {
  offences: string[];
  chargedOn: string;
  chargedBy: 'prosecutor' | 'investigating_judge';
  sex: Sex;
  ageBand: RecordedAgeBand;
}

export interface DetentionRecord {
  orderedOn: string;
  offenceClass: OffenceClass;
  /** Row of `LEGAL_TIME_LIMITS` governing the detention. */
  limitId: string;
  sex: Sex;
  ageBand: RecordedAgeBand;
  extensions: Array<{ extendedOn: string; months: number }>;
  endedOn: string | null;
  endReason: DetentionEndReason | null;
}

export interface VerdictRecord {
  outcome: VerdictOutcome;
  deliveredOn: string;
  termMonths: number | null;
  custody: CustodyStatus | null;
  fine: MoneyAmount | null;
  sex: Sex;
  ageBand: RecordedAgeBand;
}

export interface AccusedRecord extends PersonRecord {
  /** Police arrest date, for accused forwarded by the police. */
  arrestedOn: string | null;
  charges: ChargeRecord[];
  /** Every pre-trial detention, in order; the last is current while it has no end. */
  detentions: DetentionRecord[];
  /** Date of the judicial supervision order in force, if any. */
  supervisedSince: string | null;
  /** First-instance verdicts in order: deferrals or bail, then at most one final verdict. */
  verdicts: VerdictRecord[];
}

export interface VictimRecord extends PersonRecord {
  exploitationType: ExploitationType;
}

export interface CompensationRecord {
  victimId: string;
  amount: number;
  currency: string;
  awardedOn: string;
}

export interface AppealRecord {
  appealNumber: number;
  appellant: Appellant;
  lodgedOn: string;
  personId: string | null;
  decision: AppealDecision | null;
  decidedOn: string | null;
}

/** The detention in force: the last one, while it has not ended. */
export function currentDetention(accused: AccusedRecord): DetentionRecord | null {
  const last = accused.detentions[accused.detentions.length - 1];
  return last && last.endedOn === null ? last : null;
}

/** The verdict after which no other first-instance verdict may follow, if delivered. */
export function finalVerdict(accused: AccusedRecord): VerdictRecord | null {
  return accused.verdicts.find((v) => isFinalVerdictOutcome(v.outcome)) ?? null;
}

export function isCharged(accused: AccusedRecord): boolean {
  return accused.charges.length > 0;
}

/** Every offence charged against the accused, in the order charged. */
export function chargedOffences(accused: AccusedRecord): string[] {
  return accused.charges.flatMap((c) => c.offences);
}

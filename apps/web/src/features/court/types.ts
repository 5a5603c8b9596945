import type { HistoryEntry as SharedHistoryEntry } from '../../history/types';
import type { Schemas } from '../../api/client';

/*
 * The court read answers. The OpenAPI document types the commands' bodies but not these answers
 * (their routes declare examples only), so their shapes are written here from the court API's
 * query service (file view, history, summaries, deadlines).
 */

export type Stage = 'not_opened' | 'prosecution' | 'investigation' | 'trial' | 'retained_without_processing' | 'dismissed';
export type Sex = 'F' | 'M';

/** A person's identifying part as the API discloses it: opened, withheld, or forgotten. */
export type Personal = { fullName?: string; birthDate?: string } | { restricted: true } | { forgotten: true };

export interface Charge {
  offences: string[];
  chargedOn: string;
  chargedBy: 'prosecutor' | 'investigating_judge';
}

export interface Detention {
  orderedOn: string;
  offenceClass: 'felony' | 'misdemeanour';
  limitId: string;
  extensions: { extendedOn: string; months: number }[];
  endedOn: string | null;
  endReason: string | null;
}

export interface Verdict {
  outcome: Schemas['DeliverVerdictDto']['outcome'];
  deliveredOn: string;
  termMonths: number | null;
  custody: 'in_custody' | 'at_liberty' | null;
  fine: { amount: number; currency: string } | null;
}

export interface Person {
  personId: string;
  sex: Sex;
  nationality: string;
  ageBand: string;
  ageBandOn: string;
  ageInYears: number | null;
  birthDate: string | null;
  personal: Personal;
  enteredOn: string;
  source: 'police' | 'court';
}

export interface Accused extends Person {
  arrestedOn: string | null;
  charges: Charge[];
  detentions: Detention[];
  supervisedSince: string | null;
  verdicts: Verdict[];
}

export interface Victim extends Person {
  exploitationType: string;
}

export interface FileState {
  stage: Stage;
  fileId: string | null;
  court: string | null;
  province: string | null;
  origin: { kind: 'police'; policeCaseId: string; forwardingUnit: string; forwardedOn: string } | { kind: 'direct'; reference: string | null } | null;
  offences: string[];
  openedOn: string | null;
  accused: Record<string, Accused>;
  victims: Record<string, Victim>;
  prosecutionDecision: { action: string; decidedOn: string; reason: string | null; trialRoute: string | null; appearedOn: string | null } | null;
  closingOrder: { outcome: string; issuedOn: string } | null;
  entered: { prosecution: string | null; investigation: string | null; trial: string | null };
  closedOn: string | null;
  compensation: { victimId: string; amount: number; currency: string; awardedOn: string }[];
  appeals: { appealNumber: number; appellant: string; lodgedOn: string; personId: string | null; decision: string | null; decidedOn: string | null }[];
}

export interface DetentionDeadline {
  personId: string;
  orderedOn: string;
  offenceClass: 'felony' | 'misdemeanour';
  limitId: string;
  article: string;
  verified: boolean;
  extensionsGranted: number;
  extensionsAllowed: number;
  limitDate: string;
  maximumLimitDate: string;
  daysLeft: number;
  pastLimit: boolean;
}

export interface JudgmentDeadline {
  article: string;
  verified: boolean;
  appearedOn: string;
  dueBy: string;
  daysLeft: number;
  judged: boolean;
  pastLimit: boolean;
}

export interface FileView {
  fileId: string;
  revision: number;
  asOf: string | null;
  state: FileState;
  deadlines: { on: string; detentions: DetentionDeadline[]; immediateAppearanceJudgment: JudgmentDeadline | null };
}

/** A loaded file with the If-Match value its next command sends. */
export interface LoadedFile extends FileView {
  etag: string;
}

/** An event of the file's history (the shared shape, its `changes` read as fields). */
export type HistoryEntry = SharedHistoryEntry<Record<string, unknown>>;

export interface FileSummary {
  fileId: string;
  court: string;
  province: string;
  stage: Exclude<Stage, 'not_opened'>;
  origin: 'police' | 'direct';
  policeCaseId: string | null;
  openedOn: string;
  /** The year of `openedOn` (in Cambodia). */
  year: number;
  /** The court's own file reference (files opened by hand may have one), or null. */
  reference: string | null;
  /** The police unit that forwarded the case, or null for a file opened by hand. */
  forwardingUnit: string | null;
  offences: string[];
  principalOffence: string;
  accused: number;
  victims: number;
  charged: number;
  chargedPersonIds: string[];
  prosecutionDecision: FileState['prosecutionDecision'];
  closingOrder: FileState['closingOrder'];
  verdicts: { personId: string; outcome: string; deliveredOn: string }[];
  detentionsInForce: { personId: string; orderedOn: string; offenceClass: string; limitId: string; limitDate: string | null; daysLeft: number | null; pastLimit: boolean }[];
  appeals: number;
  compensationAwards: number;
  revision: number;
  lastChangedAt: string;
}

export interface FilePage {
  items: FileSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export interface DeadlineItem extends DetentionDeadline {
  fileId: string;
  court: string;
  province: string;
}

export interface DeadlineList {
  on: string;
  withinDays: number;
  items: DeadlineItem[];
  courts: { court: string; province: string; detentions: number; pastLimit: number }[];
}

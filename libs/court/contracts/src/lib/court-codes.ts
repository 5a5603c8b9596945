/** Code lists of court work (report II.C.2.1). Codes are permanent: add, never rename. */

/** What the prosecutor decides on a file (report §1 "Types of Action"; "processing" is no decision yet). */
export const PROSECUTION_ACTIONS = [
  'submitted_for_investigation',
  'retained_without_processing',
  /** Straight to the trial court: immediate appearance or direct summons, no investigating judge. */
  'submitted_for_trial',
] as const;
export type ProsecutionAction = (typeof PROSECUTION_ACTIONS)[number];

/** How a file submitted for trial reaches the court; only an immediate appearance starts art. 304's clock. */
export const TRIAL_ROUTES = ['immediate_appearance', 'direct_summons'] as const;
export type TrialRoute = (typeof TRIAL_ROUTES)[number];

/** Why a prosecutor retains a file without processing it. */
export const RETENTION_REASONS = [
  'no_offence_established',
  'insufficient_evidence',
  'perpetrator_unknown',
  'time_barred',
  'accused_deceased',
  /** The prosecutor's discretion not to prosecute. */
  'not_expedient',
  'other',
] as const;
export type RetentionReason = (typeof RETENTION_REASONS)[number];

/** The investigating judge's closing order (report §2 "To be tried" / "dismissed"; "processing" is none yet). */
export const CLOSING_ORDER_OUTCOMES = ['sent_to_trial', 'dismissed'] as const;
export type ClosingOrderOutcome = (typeof CLOSING_ORDER_OUTCOMES)[number];

/** The class of the offence a pre-trial detention is ordered for; it chooses the legal time limit. */
export const OFFENCE_CLASSES = ['felony', 'misdemeanour'] as const;
export type OffenceClass = (typeof OFFENCE_CLASSES)[number];

/** Why a pre-trial detention ends. */
export const DETENTION_END_REASONS = [
  'release_order',
  /** Released and left at liberty under judicial supervision. */
  'judicial_supervision',
  'time_limit_reached',
  /** The investigating judge dismissed the case. */
  'dismissal',
  /** The court of first instance judged the accused. */
  'first_instance_judgment',
  'accused_deceased',
  'other',
] as const;
export type DetentionEndReason = (typeof DETENTION_END_REASONS)[number];

/** First-instance outcomes per accused (report §3 "Types of Action"; "processing" is no verdict yet). */
export const VERDICT_OUTCOMES = [
  'imprisonment',
  'suspended_sentence',
  'fine',
  'acquittal',
  /** Judgment deferred: a later verdict may follow. */
  'deferral',
  /** Released on bail pending judgment: a later verdict may follow. */
  'released_on_bail',
] as const;
export type VerdictOutcome = (typeof VERDICT_OUTCOMES)[number];

/** Outcomes after which no other first-instance verdict may follow for the accused. */
export const FINAL_VERDICT_OUTCOMES: readonly VerdictOutcome[] = ['imprisonment', 'suspended_sentence', 'fine', 'acquittal'];

export function isFinalVerdictOutcome(outcome: VerdictOutcome): boolean {
  return FINAL_VERDICT_OUTCOMES.includes(outcome);
}

/** Where a person sentenced to imprisonment is when the verdict is delivered. */
export const CUSTODY_STATUSES = ['in_custody', 'at_liberty'] as const;
export type CustodyStatus = (typeof CUSTODY_STATUSES)[number];

export const APPELLANTS = ['accused', 'prosecutor', 'civil_party'] as const;
export type Appellant = (typeof APPELLANTS)[number];

/** What the Court of Appeal did with the first-instance judgment (which itself never changes). */
export const APPEAL_DECISIONS = ['upheld', 'overturned', 'modified'] as const;
export type AppealDecision = (typeof APPEAL_DECISIONS)[number];

/** Longest sentence term accepted, in months (a life sentence is not a term). */
export const MAX_TERM_MONTHS = 1200;

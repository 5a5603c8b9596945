import type { OffenceClass } from './court-codes';

/**
 * Legal time limits of the Code of Criminal Procedure of the Kingdom of Cambodia (2007), as data.
 * The decider refuses what a row forbids (a detention of a child under 14, an extension past the
 * maximum) and the deadline derivation reads the periods from here, so a corrected number is
 * changed in one place. Events name a row by its permanent `id`, never copy its numbers.
 *
 * `verified` is true only when every number of the row was read in a text of the Code itself
 * (an English translation reproduced by a public legal database); `unconfirmed` says what was not.
 * A row with `verified: false` is still enforced: it is the best reading available, and the lead
 * decides whether to keep enforcing it before go-live. Sources were checked on 2026-11-29.
 */
export const CRIMINAL_PROCEDURE_CODE = 'Code of Criminal Procedure of the Kingdom of Cambodia (2007)';

export type TimeUnit = 'hours' | 'days' | 'months';

export interface Period {
  amount: number;
  unit: TimeUnit;
}

export interface LegalTimeLimit {
  /** Permanent: stored in events. */
  id: string;
  /** e.g. `art. 208` of the Code. */
  article: string;
  subject: string;
  /** The first period; null where the measure is forbidden outright. */
  period: Period | null;
  /** How long one extension is and how many the law allows (0 when none). */
  extension: { period: Period; maxTimes: number } | null;
  /** Who the row applies to, for pre-trial detention rows (age in completed years, upper bound exclusive). */
  appliesTo?: { offenceClass?: OffenceClass; minAgeYears: number; maxAgeYears?: number };
  verified: boolean;
  /** Where the numbers were checked. */
  source: string;
  /** What could not be confirmed, when `verified` is false. */
  unconfirmed?: string;
}

const CJAD_EXTRACTS = 'CPC 2007 English translation, extracts on cjad.nottingham.ac.uk (Cambodia, keyword pages 328 and 539)';

export const LEGAL_TIME_LIMITS: readonly LegalTimeLimit[] = [
  {
    id: 'police_custody',
    article: 'art. 96',
    subject: 'Police custody, counted from arrival at the police or gendarmerie unit; a felony extension needs the prosecutor',
    period: { amount: 48, unit: 'hours' },
    extension: { period: { amount: 24, unit: 'hours' }, maxTimes: 1 },
    verified: false,
    source: CJAD_EXTRACTS,
    unconfirmed:
      'The 48 hours and that a felony extension is submitted to the prosecutor were read in the text; the extract stops before the length of the extension, so the 24 hours (once) are not confirmed.',
  },
  {
    id: 'pretrial_detention_adult_felony',
    article: 'art. 208',
    subject: 'Pre-trial detention of an adult accused of a felony',
    period: { amount: 6, unit: 'months' },
    extension: { period: { amount: 6, unit: 'months' }, maxTimes: 2 },
    appliesTo: { offenceClass: 'felony', minAgeYears: 18 },
    verified: false,
    source: 'International Commission of Jurists, "Cambodia: South-East Asia security laws" (summary of the CPC)',
    unconfirmed:
      'Only the 18-month total is corroborated, by a summary and not by the text of art. 208; the 6-month period and its two 6-month extensions were not read in the Code. Art. 210 (longer limits for some crimes) is not modelled.',
  },
  {
    id: 'pretrial_detention_adult_misdemeanour',
    article: 'art. 209',
    subject: 'Pre-trial detention of an adult accused of a misdemeanour',
    period: { amount: 4, unit: 'months' },
    extension: { period: { amount: 2, unit: 'months' }, maxTimes: 1 },
    appliesTo: { offenceClass: 'misdemeanour', minAgeYears: 18 },
    verified: false,
    source: CJAD_EXTRACTS,
    unconfirmed:
      'The 4 months and "only one time" extension were read in the text; the extract stops before the length of the extension, so the 2 months are not confirmed. A summary (ICJ) adds a cap of half the minimum sentence, which is not modelled.',
  },
  {
    id: 'pretrial_detention_minor_under_14',
    article: 'art. 212',
    subject: 'A minor under 14 may not be placed in pre-trial detention',
    period: null,
    extension: null,
    appliesTo: { minAgeYears: 0, maxAgeYears: 14 },
    verified: false,
    source: 'not found in a source text reached',
    unconfirmed:
      'The text of art. 212 was not found; the rule is as the lead\'s brief states it. The Law on Juvenile Justice (2016) may set other limits for minors and was not checked.',
  },
  {
    id: 'pretrial_detention_minor_14_15_felony',
    article: 'art. 213',
    subject: 'Pre-trial detention of a minor aged 14 or 15 accused of a felony',
    period: { amount: 4, unit: 'months' },
    extension: null,
    appliesTo: { offenceClass: 'felony', minAgeYears: 14, maxAgeYears: 16 },
    verified: false,
    source: 'not found in a source text reached',
    unconfirmed: 'Text of art. 213 not found: the age split at 16, the 4 months and the absence of an extension are unconfirmed.',
  },
  {
    id: 'pretrial_detention_minor_16_17_felony',
    article: 'art. 213',
    subject: 'Pre-trial detention of a minor aged 16 or 17 accused of a felony',
    period: { amount: 6, unit: 'months' },
    extension: null,
    appliesTo: { offenceClass: 'felony', minAgeYears: 16, maxAgeYears: 18 },
    verified: false,
    source: 'not found in a source text reached',
    unconfirmed: 'Text of art. 213 not found: the age split at 16, the 6 months and the absence of an extension are unconfirmed.',
  },
  {
    id: 'pretrial_detention_minor_14_15_misdemeanour',
    article: 'art. 214',
    subject: 'Pre-trial detention of a minor aged 14 or 15 accused of a misdemeanour',
    period: { amount: 2, unit: 'months' },
    extension: null,
    appliesTo: { offenceClass: 'misdemeanour', minAgeYears: 14, maxAgeYears: 16 },
    verified: false,
    source: 'not found in a source text reached',
    unconfirmed: 'Text of art. 214 not found: the age split at 16, the 2 months and the absence of an extension are unconfirmed.',
  },
  {
    id: 'pretrial_detention_minor_16_17_misdemeanour',
    article: 'art. 214',
    subject: 'Pre-trial detention of a minor aged 16 or 17 accused of a misdemeanour',
    period: { amount: 4, unit: 'months' },
    extension: null,
    appliesTo: { offenceClass: 'misdemeanour', minAgeYears: 16, maxAgeYears: 18 },
    verified: false,
    source: 'not found in a source text reached',
    unconfirmed: 'Text of art. 214 not found: the age split at 16, the 4 months and the absence of an extension are unconfirmed.',
  },
  {
    id: 'judgment_after_immediate_appearance',
    article: 'art. 304',
    subject: 'Judgment on the merits within 2 weeks of the accused\'s appearance in court (immediate appearance); detention ends with the period',
    period: { amount: 14, unit: 'days' },
    extension: null,
    verified: true,
    source: 'CPC 2007 English translation, art. 304, on iccdb.hrlc.net (span 10218)',
  },
];

const BY_ID = new Map(LEGAL_TIME_LIMITS.map((l) => [l.id, l]));

export function legalTimeLimitById(id: string): LegalTimeLimit | undefined {
  return BY_ID.get(id);
}

export function isPretrialDetentionLimitId(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith('pretrial_detention_') && BY_ID.get(value)?.period != null;
}

export const UNDER_14_DETENTION_RULE = BY_ID.get('pretrial_detention_minor_under_14')!;
export const IMMEDIATE_APPEARANCE_JUDGMENT_LIMIT = BY_ID.get('judgment_after_immediate_appearance')!;

/**
 * The pre-trial detention row for an accused of this age (completed years) and offence class:
 * the under-14 row (no period: detention forbidden) for a child under 14.
 */
export function pretrialDetentionLimitFor(ageYears: number, offenceClass: OffenceClass): LegalTimeLimit {
  const row = LEGAL_TIME_LIMITS.find(
    (l) =>
      l.appliesTo !== undefined &&
      (l.appliesTo.offenceClass === undefined || l.appliesTo.offenceClass === offenceClass) &&
      ageYears >= l.appliesTo.minAgeYears &&
      (l.appliesTo.maxAgeYears === undefined || ageYears < l.appliesTo.maxAgeYears),
  );
  if (!row) throw new Error(`No pre-trial detention limit for age ${ageYears} and ${offenceClass}`);
  return row;
}

/** The longest a detention under this row may last, in its unit: the period and every extension. */
export function maximumPeriod(limit: LegalTimeLimit): Period | null {
  if (!limit.period) return null;
  const extra = limit.extension ? limit.extension.period.amount * limit.extension.maxTimes : 0;
  return { amount: limit.period.amount + extra, unit: limit.period.unit };
}

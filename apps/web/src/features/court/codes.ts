import type { Schemas } from '../../api/client';

/** The code lists the court screens offer, checked against the API's types where it names them. */

type Offence = Schemas['ChargePersonDto']['offences'][number];
export const OFFENCES = [
  'unlawful_removal_of_minors',
  'unlawful_removal_with_purpose',
  'unlawful_recruitment_for_exploitation',
  'unlawful_removal_cross_border',
  'trafficking_in_persons_with_purpose',
  'cross_border_smuggling',
  'receiving_persons_to_help_perpetrators',
  'purchase_of_child_prostitution',
  'forced_criminality',
  'procuring',
  'aggravated_procuring',
  'procuring_child_prostitution',
  'child_prostitution_offences',
  'abduction_detention_confinement',
  'provision_of_premises_for_prostitution',
  'pornography',
  'child_pornography',
  'sexual_intercourse_with_minor_under_15',
  'indecency_against_minor_under_15',
] as const satisfies readonly Offence[];

export type CourtCode = Schemas['OpenCourtFileDto']['court'];
export const PROVINCES = [
  'phnom-penh',
  'banteay-meanchey',
  'battambang',
  'kampong-cham',
  'kampong-chhnang',
  'kampong-speu',
  'kampong-thom',
  'kampot',
  'kandal',
  'kep',
  'koh-kong',
  'kratie',
  'mondulkiri',
  'oddar-meanchey',
  'pailin',
  'preah-sihanouk',
  'preah-vihear',
  'prey-veng',
  'pursat',
  'ratanakiri',
  'siem-reap',
  'stung-treng',
  'svay-rieng',
  'takeo',
  'tboung-khmum',
] as const;
export type Province = (typeof PROVINCES)[number];
export const COURTS = PROVINCES.map((p) => `court-${p}` as CourtCode);

export const STAGES = ['prosecution', 'investigation', 'trial', 'retained_without_processing', 'dismissed'] as const;

export const PROSECUTION_ACTIONS = ['submitted_for_investigation', 'submitted_for_trial', 'retained_without_processing'] as const satisfies readonly Schemas['DecideProsecutionDto']['action'][];
export const RETENTION_REASONS = ['no_offence_established', 'insufficient_evidence', 'perpetrator_unknown', 'time_barred', 'accused_deceased', 'not_expedient', 'other'] as const satisfies readonly NonNullable<
  Schemas['DecideProsecutionDto']['reason']
>[];
export const TRIAL_ROUTES = ['immediate_appearance', 'direct_summons'] as const satisfies readonly NonNullable<Schemas['DecideProsecutionDto']['trialRoute']>[];
export const CLOSING_OUTCOMES = ['sent_to_trial', 'dismissed'] as const satisfies readonly Schemas['IssueClosingOrderDto']['outcome'][];
export const OFFENCE_CLASSES = ['felony', 'misdemeanour'] as const satisfies readonly Schemas['OrderPreTrialDetentionDto']['offenceClass'][];
export const END_REASONS = ['release_order', 'judicial_supervision', 'time_limit_reached', 'dismissal', 'first_instance_judgment', 'accused_deceased', 'other'] as const satisfies readonly Schemas['EndPreTrialDetentionDto']['reason'][];
export const VERDICT_OUTCOMES = ['imprisonment', 'suspended_sentence', 'fine', 'acquittal', 'deferral', 'released_on_bail'] as const satisfies readonly Schemas['DeliverVerdictDto']['outcome'][];
export const FINAL_OUTCOMES: readonly string[] = ['imprisonment', 'suspended_sentence', 'fine', 'acquittal'];
export const CUSTODY = ['in_custody', 'at_liberty'] as const satisfies readonly NonNullable<Schemas['DeliverVerdictDto']['custody']>[];
export const APPELLANTS = ['accused', 'prosecutor', 'civil_party'] as const satisfies readonly Schemas['LodgeAppealDto']['appellant'][];
export const APPEAL_DECISIONS = ['upheld', 'overturned', 'modified'] as const satisfies readonly Schemas['RecordAppealDecisionDto']['decision'][];
export const EXPLOITATION_TYPES = ['labour', 'sexual', 'forced_marriage', 'sexual_abuse', 'at_risk', 'other', 'forced_criminality'] as const satisfies readonly Schemas['AddVictimDto']['exploitationType'][];
export const AGE_BANDS = ['under_15', '15_17', '18_plus', 'unknown'] as const;
/** Currencies offered first; the API accepts any ISO 4217 code with a minor unit. */
export const CURRENCIES = ['KHR', 'USD', 'THB', 'VND'] as const;
/** Minor-unit exponent of the offered currencies (ISO 4217). */
export const CURRENCY_EXPONENT: Record<string, number> = { KHR: 2, USD: 2, THB: 2, VND: 0 };
/** Nationalities offered; others can be typed as their ISO 3166-1 alpha-3 code. */
export const NATIONALITIES = ['KHM', 'THA', 'VNM', 'LAO', 'MMR', 'CHN', 'MYS', 'IDN'] as const;

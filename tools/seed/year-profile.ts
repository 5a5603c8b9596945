import type { AgeBand, ExploitationType } from '@casetrail/kernel';

/**
 * The shape of a year, taken from the NCCT annual report 2020, section II.C.1.1: 155 cases
 * (44 trafficking, 111 sexual exploitation), 193 suspects sent to court (30 female, 12 minors,
 * 23 foreigners of 8 nationalities), 467 victims (130 under 15, 39 aged 15-17, 298 adults; 98
 * handed to Social Affairs, 369 to their families). Weights are relative, not counts.
 */

export const REPORT_CASES_2020 = 155;

/** Heavier where the report's annex shows most cases. */
export const PROVINCE_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['phnom-penh', 30],
  ['banteay-meanchey', 16],
  ['siem-reap', 14],
  ['preah-sihanouk', 13],
  ['battambang', 11],
  ['kandal', 6],
  ['koh-kong', 6],
  ['kampong-cham', 4],
  ['kampong-speu', 4],
  ['kampot', 4],
  ['svay-rieng', 4],
  ['takeo', 3],
  ['prey-veng', 3],
  ['oddar-meanchey', 3],
  ['kampong-chhnang', 2],
  ['kampong-thom', 2],
  ['pursat', 2],
  ['kratie', 2],
  ['tboung-khmum', 2],
  ['stung-treng', 1],
  ['ratanakiri', 1],
  ['mondulkiri', 1],
  ['preah-vihear', 1],
  ['pailin', 1],
  ['kep', 1],
];

/** How old the victims of an offence are: children only, minors only, or a mix. */
export type VictimAgeProfile = 'under_15' | 'minor' | 'trafficking_mix' | 'exploitation_mix';

export interface OffenceProfile {
  code: string;
  /** Cases in the 2020 report (relative weight of a case's principal offence). */
  cases: number;
  /** Mean victims rescued per case (report victims / report cases). */
  victimsPerCase: number;
  /** Mean suspects identified per case (a little above the report's arrested / cases). */
  suspectsPerCase: number;
  victimAges: VictimAgeProfile;
  exploitation: ReadonlyArray<readonly [ExploitationType, number]>;
  /** Share of female victims. */
  femaleVictims: number;
}

const SEXUAL: ReadonlyArray<readonly [ExploitationType, number]> = [['sexual', 1]];
const ABUSE: ReadonlyArray<readonly [ExploitationType, number]> = [['sexual_abuse', 1]];

export const OFFENCE_PROFILES: readonly OffenceProfile[] = [
  { code: 'unlawful_removal_of_minors', cases: 5, victimsPerCase: 1.2, suspectsPerCase: 1.1, victimAges: 'minor', exploitation: [['labour', 2], ['at_risk', 1]], femaleVictims: 0.6 },
  { code: 'unlawful_removal_with_purpose', cases: 6, victimsPerCase: 6.5, suspectsPerCase: 1.0, victimAges: 'trafficking_mix', exploitation: [['labour', 3], ['forced_marriage', 2], ['sexual', 1]], femaleVictims: 0.7 },
  { code: 'unlawful_recruitment_for_exploitation', cases: 3, victimsPerCase: 6, suspectsPerCase: 1.7, victimAges: 'trafficking_mix', exploitation: [['labour', 1]], femaleVictims: 0.5 },
  { code: 'unlawful_removal_cross_border', cases: 22, victimsPerCase: 9, suspectsPerCase: 1.3, victimAges: 'trafficking_mix', exploitation: [['labour', 6], ['forced_marriage', 3], ['sexual', 1]], femaleVictims: 0.6 },
  { code: 'trafficking_in_persons_with_purpose', cases: 1, victimsPerCase: 1, suspectsPerCase: 1, victimAges: 'trafficking_mix', exploitation: [['labour', 1], ['sexual', 1]], femaleVictims: 0.7 },
  { code: 'cross_border_smuggling', cases: 1, victimsPerCase: 0.5, suspectsPerCase: 1, victimAges: 'trafficking_mix', exploitation: [['other', 1]], femaleVictims: 0.4 },
  { code: 'receiving_persons_to_help_perpetrators', cases: 1, victimsPerCase: 1, suspectsPerCase: 2, victimAges: 'trafficking_mix', exploitation: [['labour', 1]], femaleVictims: 0.5 },
  { code: 'purchase_of_child_prostitution', cases: 5, victimsPerCase: 1.8, suspectsPerCase: 1.2, victimAges: 'minor', exploitation: SEXUAL, femaleVictims: 0.95 },
  { code: 'procuring', cases: 6, victimsPerCase: 5.8, suspectsPerCase: 2, victimAges: 'exploitation_mix', exploitation: SEXUAL, femaleVictims: 0.97 },
  { code: 'aggravated_procuring', cases: 4, victimsPerCase: 6.2, suspectsPerCase: 2.5, victimAges: 'exploitation_mix', exploitation: SEXUAL, femaleVictims: 0.97 },
  { code: 'procuring_child_prostitution', cases: 2, victimsPerCase: 9.5, suspectsPerCase: 1.5, victimAges: 'minor', exploitation: SEXUAL, femaleVictims: 0.95 },
  { code: 'child_prostitution_offences', cases: 1, victimsPerCase: 6, suspectsPerCase: 2, victimAges: 'minor', exploitation: SEXUAL, femaleVictims: 0.95 },
  { code: 'abduction_detention_confinement', cases: 1, victimsPerCase: 1, suspectsPerCase: 8, victimAges: 'exploitation_mix', exploitation: SEXUAL, femaleVictims: 0.9 },
  { code: 'provision_of_premises_for_prostitution', cases: 1, victimsPerCase: 4, suspectsPerCase: 1, victimAges: 'exploitation_mix', exploitation: SEXUAL, femaleVictims: 1 },
  { code: 'pornography', cases: 5, victimsPerCase: 1.2, suspectsPerCase: 1.6, victimAges: 'exploitation_mix', exploitation: SEXUAL, femaleVictims: 0.9 },
  { code: 'child_pornography', cases: 3, victimsPerCase: 1, suspectsPerCase: 1, victimAges: 'under_15', exploitation: ABUSE, femaleVictims: 0.8 },
  { code: 'sexual_intercourse_with_minor_under_15', cases: 71, victimsPerCase: 1, suspectsPerCase: 1, victimAges: 'under_15', exploitation: ABUSE, femaleVictims: 0.97 },
  { code: 'indecency_against_minor_under_15', cases: 17, victimsPerCase: 1.2, suspectsPerCase: 1, victimAges: 'under_15', exploitation: ABUSE, femaleVictims: 0.85 },
];

/**
 * Age bands of victims per profile, tuned so the whole year lands near the report's split
 * (28% under 15, 8% aged 15-17, 64% adults) given the offence mix above.
 */
export const VICTIM_AGE_BANDS: Readonly<Record<VictimAgeProfile, ReadonlyArray<readonly [AgeBand, number]>>> = {
  under_15: [['under_15', 1]],
  minor: [['under_15', 0.55], ['15_17', 0.45]],
  trafficking_mix: [['under_15', 0.04], ['15_17', 0.03], ['18_plus', 0.93]],
  exploitation_mix: [['under_15', 0.1], ['15_17', 0.15], ['18_plus', 0.75]],
};

/** Chance that a rescued victim goes to Social Affairs rather than home, by age band. */
export const SOCIAL_AFFAIRS_SHARE: Readonly<Record<AgeBand, number>> = {
  under_15: 0.42,
  '15_17': 0.35,
  '18_plus': 0.1,
};

export const SUSPECT_FEMALE_SHARE = 0.15;
export const SUSPECT_MINOR_SHARE = 0.06;
export const SUSPECT_FOREIGN_SHARE = 0.12;
export const VICTIM_FOREIGN_SHARE = 0.03;

/** Foreign suspects' nationalities (report 2020: mostly Chinese, then Vietnamese). */
export const FOREIGN_SUSPECT_NATIONALITIES: ReadonlyArray<readonly [string, number]> = [
  ['CHN', 13],
  ['VNM', 6],
  ['THA', 2],
  ['KOR', 1],
  ['MYS', 1],
  ['IDN', 1],
  ['GBR', 1],
  ['RUS', 1],
];

export const FOREIGN_VICTIM_NATIONALITIES: ReadonlyArray<readonly [string, number]> = [
  ['VNM', 3],
  ['CHN', 1],
  ['THA', 1],
];

/** Who opens the case: mostly the provincial police, some national units and gendarmerie. */
export type UnitKind = 'provincial_police' | 'provincial_gendarmerie' | 'ahtjp-national' | 'anti-cyber-crime-national' | 'gendarmerie-national';

export const UNIT_KIND_WEIGHTS: ReadonlyArray<readonly [UnitKind, number]> = [
  ['provincial_police', 70],
  ['provincial_gendarmerie', 10],
  ['ahtjp-national', 14],
  ['gendarmerie-national', 3],
  ['anti-cyber-crime-national', 3],
];

/** Online offences go mostly to the Anti-Cyber Crime Department. */
export const CYBER_OFFENCES: readonly string[] = ['pornography', 'child_pornography'];

export type CaseOutcome = 'forwarded' | 'closed' | 'open';

export const OUTCOME_WEIGHTS: ReadonlyArray<readonly [CaseOutcome, number]> = [
  ['forwarded', 88],
  ['closed', 8],
  ['open', 4],
];

/*
 * The court stages of a forwarded case, in the proportions of the NCCT report 2020, section
 * II.C.2.1 (weights are relative, not counts). "Processing" is no decision planned; a decision
 * whose date would fall after the plan's last day is not planned either (still processing then).
 */

/** §1: 233 submitted for investigation, 18 retained without processing, 10 submitted for trial, 52 processing (of 313). */
export const PROSECUTION_ACTION_WEIGHTS: ReadonlyArray<readonly ['submitted_for_investigation' | 'retained_without_processing' | 'submitted_for_trial' | 'processing', number]> = [
  ['submitted_for_investigation', 233],
  ['retained_without_processing', 18],
  ['submitted_for_trial', 10],
  ['processing', 52],
];

/** §2: 148 cases to be tried, 10 dismissed, 190 processing (of 348). */
export const CLOSING_ORDER_WEIGHTS: ReadonlyArray<readonly ['sent_to_trial' | 'dismissed' | 'processing', number]> = [
  ['sent_to_trial', 148],
  ['dismissed', 10],
  ['processing', 190],
];

/** §2: 322 accused in jail, 164 out of jail: two in three accused are detained before trial. */
export const PRE_TRIAL_DETENTION_SHARE = 322 / (322 + 164);
/** Of the accused left at liberty, those placed under judicial supervision (the report gives no figure). */
export const JUDICIAL_SUPERVISION_SHARE = 0.3;

/**
 * §3 per accused: 234 imprisonment, 8 suspended, 4 fines, 21 acquittals, 163 processing. The
 * report's 192 "deferred" and 206 "bail" are read too unevenly to weigh (docs/statistics.md);
 * a few deferrals and releases on bail are kept so those columns are exercised.
 */
export const VERDICT_WEIGHTS: ReadonlyArray<readonly ['imprisonment' | 'suspended_sentence' | 'fine' | 'acquittal' | 'deferral' | 'released_on_bail' | 'processing', number]> = [
  ['imprisonment', 234],
  ['suspended_sentence', 8],
  ['fine', 4],
  ['acquittal', 21],
  ['deferral', 10],
  ['released_on_bail', 10],
  ['processing', 163],
];

/** Victims of a file with a conviction who are awarded compensation (the report gives no figure). */
export const COMPENSATION_SHARE = 0.4;

/*
 * The protection of the victims handed over to social affairs, in the proportions of the NCCT
 * report 2020, section II.D (weights are relative, not counts). The report's persons received in
 * 2020 are about 463 (220 from overseas authorities, 39 from judicial police, 106 identified among
 * the workers repatriated from Thailand, 98 victims the police handed to social affairs); of
 * them 371 were sent to shelters, 104 integrated into the community and 65 obtained compensation.
 * The seed follows the police's victims only (it registers nobody directly), so the shares below
 * are of the persons received, applied to those victims.
 */

/** D.2: 371 of about 463 persons received were sent to a shelter. */
export const SHELTER_SHARE = 371 / 463;
/** D.2: 293 of the 371 were sent by partner organisations (the case referred to one), 78 by the provincial departments. */
export const SHELTER_SENT_BY_PARTNER_SHARE = 293 / 371;

/** Partner organisations that run a shelter a case is referred to (the report names them, with no split). */
export const SHELTER_PARTNERS: ReadonlyArray<readonly [string, number]> = [
  ['ngo-aple', 3],
  ['ngo-hope-for-justice', 3],
  ['ngo-love-without-boundary', 2],
  ['ngo-action-for-children', 2],
  ['ngo-city-rescue', 2],
  ['ngo-ponlok-thmey', 2],
  ['ngo-a21', 2],
  ['ngo-aim', 2],
  ['ngo-cwcc', 2],
];

/** Shelters a department sends a person to itself: the ministry's, or a partner's. */
export const DEPARTMENT_SHELTERS: ReadonlyArray<readonly [string, number]> = [
  ['mosvy', 3],
  ['ngo-aple', 1],
  ['ngo-cwcc', 1],
  ['ngo-love-without-boundary', 1],
];

/** Services a person receives (D.2 names legal and psycho-social services most). */
export const SERVICE_WEIGHTS: ReadonlyArray<readonly ['medical' | 'psychosocial' | 'legal_aid' | 'education' | 'vocational_training' | 'family_tracing' | 'repatriation_support', number]> = [
  ['psychosocial', 5],
  ['legal_aid', 4],
  ['medical', 3],
  ['education', 2],
  ['vocational_training', 2],
  ['family_tracing', 2],
];

/** Consents that refuse every sharing (the report gives no figure): services go on all the same. */
export const CONSENT_REFUSED_SHARE = 0.1;

/** Persons whose family is assessed (the report gives no figure; every integration needs one). */
export const FAMILY_ASSESSED_SHARE = 0.45;
export const FAMILY_ASSESSMENT_WEIGHTS: ReadonlyArray<readonly ['suitable' | 'suitable_with_support' | 'not_suitable', number]> = [
  ['suitable', 6],
  ['suitable_with_support', 3],
  ['not_suitable', 1],
];
/** Of the persons with a suitable family, those integrated in the year when the dates allow (D.3: 104 of about 463 received). */
export const INTEGRATION_SHARE = 0.75;
/** D.3: 45 of 104 integrated by partner organisations, 59 by the departments (15 municipal, 44 provincial: the case's province decides). */
export const INTEGRATED_BY_PARTNER_SHARE = 45 / 104;

/** Visits due on the organisation's schedule that are made (the rest stay overdue: the report gives no figure). */
export const FOLLOW_UP_MADE_SHARE = 0.85;
export const FOLLOW_UP_OUTCOME_WEIGHTS: ReadonlyArray<readonly ['stable' | 'needs_support' | 'at_risk' | 'not_found' | 'moved_away', number]> = [
  ['stable', 12],
  ['needs_support', 4],
  ['at_risk', 2],
  ['not_found', 1],
  ['moved_away', 1],
];

/** D.2: 65 of about 463 persons received obtained compensation (claims the court of this system did not award). */
export const CLAIM_SHARE = 65 / 463;
/**
 * D.2 per supporting organisation: victims and the mean award in US dollars (Chab Dai 39 victims,
 * US$144,250; APLE 22, US$9,000; IJM 1, US$355,226; Hope for Justice 3, US$16,000).
 */
export const CLAIM_SUPPORTERS: ReadonlyArray<readonly [{ organisation: string; meanUsd: number }, number]> = [
  [{ organisation: 'ngo-chab-dai', meanUsd: Math.round(144_250 / 39) }, 39],
  [{ organisation: 'ngo-aple', meanUsd: Math.round(9_000 / 22) }, 22],
  [{ organisation: 'ngo-ijm', meanUsd: 355_226 }, 1],
  [{ organisation: 'ngo-hope-for-justice', meanUsd: Math.round(16_000 / 3) }, 3],
];

/*
 * Persons social affairs receives directly, not from the police (II.D.1, 2020): 220 from overseas
 * authorities (25 men, 184 women, 4 boys, 7 girls; 152 through Phnom Penh airport, 2 Sihanoukville
 * airport, 38 Poipet, 28 Bavet; from China 139, Thailand 38, Vietnam 28, Malaysia 11, Indonesia 3,
 * Singapore 1; 54 labour, 113 forced marriage, 3 sex trafficking, 50 at risk), 39 from judicial
 * police (38 men, 1 woman: 16 Bangladeshi, 22 Nepalese, 1 Chinese; labour; handed to partners), and
 * 106 workers repatriated from Thailand identified as suspected victims (9 men, 27 women, 49 boys,
 * 21 girls; handed to Samaritan's Purse, IJM and Hope for Justice). 365 in all, beside the 98
 * victims the police handed over from 155 cases: about 2.35 persons received directly per case.
 */
export const REGISTRATIONS_PER_POLICE_CASE_2020 = 365 / REPORT_CASES_2020;

export type RegistrationKind = 'overseas_authorities' | 'judicial_police' | 'thai_repatriation';
export const REGISTRATION_KINDS: ReadonlyArray<readonly [RegistrationKind, number]> = [
  ['overseas_authorities', 220],
  ['judicial_police', 39],
  ['thai_repatriation', 106],
];

/** Sex and child/adult of each kind: [sex, minor, weight]. */
export const REGISTRATION_PERSONS: Readonly<Record<RegistrationKind, ReadonlyArray<readonly [readonly ['M' | 'F', boolean], number]>>> = {
  overseas_authorities: [[['M', false], 25], [['F', false], 184], [['M', true], 4], [['F', true], 7]],
  judicial_police: [[['M', false], 38], [['F', false], 1]],
  thai_repatriation: [[['M', false], 9], [['F', false], 27], [['M', true], 49], [['F', true], 21]],
};

/** Countries returned from (overseas authorities): the entry point follows (Thailand: Poipet, Vietnam: Bavet, else an airport). */
export const RETURNED_FROM: ReadonlyArray<readonly [string, number]> = [
  ['CHN', 139],
  ['THA', 38],
  ['VNM', 28],
  ['MYS', 11],
  ['IDN', 3],
  ['SGP', 1],
];
export const AIRPORTS: ReadonlyArray<readonly [string, number]> = [
  ['phnom-penh-airport', 152],
  ['sihanoukville-airport', 2],
];

export const OVERSEAS_EXPLOITATION: ReadonlyArray<readonly [ExploitationType, number]> = [
  ['forced_marriage', 113],
  ['labour', 54],
  ['at_risk', 50],
  ['sexual', 3],
];

export const JUDICIAL_POLICE_NATIONALITIES: ReadonlyArray<readonly [string, number]> = [
  ['NPL', 22],
  ['BGD', 16],
  ['CHN', 1],
];

/** The partners the persons identified among workers repatriated from Thailand (and those from judicial police) are handed to. */
export const RECEIVING_PARTNERS: ReadonlyArray<readonly [string, number]> = [
  ['ngo-samaritans-purse', 1],
  ['ngo-ijm', 1],
  ['ngo-hope-for-justice', 1],
];

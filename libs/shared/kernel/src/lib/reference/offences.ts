/**
 * The offence catalogue of report section II.C.1.1 (Law on Suppression of Human Trafficking and
 * Sexual Exploitation, 2008), in the report's row order, plus `forced_criminality` (e.g. people
 * held in scam compounds), which the 2020 list lacks. Codes are permanent: they are stored in
 * events. `reportLabel` is the wording printed in the 2020 report's tables.
 */
export const OFFENCE_CATEGORIES = ['trafficking', 'sexual_exploitation'] as const;
export type OffenceCategory = (typeof OFFENCE_CATEGORIES)[number];

export const OFFENCE_CATEGORY_NAMES: Readonly<Record<OffenceCategory, string>> = {
  trafficking: 'Trafficking in persons',
  sexual_exploitation: 'Sexual exploitation',
};

export interface Offence {
  code: string;
  category: OffenceCategory;
  name: string;
  reportLabel: string | null;
}

export const OFFENCES: readonly Offence[] = [
  { code: 'unlawful_removal_of_minors', category: 'trafficking', name: 'Unlawful removal of minors and the like', reportLabel: 'Illegal exports of minors and the like' },
  { code: 'unlawful_removal_with_purpose', category: 'trafficking', name: 'Unlawful removal with a purpose', reportLabel: 'Illegal exports with a target' },
  { code: 'unlawful_recruitment_for_exploitation', category: 'trafficking', name: 'Unlawful recruitment for exploitation', reportLabel: 'Illegal selection for exploitation' },
  { code: 'unlawful_removal_cross_border', category: 'trafficking', name: 'Unlawful removal for cross-border transfer', reportLabel: 'Illegal export for border crossing' },
  { code: 'trafficking_in_persons_with_purpose', category: 'trafficking', name: 'Trafficking (sale) of persons with a purpose', reportLabel: 'Targeted trafficking in persons' },
  { code: 'cross_border_smuggling', category: 'trafficking', name: 'Cross-border smuggling', reportLabel: 'Cross-border smuggling' },
  { code: 'receiving_persons_to_help_perpetrators', category: 'trafficking', name: 'Receiving persons to help perpetrators', reportLabel: 'Receiving people with the goal of helping perpetrators' },
  { code: 'purchase_of_child_prostitution', category: 'trafficking', name: 'Purchase of child prostitution', reportLabel: 'Purchasing of child prostitution' },
  { code: 'forced_criminality', category: 'trafficking', name: 'Forced criminality (e.g. scam compounds)', reportLabel: null },
  { code: 'procuring', category: 'sexual_exploitation', name: 'Procuring', reportLabel: 'Procuring' },
  { code: 'aggravated_procuring', category: 'sexual_exploitation', name: 'Aggravated procuring', reportLabel: 'The aggravating circumstance of procuring' },
  { code: 'procuring_child_prostitution', category: 'sexual_exploitation', name: 'Procuring related to child prostitution', reportLabel: 'Procuring (related to child prostitution)' },
  { code: 'child_prostitution_offences', category: 'sexual_exploitation', name: 'Offences related to child prostitution', reportLabel: 'Offenses related to child prostitution' },
  { code: 'abduction_detention_confinement', category: 'sexual_exploitation', name: 'Abduction, detention or confinement', reportLabel: 'Abduction, detention or confinement' },
  { code: 'provision_of_premises_for_prostitution', category: 'sexual_exploitation', name: 'Provision of premises for prostitution', reportLabel: 'Provision of places for prostitution' },
  { code: 'pornography', category: 'sexual_exploitation', name: 'Pornography', reportLabel: 'Pornographic pictures and materials' },
  { code: 'child_pornography', category: 'sexual_exploitation', name: 'Child pornography', reportLabel: 'Child pornographic pictures and materials' },
  { code: 'sexual_intercourse_with_minor_under_15', category: 'sexual_exploitation', name: 'Sexual intercourse with a minor under 15', reportLabel: 'Sex with a minor under 15' },
  { code: 'indecency_against_minor_under_15', category: 'sexual_exploitation', name: 'Indecency against a minor under 15', reportLabel: 'Indecency against minors under 15' },
];

const BY_CODE = new Map(OFFENCES.map((o) => [o.code, o]));

export function isOffenceCode(code: unknown): code is string {
  return typeof code === 'string' && BY_CODE.has(code);
}

export function offenceByCode(code: string): Offence | undefined {
  return BY_CODE.get(code);
}

export function offencesInCategory(category: OffenceCategory): Offence[] {
  return OFFENCES.filter((o) => o.category === category);
}

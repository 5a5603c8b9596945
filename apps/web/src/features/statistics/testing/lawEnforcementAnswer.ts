import type { LawEnforcementRow, LawEnforcementTable } from '../law-enforcement/lawEnforcementTable';

type Figures = LawEnforcementRow['current'];
const FIGURES: LawEnforcementTable['figures'] = ['cases', 'victims', 'victimsUnder15', 'victims15To17', 'victims18Plus', 'victimsToSocialAffairs', 'victimsToFamily', 'victimsToPartnerOrganisation', 'victimsNotHandedOver', 'suspectsArrested', 'suspectsFemale', 'suspectsMinor', 'suspectsForeign'];

function figures(values: Partial<Figures>): Figures {
  return Object.fromEntries(FIGURES.map((f) => [f, values[f] ?? 0])) as Figures;
}

function row(level: LawEnforcementRow['level'], category: LawEnforcementRow['category'], offence: string | null, label: string, current: Partial<Figures>, previous: Partial<Figures>, foreign: Record<string, number> = {}): LawEnforcementRow {
  const c = figures(current);
  const p = figures(previous);
  const change = Object.fromEntries(FIGURES.map((f) => [f, { absolute: c[f] - p[f], percent: p[f] === 0 ? null : Math.round(((c[f] - p[f]) / p[f]) * 10000) / 100 }])) as LawEnforcementRow['change'];
  return { level, category, offence, label, current: c, previous: p, change, foreignNationalities: { current: foreign, previous: {} } };
}

/** A law-enforcement answer shaped as the API sends it (two offences, the subtotals, the total). */
export function lawEnforcementAnswer(year = 2020, scope: { province?: string | null; provinces?: string[] | null; unitCode?: string | null } = {}): LawEnforcementTable {
  return {
    year,
    previousYear: year - 1,
    province: scope.province ?? null,
    unitCode: scope.unitCode ?? null,
    provinces: scope.provinces ?? null,
    figures: FIGURES,
    rows: [
      row('offence', 'trafficking', 'unlawful_removal_cross_border', 'Unlawful removal for cross-border transfer', { cases: 22, victims: 162, victims18Plus: 162, victimsToFamily: 150, victimsToSocialAffairs: 12, suspectsArrested: 29, suspectsForeign: 1 }, { cases: 20, victims: 100 }, { BGD: 1 }),
      row('category', 'trafficking', null, 'Trafficking in persons', { cases: 44, victims: 276, victimsUnder15: 31, victims15To17: 16, victims18Plus: 229, victimsToSocialAffairs: 30, victimsToFamily: 246, suspectsArrested: 55, suspectsFemale: 17, suspectsForeign: 4 }, { cases: 38, victims: 151 }, { BGD: 1, SWE: 1, USA: 1, ISR: 1 }),
      row('offence', 'sexual_exploitation', 'procuring', 'Procuring', { cases: 6, victims: 35, victimsUnder15: 5, suspectsArrested: 8 }, { cases: 7, victims: 30 }, { VNM: 2, CHN: 1 }),
      row('category', 'sexual_exploitation', null, 'Sexual exploitation', { cases: 111, victims: 191, victimsUnder15: 99, victims15To17: 23, victims18Plus: 69, victimsToSocialAffairs: 68, victimsToFamily: 123, suspectsArrested: 138, suspectsFemale: 13, suspectsMinor: 12, suspectsForeign: 19 }, { cases: 131, victims: 305 }),
      row('total', null, null, 'Total', { cases: 155, victims: 467, victimsUnder15: 130, victims15To17: 39, victims18Plus: 298, victimsToSocialAffairs: 98, victimsToFamily: 369, suspectsArrested: 193, suspectsFemale: 30, suspectsMinor: 12, suspectsForeign: 23 }, { cases: 169, victims: 456, suspectsArrested: 229 }),
    ],
  };
}

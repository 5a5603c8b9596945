/**
 * The additive figures of the law-enforcement table (report II.C.1.1). Every figure is a count,
 * so a subtotal is the sum of its rows. Definitions: docs/statistics.md.
 */
export const LAW_ENFORCEMENT_FIGURES = [
  'cases',
  'victims',
  'victimsUnder15',
  'victims15To17',
  'victims18Plus',
  'victimsToSocialAffairs',
  'victimsToFamily',
  'victimsToPartnerOrganisation',
  'victimsNotHandedOver',
  'suspectsArrested',
  'suspectsFemale',
  'suspectsMinor',
  'suspectsForeign',
] as const;
export type LawEnforcementFigure = (typeof LAW_ENFORCEMENT_FIGURES)[number];

export type LawEnforcementFigures = Record<LawEnforcementFigure, number>;

/** Foreign arrested suspects per nationality (ISO alpha-3 → count); additive like the figures. */
export type NationalityCounts = Record<string, number>;

/** Change from the previous year; `percent` is null when the previous figure is 0. */
export interface FigureChange {
  absolute: number;
  percent: number | null;
}

export function zeroFigures(): LawEnforcementFigures {
  return Object.fromEntries(LAW_ENFORCEMENT_FIGURES.map((f) => [f, 0])) as LawEnforcementFigures;
}

export function addFigures(a: LawEnforcementFigures, b: LawEnforcementFigures): LawEnforcementFigures {
  return Object.fromEntries(LAW_ENFORCEMENT_FIGURES.map((f) => [f, a[f] + b[f]])) as LawEnforcementFigures;
}

export function addNationalities(a: NationalityCounts, b: NationalityCounts): NationalityCounts {
  const sum: NationalityCounts = { ...a };
  for (const [code, n] of Object.entries(b)) sum[code] = (sum[code] ?? 0) + n;
  return sum;
}

/** Percent change rounded to 2 decimals, as the report prints it (e.g. 169 → 155 is -8.28). */
export function changeOf(current: number, previous: number): FigureChange {
  return {
    absolute: current - previous,
    percent: previous === 0 ? null : Math.round(((current - previous) / previous) * 10000) / 100,
  };
}

export function changesOf(
  current: LawEnforcementFigures,
  previous: LawEnforcementFigures,
): Record<LawEnforcementFigure, FigureChange> {
  return Object.fromEntries(
    LAW_ENFORCEMENT_FIGURES.map((f) => [f, changeOf(current[f], previous[f])]),
  ) as Record<LawEnforcementFigure, FigureChange>;
}

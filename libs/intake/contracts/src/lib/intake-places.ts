import { ENTRY_POINTS, PROVINCES, nationalityName } from '@casetrail/kernel';

/**
 * Where returning people are received (report II.D.1): the kernel's airports and border checkpoints
 * (`ENTRY_POINTS`, shared with protection), and Cambodia's embassies abroad (the Ministry of
 * Foreign Affairs' repatriations, by the country of the embassy). Codes are permanent slugs; add,
 * never rename. `province` is the province a reception there belongs to (the scope of
 * province-scoped staff): the checkpoint's province; for an embassy, Phnom Penh, where the
 * ministry records its repatriations.
 */
export type IntakePlaceKind = 'airport' | 'land_checkpoint' | 'embassy';

export interface IntakePlace {
  code: string;
  name: string;
  kind: IntakePlaceKind;
  province: string;
  /** ISO 3166-1 alpha-3: the country across the border (checkpoint) or of the embassy. */
  country?: string;
}

/** Countries with a Cambodian embassy that repatriates workers (the report's table and a few more). */
const EMBASSY_COUNTRIES = ['THA', 'MYS', 'CHN', 'SGP', 'VNM', 'LAO', 'IDN', 'KOR', 'JPN', 'SAU', 'QAT', 'KWT', 'ARE', 'BRN', 'PHL', 'MMR', 'IND', 'AUS', 'FRA', 'USA'] as const;

export const EMBASSY_PROVINCE = 'phnom-penh';

export const INTAKE_PLACES: readonly IntakePlace[] = [
  ...ENTRY_POINTS.map((e): IntakePlace => ({ code: e.code, name: e.name, kind: e.kind, province: e.province, country: e.borderWith })),
  ...EMBASSY_COUNTRIES.map(
    (country): IntakePlace => ({
      code: `embassy-${country.toLowerCase()}`,
      name: `Embassy of Cambodia, ${nationalityName(country) ?? country}`,
      kind: 'embassy',
      province: EMBASSY_PROVINCE,
      country,
    }),
  ),
];

const PLACE_BY_CODE = new Map(INTAKE_PLACES.map((p) => [p.code, p]));

export function isIntakePlaceCode(code: unknown): code is string {
  return typeof code === 'string' && PLACE_BY_CODE.has(code);
}

export function intakePlaceByCode(code: string): IntakePlace | undefined {
  return PLACE_BY_CODE.get(code);
}

/**
 * The units that receive, interview and screen returning people and receive bodies (report
 * II.D.1): the Ministry of Foreign Affairs (embassy repatriations), the capital and provincial
 * police commissariats, the Cambodian-Thai Border Liaison Office, and social affairs (MoSVY and its
 * departments, with the same codes as the protection context's organisations, so a reception and a
 * protection case name a department alike). Codes are permanent; add, never rename.
 */
export type IntakeUnitKind = 'foreign_affairs' | 'police_commissariat' | 'border_liaison' | 'social_affairs';

export interface IntakeUnit {
  code: string;
  name: string;
  kind: IntakeUnitKind;
  /** The province it works in; null for a national unit. */
  province: string | null;
}

export const INTAKE_UNITS: readonly IntakeUnit[] = [
  { code: 'mofaic', name: 'Ministry of Foreign Affairs and International Cooperation', kind: 'foreign_affairs', province: null },
  { code: 'border-liaison-office', name: 'Cambodian-Thai Border Liaison Office', kind: 'border_liaison', province: 'banteay-meanchey' },
  ...PROVINCES.map(
    (p): IntakeUnit => ({
      code: `police-commissariat-${p.code}`,
      name: `${p.kind === 'capital' ? 'Capital' : 'Provincial'} Police Commissariat, ${p.name}`,
      kind: 'police_commissariat',
      province: p.code,
    }),
  ),
  { code: 'mosvy', name: 'Ministry of Social Affairs, Veterans and Youth Rehabilitation', kind: 'social_affairs', province: null },
  ...PROVINCES.map(
    (p): IntakeUnit => ({
      code: `dosvy-${p.code}`,
      name: `${p.kind === 'capital' ? 'Municipal' : 'Provincial'} Department of Social Affairs, ${p.name}`,
      kind: 'social_affairs',
      province: p.code,
    }),
  ),
];

const UNIT_BY_CODE = new Map(INTAKE_UNITS.map((u) => [u.code, u]));

export function isIntakeUnitCode(code: unknown): code is string {
  return typeof code === 'string' && UNIT_BY_CODE.has(code);
}

export function intakeUnitByCode(code: string): IntakeUnit | undefined {
  return UNIT_BY_CODE.get(code);
}

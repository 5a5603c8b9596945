import type { operations } from '../../api/schema';
import type { Role } from '../../auth/session';

/*
 * The codes the statistics filters offer. The web app cannot import the server's reference lists
 * (they pull in server code), so the lists are repeated here and checked against the OpenAPI
 * document's enums by the compiler: a code added on the server and not here fails `tsc`.
 */

type LawEnforcementQuery = operations['LawEnforcementStatisticsController_lawEnforcement']['parameters']['query'];
export type ProvinceCode = NonNullable<LawEnforcementQuery['province']>;
export type UnitCode = NonNullable<LawEnforcementQuery['unit']>;

/** Both directions: every listed code is in the API's enum, and every enum value is listed. */
type Exactly<List extends readonly string[], Enum extends string> = [Enum] extends [List[number]] ? List : never;

const PROVINCE_LIST = [
  'phnom-penh', 'banteay-meanchey', 'battambang', 'kampong-cham', 'kampong-chhnang', 'kampong-speu', 'kampong-thom', 'kampot', 'kandal', 'kep',
  'koh-kong', 'kratie', 'mondulkiri', 'oddar-meanchey', 'pailin', 'preah-sihanouk', 'preah-vihear', 'prey-veng', 'pursat', 'ratanakiri',
  'siem-reap', 'stung-treng', 'svay-rieng', 'takeo', 'tboung-khmum',
] as const satisfies readonly ProvinceCode[];
export const PROVINCE_CODES: Exactly<typeof PROVINCE_LIST, ProvinceCode> = PROVINCE_LIST;

export const NATIONAL_UNITS = ['ahtjp-national', 'anti-cyber-crime-national', 'gendarmerie-national'] as const satisfies readonly UnitCode[];

export interface UnitOption {
  code: UnitCode;
  /** Null for a national unit. */
  province: ProvinceCode | null;
  kind: 'national' | 'police' | 'gendarmerie';
}

/** The reporting units, as the server derives them: three national ones, then police and gendarmerie per province. */
export const UNITS: readonly UnitOption[] = [
  ...NATIONAL_UNITS.map((code) => ({ code, province: null, kind: 'national' as const })),
  ...PROVINCE_CODES.map((p) => ({ code: `police-${p}` as UnitCode, province: p, kind: 'police' as const })),
  ...PROVINCE_CODES.map((p) => ({ code: `gendarmerie-${p}` as UnitCode, province: p, kind: 'gendarmerie' as const })),
];

export function isProvinceCode(value: unknown): value is ProvinceCode {
  return typeof value === 'string' && (PROVINCE_CODES as readonly string[]).includes(value);
}

export function isUnitCode(value: unknown): value is UnitCode {
  return typeof value === 'string' && UNITS.some((u) => u.code === value);
}

/** Who may read what: the access-policy decorators of the statistics controllers (libs/statistics/api). */
export const LAW_ENFORCEMENT_ROLES = ['statistician', 'police', 'auditor', 'admin'] as const satisfies readonly Role[];
export const COURT_TABLE_ROLES = ['statistician', 'prosecutor', 'judge', 'auditor', 'admin'] as const satisfies readonly Role[];
export const JUSTICE_ROLES = ['statistician', 'prosecutor', 'judge', 'police', 'auditor', 'admin'] as const satisfies readonly Role[];

export type StatisticsTab = 'law-enforcement' | 'prosecution' | 'investigating-judges' | 'trial' | 'justice-funnel' | 'court-durations';

export const TABS: readonly { tab: StatisticsTab; roles: readonly Role[] }[] = [
  { tab: 'law-enforcement', roles: LAW_ENFORCEMENT_ROLES },
  { tab: 'prosecution', roles: COURT_TABLE_ROLES },
  { tab: 'investigating-judges', roles: COURT_TABLE_ROLES },
  { tab: 'trial', roles: COURT_TABLE_ROLES },
  { tab: 'justice-funnel', roles: JUSTICE_ROLES },
  { tab: 'court-durations', roles: JUSTICE_ROLES },
];

export function tabsFor(role: Role): StatisticsTab[] {
  return TABS.filter((t) => t.roles.includes(role)).map((t) => t.tab);
}

/** The first year the API accepts (its `year` minimum). */
export const FIRST_YEAR = 2000;

/** This year in Cambodia (UTC+7), the last year the API accepts. */
export function currentYearInCambodia(now: Date = new Date()): number {
  return new Date(now.getTime() + 7 * 3600_000).getUTCFullYear();
}

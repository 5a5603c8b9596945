/*
 * Who may read which statistics table, and the years the API accepts: kept apart from the code
 * lists (reference.ts) because the routes load it before any statistics screen.
 */
import type { Role } from '../../auth/session';

/** Who may read what: the access-policy decorators of the statistics controllers (libs/statistics/api). */
export const LAW_ENFORCEMENT_ROLES = ['statistician', 'police', 'auditor', 'admin'] as const satisfies readonly Role[];
export const COURT_TABLE_ROLES = ['statistician', 'prosecutor', 'judge', 'auditor', 'admin'] as const satisfies readonly Role[];
export const JUSTICE_ROLES = ['statistician', 'prosecutor', 'judge', 'police', 'auditor', 'admin'] as const satisfies readonly Role[];
export const PROTECTION_STATISTICS_ROLES = ['statistician', 'social_worker', 'auditor', 'admin'] as const satisfies readonly Role[];

/** Intake (II.D.1): the roles the intake statistics routes allow (libs/statistics/api: intake). */
export const INTAKE_STATISTICS_ROLES = ['statistician', 'border_official', 'police', 'social_worker', 'auditor', 'admin'] as const satisfies readonly Role[];

export type StatisticsTab = 'law-enforcement' | 'prosecution' | 'investigating-judges' | 'trial' | 'justice-funnel' | 'court-durations' | 'protection' | 'intake';

export const TABS: readonly { tab: StatisticsTab; roles: readonly Role[] }[] = [
  { tab: 'law-enforcement', roles: LAW_ENFORCEMENT_ROLES },
  { tab: 'prosecution', roles: COURT_TABLE_ROLES },
  { tab: 'investigating-judges', roles: COURT_TABLE_ROLES },
  { tab: 'trial', roles: COURT_TABLE_ROLES },
  { tab: 'justice-funnel', roles: JUSTICE_ROLES },
  { tab: 'court-durations', roles: JUSTICE_ROLES },
  { tab: 'protection', roles: PROTECTION_STATISTICS_ROLES },
  { tab: 'intake', roles: INTAKE_STATISTICS_ROLES },
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

import { PROVINCES } from '@casetrail/kernel';

/**
 * Who does protection work (report II.D): the ministry (MoSVY), its capital/provincial departments
 * (DoSVY; Phnom Penh's is the municipal department, the report's "Municipal Department") and the
 * partner organisations under agreement with MoSVY. Codes are permanent; add, never rename. Each
 * organisation is also a reporting unit: a `partner_worker`'s token names theirs as `unit`, and
 * that is their scope (the cases referred to it).
 *
 * Partner names are the organisations the 2020 report names; `followUpScheduleMonths` is the
 * organisation's own schedule of follow-up visits after integration (reference data: the default
 * is `DEFAULT_FOLLOW_UP_SCHEDULE_MONTHS`). The schedule in force is copied onto the integration
 * event, so changing it here never changes what was due for past integrations.
 */
export type OrganisationKind = 'ministry' | 'municipal_department' | 'provincial_department' | 'partner_organisation';

export interface ProtectionOrganisation {
  code: string;
  name: string;
  kind: OrganisationKind;
  /** The province it works in; null for a national organisation. */
  province: string | null;
  /** Runs a shelter (residential care) a person can be admitted to. */
  runsShelter: boolean;
  followUpScheduleMonths?: readonly number[];
}

const PARTNERS: ReadonlyArray<readonly [string, string, boolean, (readonly number[])?]> = [
  ['chab-dai', 'Chab Dai Coalition', false],
  ['aple', 'Action pour les Enfants (APLE)', true],
  ['ijm', 'International Justice Mission (IJM)', false],
  ['hope-for-justice', 'Hope for Justice', true, [1, 3, 6, 12, 24]],
  ['love-without-boundary', 'Love Without Boundary', true],
  ['action-for-children', 'Action for Children', true],
  ['city-rescue', 'City Rescue and Care International', true],
  ['ponlok-thmey', 'Ponlok Thmey Organization', true],
  ['a21', 'A21 Foundation', true],
  ['aim', 'Agape International Missions (AIM)', true],
  ['cwcc', 'Cambodian Women’s Crisis Center (CWCC)', true, [1, 2, 3, 6, 9, 12]],
  ['samaritans-purse', 'Samaritan’s Purse', false],
  ['cpu', 'Child Protection Unit (CPU)', false],
];

export const PROTECTION_ORGANISATIONS: readonly ProtectionOrganisation[] = [
  { code: 'mosvy', name: 'Ministry of Social Affairs, Veterans and Youth Rehabilitation', kind: 'ministry', province: null, runsShelter: true },
  ...PROVINCES.map(
    (p): ProtectionOrganisation => ({
      code: `dosvy-${p.code}`,
      name: `${p.kind === 'capital' ? 'Municipal' : 'Provincial'} Department of Social Affairs, ${p.name}`,
      kind: p.kind === 'capital' ? 'municipal_department' : 'provincial_department',
      province: p.code,
      runsShelter: false,
    }),
  ),
  ...PARTNERS.map(
    ([code, name, runsShelter, schedule]): ProtectionOrganisation => ({
      code: `ngo-${code}`,
      name,
      kind: 'partner_organisation',
      province: null,
      runsShelter,
      ...(schedule ? { followUpScheduleMonths: schedule } : {}),
    }),
  ),
];

const BY_CODE = new Map(PROTECTION_ORGANISATIONS.map((o) => [o.code, o]));

export function isOrganisationCode(code: unknown): code is string {
  return typeof code === 'string' && BY_CODE.has(code);
}

export function organisationByCode(code: string): ProtectionOrganisation | undefined {
  return BY_CODE.get(code);
}

/** The department of social affairs of a province (`dosvy-<province>`). */
export function departmentOfProvince(province: string): string {
  return `dosvy-${province}`;
}

import { PROVINCES } from '@casetrail/kernel';

/** The kinds of unit that report law-enforcement results (report II.C.1.1). */
export const POLICE_UNIT_TYPES = [
  /** Department of Anti-Human Trafficking and Juvenile Protection, national police (national). */
  'ahtjp_department',
  /** Capital/provincial police commissariat (its AHTJP office). */
  'provincial_police',
  /** National gendarmerie ("Country Gendarmerie") and its provincial units. */
  'gendarmerie',
  /** Anti-Cyber Crime Department of the national police (national). */
  'anti_cyber_crime',
] as const;
export type PoliceUnitType = (typeof POLICE_UNIT_TYPES)[number];

export interface PoliceUnit {
  code: string;
  type: PoliceUnitType;
  /** Province the unit belongs to; null for a national unit, which may act in any province. */
  province: string | null;
  name: string;
}

/** The unit as events carry it. */
export interface PoliceUnitRef {
  code: string;
  type: PoliceUnitType;
}

const NATIONAL: PoliceUnit[] = [
  { code: 'ahtjp-national', type: 'ahtjp_department', province: null, name: 'Department of Anti-Human Trafficking and Juvenile Protection' },
  { code: 'anti-cyber-crime-national', type: 'anti_cyber_crime', province: null, name: 'Anti-Cyber Crime Department' },
  { code: 'gendarmerie-national', type: 'gendarmerie', province: null, name: 'National Gendarmerie' },
];

/** Unit codes are derived from the province slug, so they are as stable as the province codes. */
export const POLICE_UNITS: readonly PoliceUnit[] = [
  ...NATIONAL,
  ...PROVINCES.map((p) => ({
    code: `police-${p.code}`,
    type: 'provincial_police' as const,
    province: p.code,
    name: p.kind === 'capital' ? `${p.name} Municipal Police` : `${p.name} Provincial Police Commissariat`,
  })),
  ...PROVINCES.map((p) => ({
    code: `gendarmerie-${p.code}`,
    type: 'gendarmerie' as const,
    province: p.code,
    name: `${p.name} Gendarmerie`,
  })),
];

const BY_CODE = new Map(POLICE_UNITS.map((u) => [u.code, u]));

export function isPoliceUnitType(value: unknown): value is PoliceUnitType {
  return typeof value === 'string' && (POLICE_UNIT_TYPES as readonly string[]).includes(value);
}

export function policeUnitByCode(code: string): PoliceUnit | undefined {
  return BY_CODE.get(code);
}

/**
 * The units a unit may record cases for besides itself (reference data: unit code → unit codes).
 * A case counts in the statistics of the unit it is opened for, so per-unit figures are only as
 * trustworthy as this list: today no unit acts for another, not even a national department for
 * the provincial offices (which report their own cases). A delegation agreed between units is
 * added here, and nowhere else.
 */
export const POLICE_UNIT_DELEGATIONS: Readonly<Record<string, readonly string[]>> = {};

/**
 * Whether an officer of `actorUnit` (the token's unit, recorded as `actor.unit` on every event)
 * may record a case under `unitCode`: their own unit, or one it acts for. No unit, or one not in
 * the reference list, records for none.
 */
export function mayRecordForUnit(actorUnit: string | undefined, unitCode: string): boolean {
  if (actorUnit === undefined || !BY_CODE.has(actorUnit)) return false;
  return actorUnit === unitCode || (POLICE_UNIT_DELEGATIONS[actorUnit] ?? []).includes(unitCode);
}

/** True when the code names a known unit of the given type. */
export function isKnownPoliceUnit(ref: { code: unknown; type: unknown }): boolean {
  return typeof ref.code === 'string' && BY_CODE.get(ref.code)?.type === ref.type;
}

import { PROVINCES } from '@casetrail/kernel';
import { POLICE_UNITS } from '@casetrail/enforcement-contracts';
import type { operations } from '../../api/schema';

/*
 * The codes the statistics filters offer: the server's reference lists (kernel provinces, the
 * enforcement contracts' units), typed with the OpenAPI document's enums.
 */

type LawEnforcementQuery = operations['LawEnforcementStatisticsController_lawEnforcement']['parameters']['query'];
export type ProvinceCode = NonNullable<LawEnforcementQuery['province']>;
export type UnitCode = NonNullable<LawEnforcementQuery['unit']>;

export const PROVINCE_CODES: readonly ProvinceCode[] = PROVINCES.map((p) => p.code as ProvinceCode);

export interface UnitOption {
  code: UnitCode;
  /** Null for a national unit. */
  province: ProvinceCode | null;
  kind: 'national' | 'police' | 'gendarmerie';
}

/** The reporting units, as the server derives them: three national ones, then police and gendarmerie per province. */
export const UNITS: readonly UnitOption[] = POLICE_UNITS.map((u) => ({
  code: u.code as UnitCode,
  province: u.province as ProvinceCode | null,
  kind: u.province === null ? 'national' : u.type === 'gendarmerie' ? 'gendarmerie' : 'police',
}));

export function isProvinceCode(value: unknown): value is ProvinceCode {
  return typeof value === 'string' && (PROVINCE_CODES as readonly string[]).includes(value);
}

export function isUnitCode(value: unknown): value is UnitCode {
  return typeof value === 'string' && UNITS.some((u) => u.code === value);
}

import { PROVINCES } from '@casetrail/kernel';

/**
 * The Capital and Provincial Courts of First Instance: one per province, so a court is named by
 * its province and its code is derived from the province code (as stable as it).
 */
export interface Court {
  /** `court-<province code>`, e.g. `court-battambang`. */
  code: string;
  province: string;
  name: string;
}

export const COURT_CODE_PREFIX = 'court-';

export const COURTS: readonly Court[] = PROVINCES.map((p) => ({
  code: `${COURT_CODE_PREFIX}${p.code}`,
  province: p.code,
  name: p.kind === 'capital' ? `${p.name} Capital Court of First Instance` : `${p.name} Provincial Court of First Instance`,
}));

const BY_CODE = new Map(COURTS.map((c) => [c.code, c]));

export function isCourtCode(value: unknown): value is string {
  return typeof value === 'string' && BY_CODE.has(value);
}

export function courtByCode(code: string): Court | undefined {
  return BY_CODE.get(code);
}

/** The court of first instance of a province (every province has one). */
export function courtOfProvince(province: string): Court | undefined {
  return BY_CODE.get(`${COURT_CODE_PREFIX}${province}`);
}

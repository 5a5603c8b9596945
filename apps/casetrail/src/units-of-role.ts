import { POLICE_UNITS } from '@casetrail/enforcement-contracts';
import { COURTS } from '@casetrail/court-contracts';
import type { UnitsOfRole } from '@casetrail/local-accounts';
import type { ReportingUnit } from '@casetrail/platform-nest';

/** The courts as units (`court-<province>`), as the court context declares them. */
const COURT_UNITS: readonly ReportingUnit[] = COURTS.map((c) => ({ code: c.code, province: c.province }));

/**
 * The units each role may report for: police units, and the courts for prosecutors and judges
 * (optional for them). A role not listed has none, and the verifier would refuse a token naming
 * one. Read by the local accounts, `npm run token` and `npm run users`.
 */
export const UNITS_OF_ROLE: UnitsOfRole = { police: POLICE_UNITS, prosecutor: COURT_UNITS, judge: COURT_UNITS };

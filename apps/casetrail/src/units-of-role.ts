import { POLICE_UNITS } from '@casetrail/enforcement-contracts';
import { COURTS } from '@casetrail/court-contracts';
import { PROTECTION_ORGANISATIONS } from '@casetrail/protection-contracts';
import { INTAKE_UNITS } from '@casetrail/intake-contracts';
import type { UnitsOfRole } from '@casetrail/local-accounts';
import type { ReportingUnit } from '@casetrail/platform-nest';

/** The courts as units (`court-<province>`), as the court context declares them. */
const COURT_UNITS: readonly ReportingUnit[] = COURTS.map((c) => ({ code: c.code, province: c.province }));

const unitsOf = (kinds: readonly string[]): readonly ReportingUnit[] =>
  PROTECTION_ORGANISATIONS.filter((o) => kinds.includes(o.kind)).map((o) => ({ code: o.code, province: o.province }));

/** The partner organisations: a partner worker's unit is their scope (the cases referred to it). */
const PARTNER_UNITS = unitsOf(['partner_organisation']);
/** The departments of social affairs (and the ministry): optional for a social worker. */
const SOCIAL_AFFAIRS_UNITS = unitsOf(['ministry', 'municipal_department', 'provincial_department']);

/** The units that receive and screen returning people: optional for a border official. */
const INTAKE_RECEIVING_UNITS: readonly ReportingUnit[] = INTAKE_UNITS.map((u) => ({ code: u.code, province: u.province }));

/**
 * The units each role may report for: police units, the courts for prosecutors and judges
 * (optional for them), the departments of social affairs for social workers (optional), the
 * partner organisations for partner workers, the intake units for border officials (optional). A role not listed has none, and the verifier would
 * refuse a token naming one. Read by the local accounts, `npm run token` and `npm run users`.
 */
export const UNITS_OF_ROLE: UnitsOfRole = {
  police: POLICE_UNITS,
  prosecutor: COURT_UNITS,
  judge: COURT_UNITS,
  social_worker: SOCIAL_AFFAIRS_UNITS,
  partner_worker: PARTNER_UNITS,
  border_official: INTAKE_RECEIVING_UNITS,
};

import { INTAKE_PLACES, INTAKE_UNITS } from '@casetrail/intake-contracts';
import { NATIONALITIES, OFFENCES, PROVINCES } from '@casetrail/kernel';
import { POLICE_UNITS } from '@casetrail/enforcement-contracts';
import { PROTECTION_ORGANISATIONS } from '@casetrail/protection-contracts';

/*
 * Every code a body or a query of the intake API may name, from the reference data that defines
 * it: checked by the DTOs (shape), documented as enums; which of them fit together (an embassy's
 * country, a referral's organisation kind) is the decider's.
 */

/** Airports, checkpoints and embassies (`INTAKE_PLACES`). */
export const PLACE_CODES = INTAKE_PLACES.map((p) => p.code);
/** The units that receive and screen (`INTAKE_UNITS`). */
export const UNIT_CODES = INTAKE_UNITS.map((u) => u.code);
export const COUNTRY_CODES = NATIONALITIES.map((n) => n.code);
export const PROVINCE_CODES = PROVINCES.map((p) => p.code);
export const OFFENCE_CODES = OFFENCES.map((o) => o.code);
/** Law enforcement's units: where a person is referred to the police. */
export const POLICE_UNIT_CODES = POLICE_UNITS.map((u) => u.code);
/** Social affairs and the partner organisations: where a person is referred for protection. */
export const ORGANISATION_CODES = PROTECTION_ORGANISATIONS.map((o) => o.code);

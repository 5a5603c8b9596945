import { OFFENCES, PROVINCES, SEXES } from '@casetrail/kernel';
import { POLICE_UNITS } from '@casetrail/enforcement-contracts';
import { PROTECTION_ORGANISATIONS } from '@casetrail/protection-contracts';
import {
  BODY_BROUGHT_BY,
  BODY_CAUSES,
  INTAKE_PLACES,
  INTAKE_UNITS,
  OUTCOMES_WITH_EXPLOITATION,
  REFERRAL_DESTINATIONS,
  RETURNED_BY,
  RETURN_REASONS,
  SCREENING_OUTCOMES,
  UPLOAD_FORMATS,
  UPLOAD_KINDS,
  type IntakePlace,
  type IntakeUnit,
  type ScreeningOutcome,
} from '@casetrail/intake-contracts';
import { EXPLOITATION_TYPES } from '@casetrail/kernel';

export { cambodianLocalToIso, isoToCambodianLocal, todayInCambodia } from '../../i18n/cambodia-time';
export { COUNTRY_CODES } from '../protection/codes';

/*
 * The code lists the intake API accepts: the same reference libraries the server validates with
 * (kernel, intake contracts, enforcement's police units, protection's organisations). Only their
 * words live in the app (namespace `intake`).
 */

export {
  BODY_BROUGHT_BY,
  BODY_CAUSES,
  INTAKE_PLACES,
  INTAKE_UNITS,
  OUTCOMES_WITH_EXPLOITATION,
  REFERRAL_DESTINATIONS,
  RETURNED_BY,
  RETURN_REASONS,
  SCREENING_OUTCOMES,
  SEXES,
  UPLOAD_FORMATS,
  UPLOAD_KINDS,
};

export const PROVINCE_CODES: readonly string[] = PROVINCES.map((p) => p.code);
export const OFFENCE_CODES: readonly string[] = OFFENCES.map((o) => o.code);

/** The places a user of these provinces records at (an embassy belongs to Phnom Penh). */
export function placesFor(provinces: readonly string[] | '*'): IntakePlace[] {
  return INTAKE_PLACES.filter((p) => provinces === '*' || provinces.includes(p.province));
}

/** The receiving units a user of these provinces names: their provinces' units and the national ones. */
export function unitsFor(provinces: readonly string[] | '*'): IntakeUnit[] {
  return INTAKE_UNITS.filter((u) => u.province === null || provinces === '*' || provinces.includes(u.province));
}

export function placeOf(code: string | null | undefined): IntakePlace | undefined {
  return code ? INTAKE_PLACES.find((p) => p.code === code) : undefined;
}

/** The exploitation a screening may indicate with an outcome (the decider's rule): `at_risk` for a person at risk, any other form for a suspected victim, none otherwise. */
export function exploitationsFor(outcome: ScreeningOutcome | string | null | undefined): readonly string[] {
  if (outcome === 'person_at_risk') return ['at_risk'];
  if (outcome === 'suspected_victim') return EXPLOITATION_TYPES.filter((e) => e !== 'at_risk');
  return [];
}

export function outcomeIndicatesExploitation(outcome: string | null | undefined): boolean {
  return (OUTCOMES_WITH_EXPLOITATION as readonly string[]).includes(outcome ?? '');
}

/** Police units a person may be referred to (any: the referral goes where the case belongs). */
export const POLICE_UNIT_CODES: readonly string[] = POLICE_UNITS.map((u) => u.code);

/** Social affairs (the ministry, the departments) and the partners, as the referral takes them. */
export const SOCIAL_AFFAIRS = PROTECTION_ORGANISATIONS.filter((o) => o.kind === 'ministry' || o.kind === 'municipal_department' || o.kind === 'provincial_department');
export const PARTNERS = PROTECTION_ORGANISATIONS.filter((o) => o.kind === 'partner_organisation');

/** The destinations a screening outcome allows (a person not identified goes back to the family only). */
export function destinationsFor(outcome: string | null | undefined): readonly string[] {
  return outcome === 'not_identified' ? ['family'] : REFERRAL_DESTINATIONS;
}

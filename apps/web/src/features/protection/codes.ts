import { ENTRY_POINTS, EXPLOITATION_TYPES, NATIONALITIES, PROVINCES, SEXES } from '@casetrail/kernel';
import {
  CASE_CLOSURE_REASONS,
  CONSENT_GIVERS,
  FAMILY_ASSESSMENT_OUTCOMES,
  FOLLOW_UP_OUTCOMES,
  PROTECTION_ORGANISATIONS,
  RECEPTION_CHANNELS,
  SERVICE_KINDS,
  SHARING_PURPOSES,
  SHELTER_DEPARTURE_REASONS,
  type ProtectionOrganisation,
} from '@casetrail/protection-contracts';

export { cambodianLocalToIso, isoToCambodianLocal, todayInCambodia } from '../../i18n/cambodia-time';

/*
 * The code lists the protection API accepts: the same reference libraries the server validates
 * with (kernel, protection contracts). Only their words live in the app (namespace `protection`).
 */

export const PROVINCE_CODES: readonly string[] = PROVINCES.map((p) => p.code);
export const STAGES = ['open', 'integrated', 'closed'] as const;
/** Channels a social worker registers by hand: a police hand-over opens its case by itself. */
export const DIRECT_CHANNELS = RECEPTION_CHANNELS.filter((c) => c !== 'police_hand_over');
export const ENTRY_POINT_CODES: readonly string[] = ENTRY_POINTS.map((e) => e.code);
export {
  CASE_CLOSURE_REASONS,
  CONSENT_GIVERS,
  EXPLOITATION_TYPES,
  FAMILY_ASSESSMENT_OUTCOMES,
  FOLLOW_UP_OUTCOMES,
  RECEPTION_CHANNELS,
  SERVICE_KINDS,
  SEXES,
  SHARING_PURPOSES,
  SHELTER_DEPARTURE_REASONS,
};

/** Currencies offered first; the API takes any ISO 4217 code with a minor unit. */
export const CURRENCIES = ['USD', 'KHR', 'THB', 'VND'] as const;

/** Nationalities (and countries returned from) offered first; the others follow by their English name. */
export const FIRST_COUNTRIES = ['KHM', 'THA', 'VNM', 'LAO', 'MYS', 'CHN', 'MMR', 'IDN', 'KOR', 'XXA'] as const;
export const COUNTRY_CODES: readonly string[] = [...FIRST_COUNTRIES, ...NATIONALITIES.map((n) => n.code).filter((c) => !(FIRST_COUNTRIES as readonly string[]).includes(c))];

export const ORGANISATIONS: readonly ProtectionOrganisation[] = PROTECTION_ORGANISATIONS;
export const PARTNERS = ORGANISATIONS.filter((o) => o.kind === 'partner_organisation');
export const SHELTERS = ORGANISATIONS.filter((o) => o.runsShelter);

export function organisationOf(code: string | null | undefined): ProtectionOrganisation | undefined {
  return code ? ORGANISATIONS.find((o) => o.code === code) : undefined;
}

/** The organisations a worker of these provinces deals with: the ministry, their departments, every partner. */
export function organisationsFor(provinces: readonly string[] | '*'): ProtectionOrganisation[] {
  return ORGANISATIONS.filter((o) => o.province === null || provinces === '*' || provinces.includes(o.province));
}

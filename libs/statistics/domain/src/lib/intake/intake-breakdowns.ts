import { EXPLOITATION_TYPES, PROVINCES, nationalityName, provinceByCode } from '@casetrail/kernel';
import {
  BODY_BROUGHT_BY,
  BODY_CAUSES,
  INTAKE_PLACES,
  REFERRAL_DESTINATIONS,
  RETURNED_BY,
  RETURN_REASONS,
  SCREENING_OUTCOMES,
  intakePlaceByCode,
  intakeUnitByCode,
  type BodyBroughtBy,
  type BodyCause,
  type IntakeUnitKind,
  type ReferralDestination,
  type ReturnedBy,
  type ReturnReason,
  type ScreeningOutcome,
} from '@casetrail/intake-contracts';
import { EXPLOITATION_LABELS, NONE } from '../protection/protection-breakdowns';
import type { Breakdown } from '../protection/protection-table';

/*
 * The rows of the intake tables (report II.D.1): the code lists they break down by, with English
 * labels (the report's words where it has them). Closed lists show every code, zero rows
 * included; countries, units and the embassy table show those that occur.
 */

export const RETURNED_BY_LABELS: Record<ReturnedBy, string> = {
  foreign_authorities: 'Foreign authorities',
  embassy: 'Cambodian embassy',
  self: 'Returned on their own',
  family: 'Family',
  other: 'Other',
};

export const RETURN_REASON_LABELS: Record<ReturnReason, string> = {
  illegal_work: 'Illegal workers',
  illegal_border_crossing: 'Illegal border crossing',
  suspected_trafficking: 'Suspected trafficking and cheated by brokers',
  workload: 'Unable to cope with workload',
  other: 'Other',
};

export const INTAKE_UNIT_KINDS: readonly IntakeUnitKind[] = ['foreign_affairs', 'police_commissariat', 'border_liaison', 'social_affairs'];

export const INTAKE_UNIT_KIND_LABELS: Record<IntakeUnitKind, string> = {
  foreign_affairs: 'Ministry of Foreign Affairs (embassies)',
  police_commissariat: 'Capital and Provincial Police Commissariats',
  border_liaison: 'Cambodian-Thai Border Liaison Office',
  social_affairs: 'Social affairs (MoSVY and departments)',
};

export const SCREENING_OUTCOME_LABELS: Record<ScreeningOutcome, string> = {
  suspected_victim: 'Suspected victims of trafficking',
  person_at_risk: 'Persons at risk',
  not_identified: 'Not identified as victims',
};

export const REFERRAL_DESTINATION_LABELS: Record<ReferralDestination, string> = {
  police: 'Police',
  social_affairs: 'Social affairs',
  partner_organisation: 'Partner organisations',
  family: 'Family',
};

export const BODY_CAUSE_LABELS: Record<BodyCause, string> = { disease: 'Disease', accident: 'Accident', other: 'Other' };

export const BODY_BROUGHT_BY_LABELS: Record<BodyBroughtBy, string> = { foreign_authorities: 'Foreign authorities', family: 'Family', other: 'Other' };

const labelled =
  <C extends string>(labels: Record<C, string>) =>
  (code: string): string =>
    labels[code as C] ?? code;

export function intakePlaceLabel(code: string): string {
  return code === NONE ? 'Not screened' : (intakePlaceByCode(code)?.name ?? code);
}

/** Every airport, checkpoint and embassy, in the reference order. */
export function placeBreakdown<D extends string>(dimension: D): Breakdown<D> {
  return { dimension, codes: INTAKE_PLACES.map((p) => p.code), label: intakePlaceLabel };
}

export const RETURNED_BY_BREAKDOWN: Breakdown<'returned_by'> = { dimension: 'returned_by', codes: RETURNED_BY, label: labelled(RETURNED_BY_LABELS) };

export function unitKindBreakdown<D extends string>(dimension: D): Breakdown<D> {
  return { dimension, codes: INTAKE_UNIT_KINDS, label: labelled(INTAKE_UNIT_KIND_LABELS) };
}

/** The receiving units that occur, by code. */
export function unitBreakdown<D extends string>(dimension: D): Breakdown<D> {
  return { dimension, codes: [], label: (code) => intakeUnitByCode(code)?.name ?? code };
}

/** The countries that occur, by code. */
export function countryBreakdown<D extends string>(dimension: D): Breakdown<D> {
  return { dimension, codes: [], label: (code) => nationalityName(code) ?? code };
}

export const RETURN_REASON_BREAKDOWN: Breakdown<'reason'> = { dimension: 'reason', codes: RETURN_REASONS, label: labelled(RETURN_REASON_LABELS) };

/** The embassy table's row of a reception at an embassy: `<country>:<reason>` (`THA:illegal_work`). */
export function embassyRowCode(country: string, reason: ReturnReason): string {
  return `${country}:${reason}`;
}

/**
 * The report's table of the embassies' repatriations (II.D.1.1): destination country × motive of
 * returning, the pairs that occur by code; every reception elsewhere in the row `none`.
 */
export const EMBASSY_BREAKDOWN: Breakdown<'embassy_country_reason'> = {
  dimension: 'embassy_country_reason',
  codes: [],
  last: [NONE],
  label: (code) => {
    if (code === NONE) return 'Not repatriated through an embassy';
    const [country, reason] = code.split(':');
    return `${nationalityName(country) ?? country}: ${RETURN_REASON_LABELS[reason as ReturnReason] ?? reason}`;
  },
};

export const SCREENING_OUTCOME_BREAKDOWN: Breakdown<'outcome'> = { dimension: 'outcome', codes: SCREENING_OUTCOMES, label: labelled(SCREENING_OUTCOME_LABELS) };

export const SCREENING_EXPLOITATION_BREAKDOWN: Breakdown<'exploitation_type'> = {
  dimension: 'exploitation_type',
  codes: EXPLOITATION_TYPES,
  last: [NONE],
  label: (code) => (code === NONE ? 'None indicated' : labelled(EXPLOITATION_LABELS)(code)),
};

export const REFERRAL_DESTINATION_BREAKDOWN: Breakdown<'destination'> = { dimension: 'destination', codes: REFERRAL_DESTINATIONS, label: labelled(REFERRAL_DESTINATION_LABELS) };

export const BODY_CAUSE_BREAKDOWN: Breakdown<'cause'> = { dimension: 'cause', codes: BODY_CAUSES, label: labelled(BODY_CAUSE_LABELS) };

export const BODY_BROUGHT_BY_BREAKDOWN: Breakdown<'brought_by'> = { dimension: 'brought_by', codes: BODY_BROUGHT_BY, label: labelled(BODY_BROUGHT_BY_LABELS) };

/** One row per province covered: the province asked for, else the reader's, else every one, in reference order. */
export function provinceBreakdown(options: { province?: string; provinces?: readonly string[] }): Breakdown<'province'> {
  const codes = PROVINCES.map((p) => p.code).filter((code) =>
    options.province !== undefined ? code === options.province : options.provinces === undefined || options.provinces.includes(code),
  );
  return { dimension: 'province', codes, label: (code) => provinceByCode(code)?.name ?? code };
}

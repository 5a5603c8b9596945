import { ENTRY_POINTS, EXPLOITATION_TYPES, entryPointByCode, nationalityName, type AgeBand, type ExploitationType, type Sex } from '@casetrail/kernel';
import {
  FOLLOW_UP_OUTCOMES,
  RECEPTION_CHANNELS,
  organisationByCode,
  type FollowUpOutcome,
  type OrganisationKind,
  type ReceptionChannel,
} from '@casetrail/protection-contracts';
import { victimCell, type Figures, type VictimCell } from '../court/court-figures';
import type { Breakdown } from './protection-table';

/*
 * The rows of the II.D tables: the code lists they break down by, with English labels (the
 * report's words where it has them). Closed lists show every code, zero rows included; countries
 * and organisations show those that occur.
 */

/** The row of a fact whose breakdown has no value (no entry point, not returned from abroad). */
export const NONE = 'none';

export const CHANNEL_LABELS: Record<ReceptionChannel, string> = {
  police_hand_over: 'Handed over by the police',
  overseas_authorities: 'From overseas authorities',
  judicial_police: 'From judicial police',
  ngo_referral: 'Referred by an NGO',
  court: 'Sent by a court',
  self_referred: 'Self-referred',
  other: 'Other',
  border_screening: 'Screened at a border or an embassy',
};

export const EXPLOITATION_LABELS: Record<ExploitationType, string> = {
  labour: 'Labour exploitation',
  sexual: 'Sex trade',
  forced_marriage: 'Forced marriage',
  sexual_abuse: 'Sexual abuse',
  at_risk: 'Persons at risk',
  other: 'Other',
  forced_criminality: 'Forced criminality',
};

/**
 * Who sent, integrated or visited: the kind of organisation. The events name protection
 * organisations only (their validators refuse anything else); `other` would be a code no longer
 * in the reference list, shown as a row of its own after these.
 */
export const ORGANISATION_KINDS = ['ministry', 'municipal_department', 'provincial_department', 'partner_organisation'] as const;
export type OrganisationKindRow = OrganisationKind | 'other';

export const ORGANISATION_KIND_LABELS: Record<OrganisationKindRow, string> = {
  ministry: 'Ministry (MoSVY)',
  municipal_department: 'Municipal Department of Social Affairs',
  provincial_department: 'Provincial Departments of Social Affairs',
  partner_organisation: 'Partner organisations',
  other: 'Other',
};

export const FOLLOW_UP_OUTCOME_LABELS: Record<FollowUpOutcome, string> = {
  stable: 'Stable',
  needs_support: 'Needs support',
  at_risk: 'At risk',
  not_found: 'Not found',
  moved_away: 'Moved away',
};

/** The kind of an organisation code; `other` for a code that is not a protection organisation. */
export function organisationKindOf(code: string): OrganisationKindRow {
  const kind: OrganisationKind | undefined = organisationByCode(code)?.kind;
  return kind ?? 'other';
}

export function organisationLabel(code: string): string {
  return organisationByCode(code)?.name ?? code;
}

const labelled =
  <C extends string>(labels: Record<C, string>) =>
  (code: string): string =>
    labels[code as C] ?? code;

/**
 * The channels always shown: every one but `border_screening`, which came with the intake context
 * and shows (after the others) only once a case has it, so the tables of a log without intake
 * referrals stay as they were, byte for byte.
 */
const CHANNEL_ROWS = RECEPTION_CHANNELS.filter((c) => c !== 'border_screening');

export const CHANNEL_BREAKDOWN: Breakdown<'channel'> = { dimension: 'channel', codes: CHANNEL_ROWS, label: labelled(CHANNEL_LABELS) };

export const ENTRY_POINT_BREAKDOWN: Breakdown<'entry_point'> = {
  dimension: 'entry_point',
  codes: ENTRY_POINTS.map((e) => e.code),
  last: [NONE],
  label: (code) => (code === NONE ? 'No entry point' : (entryPointByCode(code)?.name ?? code)),
};

export const COUNTRY_BREAKDOWN: Breakdown<'country_returned_from'> = {
  dimension: 'country_returned_from',
  codes: [],
  last: [NONE],
  label: (code) => (code === NONE ? 'Not returned from abroad' : (nationalityName(code) ?? code)),
};

export function exploitationBreakdown(): Breakdown<'exploitation_type'> {
  return { dimension: 'exploitation_type', codes: EXPLOITATION_TYPES, label: labelled(EXPLOITATION_LABELS) };
}

export function organisationKindBreakdown<D extends string>(dimension: D): Breakdown<D> {
  return { dimension, codes: ORGANISATION_KINDS, label: labelled(ORGANISATION_KIND_LABELS) };
}

export const FOLLOW_UP_OUTCOME_BREAKDOWN: Breakdown<'outcome'> = { dimension: 'outcome', codes: FOLLOW_UP_OUTCOMES, label: labelled(FOLLOW_UP_OUTCOME_LABELS) };

/** A group of person columns (bands are always known in protection events): the total, then one per band and sex. */
export function personColumns<T extends string>(total: T) {
  return [total, `${total}AdultMale`, `${total}AdultFemale`, `${total}MinorMale`, `${total}MinorFemale`] as const;
}

/** One person in a group of person columns: the total and their cell (adult = 18 and over). */
export function onePerson<T extends string>(total: T, ageBand: AgeBand, sex: Sex): Partial<Figures<T | `${T}${VictimCell}`>> {
  return { [total]: 1, [`${total}${victimCell(ageBand, sex)}`]: 1 } as Partial<Figures<T | `${T}${VictimCell}`>>;
}

import { NONE } from '../protection/protection-breakdowns';
import {
  EMBASSY_BREAKDOWN,
  RETURNED_BY_BREAKDOWN,
  RETURN_REASON_BREAKDOWN,
  countryBreakdown,
  embassyRowCode,
  placeBreakdown,
  unitBreakdown,
  unitKindBreakdown,
} from './intake-breakdowns';
import { receptionCounts, type ReceptionFacts } from './intake-facts';
import { buildIntakeTable, type IntakeItem, type IntakeTable, type IntakeTableOptions } from './intake-table';

/** The figures of the receptions table (report II.D.1.1), in column order. Definitions: docs/statistics.md. */
export const RECEPTION_FIGURES = ['receptions', 'persons', 'men', 'women', 'boys', 'girls', 'females', 'minors'] as const;
export type ReceptionFigure = (typeof RECEPTION_FIGURES)[number];
export const RECEPTION_DIMENSIONS = ['place', 'returned_by', 'received_by_kind', 'received_by', 'country_returned_from', 'reason', 'embassy_country_reason'] as const;
export type ReceptionDimension = (typeof RECEPTION_DIMENSIONS)[number];
export type ReceptionsTable = IntakeTable<ReceptionFigure, ReceptionDimension>;

export interface ReceptionsTableOptions extends IntakeTableOptions {
  /** Only the receptions of this receiving unit (`INTAKE_UNITS` code). */
  receivedBy?: string;
}

const BREAKDOWNS = [
  placeBreakdown('place'),
  RETURNED_BY_BREAKDOWN,
  unitKindBreakdown('received_by_kind'),
  unitBreakdown('received_by'),
  countryBreakdown('country_returned_from'),
  RETURN_REASON_BREAKDOWN,
  EMBASSY_BREAKDOWN,
] as const;

/**
 * People received by a year (or month): one item per reception whose `receivedOn` is in it, with
 * its latest figures, in the place's province; a withdrawn reception counts nowhere. Broken down
 * by place, by who returned the people, by the kind of receiving unit and the unit, by country
 * returned from, by reason, and (the report's embassy table) by the destination country and the
 * motive of the embassies' repatriations.
 */
export function buildReceptionsTable(facts: readonly ReceptionFacts[], options: ReceptionsTableOptions): ReceptionsTable {
  const { receivedBy } = options;
  const selected = receivedBy === undefined ? facts : facts.filter((f) => f.receivedBy === receivedBy);
  return buildIntakeTable('receptions', RECEPTION_FIGURES, BREAKDOWNS, receptionItems, selected, options);
}

export function receptionItems(f: ReceptionFacts): IntakeItem<ReceptionFigure, ReceptionDimension>[] {
  if (!receptionCounts(f)) return [];
  const { men, women, boys, girls } = f.counts;
  return [
    {
      date: f.receivedOn,
      province: f.province,
      figures: { receptions: 1, persons: men + women + boys + girls, men, women, boys, girls, females: women + girls, minors: boys + girls },
      codes: {
        place: f.place,
        returned_by: f.returnedBy,
        received_by_kind: f.receivedByKind,
        received_by: f.receivedBy,
        country_returned_from: f.countryReturnedFrom,
        reason: f.reason,
        embassy_country_reason: f.placeKind === 'embassy' ? embassyRowCode(f.countryReturnedFrom, f.reason) : NONE,
      },
    },
  ];
}

import { BODY_BROUGHT_BY_BREAKDOWN, BODY_CAUSE_BREAKDOWN, countryBreakdown, placeBreakdown, unitBreakdown } from './intake-breakdowns';
import type { ReturnedBodyFacts } from './intake-facts';
import { buildIntakeTable, type IntakeItem, type IntakeTable, type IntakeTableOptions } from './intake-table';

/** The figures of the returned bodies table (report II.D.1.2), in column order. Definitions: docs/statistics.md. */
export const BODY_FIGURES = ['bodies', 'males', 'females'] as const;
export type BodyFigure = (typeof BODY_FIGURES)[number];
export const BODY_DIMENSIONS = ['place', 'cause', 'brought_by', 'received_by', 'country_of_death'] as const;
export type BodyDimension = (typeof BODY_DIMENSIONS)[number];
export type BodiesTable = IntakeTable<BodyFigure, BodyDimension>;

const BREAKDOWNS = [placeBreakdown('place'), BODY_CAUSE_BREAKDOWN, BODY_BROUGHT_BY_BREAKDOWN, unitBreakdown('received_by'), countryBreakdown('country_of_death')] as const;

/** Returned bodies received in the year (or month), by their latest figures, in the place's province, by sex. */
export function buildBodiesTable(facts: readonly ReturnedBodyFacts[], options: IntakeTableOptions): BodiesTable {
  return buildIntakeTable('bodies', BODY_FIGURES, BREAKDOWNS, bodyItems, facts, options);
}

export function bodyItems(f: ReturnedBodyFacts): IntakeItem<BodyFigure, BodyDimension>[] {
  return [
    {
      date: f.receivedOn,
      province: f.province,
      figures: { bodies: 1, [f.sex === 'F' ? 'females' : 'males']: 1 },
      codes: { place: f.place, cause: f.cause, brought_by: f.broughtBy, received_by: f.receivedBy, country_of_death: f.countryOfDeath },
    },
  ];
}

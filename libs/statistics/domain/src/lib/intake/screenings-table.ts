import { NONE, onePerson, personColumns } from '../protection/protection-breakdowns';
import { REFERRAL_DESTINATION_BREAKDOWN, SCREENING_EXPLOITATION_BREAKDOWN, SCREENING_OUTCOME_BREAKDOWN, placeBreakdown } from './intake-breakdowns';
import type { ScreenedPersonFacts } from './intake-facts';
import { buildIntakeTable, type IntakeItem, type IntakeTable, type IntakeTableOptions } from './intake-table';

/** The figures of the screenings table, in column order. Definitions: docs/statistics.md. */
export const SCREENING_FIGURES = [...personColumns('persons'), ...personColumns('referrals')] as const;
export type ScreeningFigure = (typeof SCREENING_FIGURES)[number];
export const SCREENING_DIMENSIONS = ['outcome', 'exploitation_type', 'place', 'destination'] as const;
export type ScreeningDimension = (typeof SCREENING_DIMENSIONS)[number];
export type ScreeningsTable = IntakeTable<ScreeningFigure, ScreeningDimension>;

const BREAKDOWNS = [SCREENING_OUTCOME_BREAKDOWN, SCREENING_EXPLOITATION_BREAKDOWN, placeBreakdown('place'), REFERRAL_DESTINATION_BREAKDOWN] as const;

/**
 * Persons screened (one per person, dated `screenedOn`) and referrals (one per referral, dated
 * `referredOn`), both in the screening's province, by sex and band at the screening. Outcome and
 * exploitation are the latest (a revision replaces them). The outcome, exploitation and place rows
 * count both; the destination rows count referrals only (a screened person has no destination).
 */
export function buildScreeningsTable(facts: readonly ScreenedPersonFacts[], options: IntakeTableOptions): ScreeningsTable {
  return buildIntakeTable('screenings', SCREENING_FIGURES, BREAKDOWNS, screeningItems, facts, options);
}

export function screeningItems(f: ScreenedPersonFacts): IntakeItem<ScreeningFigure, ScreeningDimension>[] {
  const codes = { outcome: f.outcome, exploitation_type: f.exploitationType ?? NONE, place: f.place };
  return [
    { date: f.screenedOn, province: f.province, figures: onePerson('persons', f.ageBand, f.sex), codes },
    ...f.referrals.map((r) => ({ date: r.referredOn, province: f.province, figures: onePerson('referrals', f.ageBand, f.sex), codes: { ...codes, destination: r.destination } })),
  ];
}

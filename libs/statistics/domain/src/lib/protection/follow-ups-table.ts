import { yearOf } from '@casetrail/kernel';
import type { ProtectionCaseFacts } from './protection-case-facts';
import { FOLLOW_UP_OUTCOME_BREAKDOWN, onePerson, organisationKindBreakdown, organisationKindOf, personColumns } from './protection-breakdowns';
import { buildProtectionTable, type ProtectionItem, type ProtectionTable, type ProtectionTableOptions } from './protection-table';

/** The figures of the follow-up table (report II.D.3), in column order. Definitions: docs/statistics.md. */
export const FOLLOW_UP_FIGURES = [...personColumns('persons'), 'visits'] as const;
export type FollowUpFigure = (typeof FOLLOW_UP_FIGURES)[number];
export const FOLLOW_UP_DIMENSIONS = ['outcome', 'visited_by'] as const;
export type FollowUpDimension = (typeof FOLLOW_UP_DIMENSIONS)[number];
export type FollowUpsTable = ProtectionTable<FollowUpFigure, FollowUpDimension>;

const BREAKDOWNS = [FOLLOW_UP_OUTCOME_BREAKDOWN, organisationKindBreakdown('visited_by')] as const;

/**
 * Follow-up visits after integration in a year (`visitedOn`): `visits` counts every visit;
 * `persons` counts each person once, by their first visit of the year, with the sex and band of
 * the integration the visit follows (a visit carries none). Province: that integration's.
 */
export function buildFollowUpsTable(facts: readonly ProtectionCaseFacts[], options: ProtectionTableOptions): FollowUpsTable {
  return buildProtectionTable('follow_ups', FOLLOW_UP_FIGURES, BREAKDOWNS, followUpItems, facts, options);
}

export function followUpItems(f: ProtectionCaseFacts, year: number): ProtectionItem<FollowUpFigure, FollowUpDimension>[] {
  const visits = f.integrations
    .flatMap((integration) => integration.visits.map((visit) => ({ integration, visit })))
    .filter(({ visit }) => yearOf(visit.visitedOn) === year)
    .sort((a, b) => a.visit.visitedOn.localeCompare(b.visit.visitedOn));
  return visits.map(({ integration, visit }, i) => ({
    province: integration.province,
    figures: { visits: 1, ...(i === 0 ? onePerson('persons', integration.ageBand, integration.sex) : {}) },
    codes: { outcome: visit.outcome, visited_by: organisationKindOf(visit.visitedBy) },
  }));
}

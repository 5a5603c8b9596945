import { PROVINCES } from '@casetrail/kernel';
import type { ReadModelStore } from '@casetrail/read-models';
import {
  buildCourtDurations,
  buildInvestigatingJudgesTable,
  buildJusticeFunnel,
  buildProsecutionTable,
  buildTrialTable,
  type CourtDurations,
  type CourtFileFacts,
  type CourtTable,
  type CourtTableKind,
  type JusticeFunnel,
  type PoliceCaseFacts,
} from '@casetrail/statistics-domain';
import { factsFilter } from '../law-enforcement/law-enforcement-table.query';
import { COURT_FILE_FACTS_COLLECTION } from '../projections/court-file-facts.projection';
import { POLICE_CASE_FACTS_COLLECTION } from '../projections/police-case-facts.projection';

export interface CourtStatisticsQuery {
  year: number;
  /** Province code; only that province. */
  province?: string;
  /**
   * The provinces the reader may see (`all` for national readers). Without `province`, the
   * figures cover these provinces only; a `province` outside them is the caller's to refuse.
   */
  provinces?: readonly string[] | 'all';
}

const BUILDERS: Record<CourtTableKind, (facts: readonly CourtFileFacts[], options: { year: number; province?: string }) => CourtTable<string>> = {
  prosecution: buildProsecutionTable,
  investigating_judges: buildInvestigatingJudgesTable,
  trial: buildTrialTable,
};

/**
 * A court table from the per-file facts in a read-model store. The store filters by the court's
 * province; the year is left to the table (it needs the year and the year before, and a file
 * counts in every year it spent at a stage).
 */
export async function courtTableFromReadModels(store: ReadModelStore, table: CourtTableKind, query: CourtStatisticsQuery): Promise<CourtTable<string>> {
  const facts = await store.find<CourtFileFacts>(COURT_FILE_FACTS_COLLECTION, factsFilter(query));
  return BUILDERS[table](facts.map((d) => d.data), { year: query.year, province: query.province });
}

/**
 * The justice funnel: the police cases forwarded in the year in the provinces covered (the police
 * case's province), and the court files opened from them (found by police case id, whatever the
 * court: the funnel follows the case).
 */
export async function justiceFunnelFromReadModels(store: ReadModelStore, query: CourtStatisticsQuery & { asOf: string }): Promise<JusticeFunnel> {
  const cases = (await store.find<PoliceCaseFacts>(POLICE_CASE_FACTS_COLLECTION, factsFilter(query))).map((d) => d.data);
  const cohort = cases.filter((c) => c.forwardedOn !== null && c.forwardedOn.startsWith(`${query.year}-`)).map((c) => c.caseId);
  const files = cohort.length === 0 ? [] : await store.find<CourtFileFacts>(COURT_FILE_FACTS_COLLECTION, { 'origin.policeCaseId': { $in: cohort } });
  return buildJusticeFunnel(cases, files.map((d) => d.data), { year: query.year, asOf: query.asOf, provinces: provincesCovered(query) });
}

/** The stage durations of the court files in the provinces covered (the court's province). */
export async function courtDurationsFromReadModels(store: ReadModelStore, query: CourtStatisticsQuery): Promise<CourtDurations> {
  const facts = await store.find<CourtFileFacts>(COURT_FILE_FACTS_COLLECTION, factsFilter(query));
  return buildCourtDurations(facts.map((d) => d.data), { year: query.year, provinces: provincesCovered(query) });
}

/** The rows of a per-province statistic: the province asked for, else the reader's, in reference order. */
export function provincesCovered(query: Omit<CourtStatisticsQuery, 'year'>): string[] {
  const allowed = query.provinces === undefined || query.provinces === 'all' ? null : query.provinces;
  if (query.province !== undefined) return allowed && !allowed.includes(query.province) ? [] : [query.province];
  return PROVINCES.map((p) => p.code).filter((code) => !allowed || allowed.includes(code));
}

import type { ReadModelFilter, ReadModelStore } from '@casetrail/read-models';
import {
  buildCompensationTable,
  buildFollowUpsTable,
  buildIntegrationDurations,
  buildIntegrationsTable,
  buildReceivedTable,
  buildShelterAdmissionsTable,
  type CompensationTable,
  type IntegrationDurations,
  type ProtectionCaseFacts,
  type ProtectionTable,
  type ProtectionTableKind,
  type ProtectionTableOptions,
} from '@casetrail/statistics-domain';
import { provincesCovered, type CourtStatisticsQuery } from '../court/court-statistics.query';
import { PROTECTION_CASE_FACTS_COLLECTION, protectionKey, type ProtectionCaseFactsDocument } from '../projections/protection-case-facts.projection';

/** The year, province and reader's provinces every protection statistic is asked for with (as the court's). */
export type ProtectionStatisticsQuery = CourtStatisticsQuery;

const BUILDERS: Record<ProtectionTableKind, (facts: readonly ProtectionCaseFacts[], options: ProtectionTableOptions) => ProtectionTable<string, string>> = {
  received: buildReceivedTable,
  shelter_admissions: buildShelterAdmissionsTable,
  integrations: buildIntegrationsTable,
  follow_ups: buildFollowUpsTable,
};

/**
 * The facts of the cases with a fact in the year or the year before (`tableYears`), and in the
 * province asked for (`tableProvinces`), each read once. A case counts in several provinces (its
 * opening's, its integration's), so the reader's other provinces are left to the tables, which
 * place each figure in its own province.
 */
export async function protectionFactsFromReadModels(store: ReadModelStore, query: ProtectionStatisticsQuery): Promise<ProtectionCaseFacts[]> {
  const allowed = allowedProvinces(query);
  if (query.province !== undefined && allowed && !allowed.includes(query.province)) return [];
  const filter: ReadModelFilter = query.province !== undefined ? { tableProvinces: { $contains: protectionKey(query.province) } } : {};
  const facts = new Map<string, ProtectionCaseFacts>();
  for (const year of [query.year, query.year - 1]) {
    const docs = await store.find<ProtectionCaseFactsDocument>(PROTECTION_CASE_FACTS_COLLECTION, { ...filter, tableYears: { $contains: protectionKey(year) } });
    for (const d of docs) if (!facts.has(d.id)) facts.set(d.id, d.data);
  }
  return [...facts.values()];
}

/** What a table covers: the province asked for, else the reader's provinces, else the whole country. */
export function tableOptionsOf(query: ProtectionStatisticsQuery): ProtectionTableOptions {
  const allowed = allowedProvinces(query);
  return { year: query.year, ...(query.province !== undefined ? { province: query.province } : {}), ...(allowed ? { provinces: allowed } : {}) };
}

export async function protectionTableFromReadModels(store: ReadModelStore, table: ProtectionTableKind, query: ProtectionStatisticsQuery): Promise<ProtectionTable<string, string>> {
  return BUILDERS[table](await protectionFactsFromReadModels(store, query), tableOptionsOf(query));
}

export async function compensationTableFromReadModels(store: ReadModelStore, query: ProtectionStatisticsQuery): Promise<CompensationTable> {
  return buildCompensationTable(await protectionFactsFromReadModels(store, query), tableOptionsOf(query));
}

/** Time from rescue (and from reception) to integration, one row per province covered, then pooled. */
export async function integrationDurationsFromReadModels(store: ReadModelStore, query: ProtectionStatisticsQuery): Promise<IntegrationDurations> {
  return buildIntegrationDurations(await protectionFactsFromReadModels(store, query), { year: query.year, provinces: provincesCovered(query) });
}

function allowedProvinces(query: ProtectionStatisticsQuery): readonly string[] | null {
  return query.provinces === undefined || query.provinces === 'all' ? null : query.provinces;
}

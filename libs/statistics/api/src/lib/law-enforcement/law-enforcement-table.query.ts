import type { ReadModelFilter, ReadModelStore } from '@casetrail/read-models';
import { buildLawEnforcementTable, type LawEnforcementTable, type PoliceCaseFacts } from '@casetrail/statistics-domain';
import { POLICE_CASE_FACTS_COLLECTION, tableYearKey, type PoliceCaseFactsDocument } from '../projections/police-case-facts.projection';

export interface LawEnforcementTableQuery {
  year: number;
  /** Province code; only cases handled there. */
  province?: string;
  /** Reporting unit code; only cases it opened. */
  unitCode?: string;
  /**
   * The provinces the reader may see (`all` for national readers). Without `province`, the table
   * covers these provinces only; a `province` outside them is the caller's to refuse.
   */
  provinces?: readonly string[] | 'all';
}

/**
 * The law-enforcement table from the per-case facts in a read-model store. The store filters by
 * province and unit, and by year: only the cases the table counts in the year or the year before
 * (`tableYears`; a case's victims and arrests may fall in other years than its opening), read
 * once each.
 */
export async function lawEnforcementTableFromReadModels(
  store: ReadModelStore,
  query: LawEnforcementTableQuery,
): Promise<LawEnforcementTable> {
  const filter = factsFilter(query);
  const facts = new Map<string, PoliceCaseFacts>();
  for (const year of [query.year, query.year - 1]) {
    const docs = await store.find<PoliceCaseFactsDocument>(POLICE_CASE_FACTS_COLLECTION, { ...filter, tableYears: { $contains: tableYearKey(year) } });
    for (const d of docs) if (!facts.has(d.id)) facts.set(d.id, d.data);
  }
  return buildLawEnforcementTable([...facts.values()], { year: query.year, province: query.province, unitCode: query.unitCode });
}

export function factsFilter(query: Omit<LawEnforcementTableQuery, 'year'>): ReadModelFilter {
  const filter: ReadModelFilter = {};
  const allowed = query.provinces === undefined || query.provinces === 'all' ? null : query.provinces;
  if (query.province !== undefined) {
    // Never a case from outside the reader's provinces, even if the caller forgot to refuse.
    filter['province'] = allowed && !allowed.includes(query.province) ? { $in: [] } : query.province;
  } else if (allowed) {
    filter['province'] = { $in: [...allowed] };
  }
  if (query.unitCode !== undefined) filter['unit.code'] = query.unitCode;
  return filter;
}

import type { CourtTable, LawEnforcementFigures, LawEnforcementTable } from '@casetrail/statistics-domain';
import { POLICE_CASE_FACTS_COLLECTION } from '@casetrail/statistics-api';
import { MongoReadModelStore } from '@casetrail/read-models-mongodb';
import type { ReadModelStore } from '@casetrail/read-models';

/** The law-enforcement table as the statistics service answers it over HTTP. */
export function fetchLawEnforcementTable(baseUrl: string, token: string, year: number): Promise<LawEnforcementTable> {
  return fetchTable<LawEnforcementTable>(baseUrl, token, `law-enforcement?year=${year}`);
}

/** A court table (`prosecution`, `investigating-judges`, `trial`) as the statistics service answers it over HTTP. */
export function fetchCourtTable(baseUrl: string, token: string, table: 'prosecution' | 'investigating-judges' | 'trial', year: number): Promise<CourtTable<string>> {
  return fetchTable<CourtTable<string>>(baseUrl, token, `${table}?year=${year}`);
}

/** The total row's figures of a court table for its year. */
export function courtTotals(table: CourtTable<string>): Record<string, number> {
  const total = table.rows.find((r) => r.level === 'total');
  if (!total) throw new Error(`the ${table.table} table has no total row`);
  return total.current;
}

async function fetchTable<T>(baseUrl: string, token: string, route: string): Promise<T> {
  const res = await fetch(`${baseUrl}/api/statistics/${route}`, {
    headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    signal: AbortSignal.timeout(5_000),
  });
  if (res.status !== 200) throw new Error(`GET ${route}: HTTP ${res.status} ${await res.text()}`);
  // Parsed here, not by fetch: objects from fetch belong to another realm than jest's (deep equality fails).
  return JSON.parse(await res.text()) as T;
}

export function nationalTotals(table: LawEnforcementTable): LawEnforcementFigures {
  const total = table.rows.find((r) => r.level === 'total');
  if (!total) throw new Error('the table has no total row');
  return total.current;
}

/** One per-case facts document, as compared across stores: id, data and the last revision applied. */
export interface FactsSnapshot {
  id: string;
  data: unknown;
  appliedRevision: number | null;
}

/** The per-case facts of a read-model store, sorted by id (JSON round trip: what a reader sees). */
export async function factsSnapshot(store: ReadModelStore): Promise<FactsSnapshot[]> {
  const docs = await store.find(POLICE_CASE_FACTS_COLLECTION);
  return docs
    .map((d) => ({ id: d.id, data: JSON.parse(JSON.stringify(d.data)) as unknown, appliedRevision: d.applied?.streamRevision ?? null }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The facts the statistics service wrote to its MongoDB database. */
export async function mongoFactsSnapshot(uri: string): Promise<FactsSnapshot[]> {
  const store = await MongoReadModelStore.connect(uri);
  try {
    return await factsSnapshot(store);
  } finally {
    await store.close();
  }
}

/** Every document of every collection of the database, as extended JSON text per collection. */
export async function mongoDatabaseDump(uri: string): Promise<Map<string, string>> {
  const store = await MongoReadModelStore.connect(uri);
  try {
    const db = store.connection.db!;
    const dump = new Map<string, string>();
    for (const { name } of await db.listCollections({}, { nameOnly: true }).toArray()) {
      dump.set(name, JSON.stringify(await db.collection(name).find({}).toArray()));
    }
    return dump;
  } finally {
    await store.close();
  }
}

import type { ReadModelFilter, ReadModelStore } from '@casetrail/read-models';
import {
  buildBodiesTable,
  buildPoliceReceptionsTable,
  buildReceptionsTable,
  buildReferralChainTable,
  buildScreeningYield,
  buildScreeningsTable,
  type IntakeTable,
  type IntakeTableKind,
  type IntakeTableOptions,
  type PoliceCaseFacts,
  type ProtectionCaseFacts,
  type ReceptionFacts,
  type ReturnedBodyFacts,
  type ScreenedPersonFacts,
  type ScreeningYield,
} from '@casetrail/statistics-domain';
import type { CourtStatisticsQuery } from '../court/court-statistics.query';
import {
  INTAKE_BODY_FACTS_COLLECTION,
  INTAKE_PERSON_FACTS_COLLECTION,
  INTAKE_RECEPTION_FACTS_COLLECTION,
  intakeYearKey,
  type ReceptionFactsDocument,
  type ReturnedBodyFactsDocument,
  type ScreenedPersonFactsDocument,
} from '../projections/intake-facts.projection';
import { POLICE_CASE_FACTS_COLLECTION, tableYearKey, type PoliceCaseFactsDocument } from '../projections/police-case-facts.projection';
import { PROTECTION_CASE_FACTS_COLLECTION, type ProtectionCaseFactsDocument } from '../projections/protection-case-facts.projection';

/** The year, optional month, province and reader's provinces every intake statistic is asked for with. */
export interface IntakeStatisticsQuery extends CourtStatisticsQuery {
  /** 1–12: one month of the year. */
  month?: number;
  /** The receptions table only: one receiving unit's receptions. */
  receivedBy?: string;
}

/** `$in` lists are sent in slices of this size (a store's query stays small whatever the year holds). */
const IN_SLICE = 500;

/** What a table covers: the period, the province asked for, else the reader's provinces, else the whole country. */
export function intakeTableOptionsOf(query: IntakeStatisticsQuery): IntakeTableOptions {
  const allowed = allowedProvinces(query);
  return {
    year: query.year,
    ...(query.month !== undefined ? { month: query.month } : {}),
    ...(query.province !== undefined ? { province: query.province } : {}),
    ...(allowed ? { provinces: allowed } : {}),
  };
}

/** A province outside the reader's provinces selects nothing (the service answers it as not found before). */
function outOfScope(query: IntakeStatisticsQuery): boolean {
  const allowed = allowedProvinces(query);
  return query.province !== undefined && allowed !== null && !allowed.includes(query.province);
}

function provinceFilter(query: IntakeStatisticsQuery): ReadModelFilter {
  return query.province !== undefined ? { province: query.province } : {};
}

/** The receptions of the year and the year before (their latest `receivedOn`), in the province asked for. */
export async function receptionFactsFromReadModels(store: ReadModelStore, query: IntakeStatisticsQuery): Promise<ReceptionFacts[]> {
  if (outOfScope(query)) return [];
  const docs = await store.find<ReceptionFactsDocument>(INTAKE_RECEPTION_FACTS_COLLECTION, { ...provinceFilter(query), receivedYear: { $in: [query.year, query.year - 1] } });
  return docs.map((d) => d.data);
}

/** The persons screened or referred in the year or the year before, in the province asked for, each read once. */
export async function screenedPersonFactsFromReadModels(store: ReadModelStore, query: IntakeStatisticsQuery): Promise<ScreenedPersonFacts[]> {
  if (outOfScope(query)) return [];
  const persons = new Map<string, ScreenedPersonFacts>();
  for (const year of [query.year, query.year - 1]) {
    const docs = await store.find<ScreenedPersonFactsDocument>(INTAKE_PERSON_FACTS_COLLECTION, { ...provinceFilter(query), tableYears: { $contains: intakeYearKey(year) } });
    for (const d of docs) if (!persons.has(d.id)) persons.set(d.id, d.data);
  }
  return [...persons.values()];
}

export async function bodyFactsFromReadModels(store: ReadModelStore, query: IntakeStatisticsQuery): Promise<ReturnedBodyFacts[]> {
  if (outOfScope(query)) return [];
  const docs = await store.find<ReturnedBodyFactsDocument>(INTAKE_BODY_FACTS_COLLECTION, { ...provinceFilter(query), receivedYear: { $in: [query.year, query.year - 1] } });
  return docs.map((d) => d.data);
}

export async function intakeTableFromReadModels(store: ReadModelStore, table: IntakeTableKind, query: IntakeStatisticsQuery): Promise<IntakeTable<string, string>> {
  const options = intakeTableOptionsOf(query);
  switch (table) {
    case 'receptions':
      return buildReceptionsTable(await receptionFactsFromReadModels(store, query), { ...options, ...(query.receivedBy !== undefined ? { receivedBy: query.receivedBy } : {}) });
    case 'police_receptions':
      return buildPoliceReceptionsTable(await receptionFactsFromReadModels(store, query), options);
    case 'screenings':
      return buildScreeningsTable(await screenedPersonFactsFromReadModels(store, query), options);
    case 'bodies':
      return buildBodiesTable(await bodyFactsFromReadModels(store, query), options);
    case 'referral_chain':
      return referralChainFromReadModels(store, query);
  }
}

export async function screeningYieldFromReadModels(store: ReadModelStore, query: IntakeStatisticsQuery): Promise<ScreeningYield> {
  const [receptions, screened] = await Promise.all([receptionFactsFromReadModels(store, query), screenedPersonFactsFromReadModels(store, query)]);
  return buildScreeningYield(receptions, screened, intakeTableOptionsOf(query));
}

/**
 * The referral chain reads across contexts: the persons referred in the year or the year before
 * (in the province asked for), every police case with a victim referred by intake (few: one per
 * police referral at most) and the protection cases of the persons referred to social affairs or
 * partners (by person id); then the police cases with a rescue in either year and the screened
 * persons among their victims (by id). Each record is read once; the table keeps what its
 * definitions count.
 */
export async function referralChainFromReadModels(store: ReadModelStore, query: IntakeStatisticsQuery): Promise<IntakeTable<string, string>> {
  const options = intakeTableOptionsOf(query);
  if (outOfScope(query)) return buildReferralChainTable({ screened: [], policeCases: [], protectionCases: [] }, options);
  const screened = new Map((await screenedPersonFactsFromReadModels(store, query)).map((p) => [p.personId, p]));
  const policeCases = new Map<string, PoliceCaseFacts>();
  for (const d of await store.find<PoliceCaseFactsDocument>(POLICE_CASE_FACTS_COLLECTION, { withReferredVictims: true })) policeCases.set(d.id, d.data);
  for (const year of [query.year, query.year - 1]) {
    const filter: ReadModelFilter = { ...provinceFilter(query), tableYears: { $contains: tableYearKey(year) } };
    for (const d of await store.find<PoliceCaseFactsDocument>(POLICE_CASE_FACTS_COLLECTION, filter)) if (!policeCases.has(d.id)) policeCases.set(d.id, d.data);
  }
  const referredToProtection = [...screened.values()].filter((p) => p.referrals.some((r) => r.destination === 'social_affairs' || r.destination === 'partner_organisation')).map((p) => p.personId);
  const protectionCases = await findByIds<ProtectionCaseFactsDocument>(store, PROTECTION_CASE_FACTS_COLLECTION, 'personId', referredToProtection);
  const rescued = [...new Set([...policeCases.values()].flatMap((c) => c.victims.map((v) => v.victimId)))].filter((id) => !screened.has(id));
  for (const p of await findByIds<ScreenedPersonFactsDocument>(store, INTAKE_PERSON_FACTS_COLLECTION, 'personId', rescued)) screened.set(p.personId, p);
  const byId = <T>(m: Map<string, T>) => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
  return buildReferralChainTable(
    { screened: byId(screened), policeCases: byId(policeCases), protectionCases: protectionCases as ProtectionCaseFacts[] },
    options,
  );
}

async function findByIds<T>(store: ReadModelStore, collection: string, field: string, ids: readonly string[]): Promise<T[]> {
  const found: T[] = [];
  for (let i = 0; i < ids.length; i += IN_SLICE) {
    const docs = await store.find<T>(collection, { [field]: { $in: ids.slice(i, i + IN_SLICE) } });
    found.push(...docs.map((d) => d.data));
  }
  return found;
}

function allowedProvinces(query: IntakeStatisticsQuery): readonly string[] | null {
  return query.provinces === undefined || query.provinces === 'all' ? null : query.provinces;
}

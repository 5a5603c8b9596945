import { EventTypeRegistry, RegistryEventStore, type EventStore, type RecordedEvent } from '@casetrail/event-sourcing';
import { SqliteEventStore } from '@casetrail/event-store-sqlite';
import { InMemoryReadModelStore } from '@casetrail/read-models';
import { auditContext } from '@casetrail/access-audit';
import { enforcementContext } from '@casetrail/enforcement-api';
import { privacyContext } from '@casetrail/personal-data';
import { processContexts } from '@casetrail/platform-nest';
import { lawEnforcementTableFromReadModels, rebuildStatisticsReadModels } from '@casetrail/statistics-api';
import type { LawEnforcementTable } from '@casetrail/statistics-domain';
import { factsSnapshot, type FactsSnapshot } from './statistics-readers';

/** Every event type the enforcement service's log can hold: those of the contexts it hosts. */
function enforcementLogTypes() {
  return processContexts([enforcementContext, privacyContext, auditContext]).eventTypes();
}

/** What the statistics must show: a rebuild from scratch of the enforcement service's whole log. */
export interface ExpectedStatistics {
  events: RecordedEvent[];
  table: LawEnforcementTable;
  facts: FactsSnapshot[];
}

/**
 * Opens the enforcement SQLite store beside the running service (WAL allows a second reader),
 * reads all of it, and rebuilds the statistics read models into a fresh in-memory store.
 */
export async function rebuildFromEnforcementLog(eventsFile: string, year: number): Promise<ExpectedStatistics> {
  const store = new RegistryEventStore(new SqliteEventStore({ filename: eventsFile }), new EventTypeRegistry().register(...enforcementLogTypes()));
  const readModels = new InMemoryReadModelStore();
  try {
    const events = await readWholeLog(store);
    await rebuildStatisticsReadModels(store, readModels);
    const table = JSON.parse(JSON.stringify(await lawEnforcementTableFromReadModels(readModels, { year }))) as LawEnforcementTable;
    return { events, table, facts: await factsSnapshot(readModels) };
  } finally {
    await readModels.close();
    await store.close();
  }
}

/** `readAll` returns one batch: page through the whole log. */
export async function readWholeLog(store: Pick<EventStore, 'readAll'>): Promise<RecordedEvent[]> {
  const all: RecordedEvent[] = [];
  for (;;) {
    const batch = await store.readAll({ after: all.at(-1)?.globalPosition ?? 0, maxCount: 1000 });
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

// Across contexts: law enforcement's decider writes a realistic log, statistics rebuilds from it.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventTypeRegistry, RegistryEventStore, handleCommand, type CommandMetadata } from '@casetrail/event-sourcing';
import { SqliteEventStore } from '@casetrail/event-store-sqlite';
import { enforcementEventTypes, policeCaseStreamId } from '@casetrail/enforcement-contracts';
import { policeCaseDecider } from '@casetrail/enforcement-domain';
import { sealPersonalData, type ClearPoliceCaseCommand } from '@casetrail/enforcement-api';
import { InMemoryPersonKeyStore, OpeningEventStore, PersonalDataCipher } from '@casetrail/personal-data';
import { InMemoryReadModelStore, ProjectionRunner, type ReadModelStore, type RebuildReport } from '@casetrail/read-models';
import { SqliteReadModelStore } from '@casetrail/read-models-sqlite';
import {
  POLICE_CASE_FACTS_COLLECTION,
  lawEnforcementTableFromReadModels,
  rebuildStatisticsReadModels,
  statisticsProjections,
} from '@casetrail/statistics-api';
import { PERSONAL_CANARY, syntheticPoliceCases } from './synthetic-police-cases.fixture';

const metadata: CommandMetadata = {
  actor: { userId: 'officer-1', role: 'police' },
  now: '2021-06-30T03:00:00.000Z',
};

async function factDocuments(store: ReadModelStore) {
  const docs = await store.find(POLICE_CASE_FACTS_COLLECTION);
  // Versions count writes, which depend on batching; what was applied and the data must not.
  return docs.map(({ id, data, applied }) => ({ id, data, applied }));
}

/** Byte for byte: key order and number spelling included, not only deep equality. */
const bytes = (value: unknown) => JSON.stringify(value);

describe('statistics rebuild (SQLite event store)', () => {
  let dir: string;
  let events: RegistryEventStore;
  const live = new InMemoryReadModelStore();
  const rebuilt = new InMemoryReadModelStore();
  let sqlite: SqliteReadModelStore;
  let sqliteLive: { facts: string; tables: string[] };
  let appended = 0;
  let report: RebuildReport;
  let sqliteReport: RebuildReport;
  const queries = [{ year: 2020 }, { year: 2020, province: 'battambang' }, { year: 2019 }];
  const tables = (store: ReadModelStore) => Promise.all(queries.map(async (q) => bytes(await lawEnforcementTableFromReadModels(store, q))));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'casetrail-statistics-rebuild-'));
    const registry = new EventTypeRegistry().register(...enforcementEventTypes);
    events = new RegistryEventStore(new SqliteEventStore({ filename: join(dir, 'events.sqlite') }), registry);
    // The embedded runtime's read models, on disk beside the events (the same dir, so the
    // personal-data check below reads this file too).
    sqlite = new SqliteReadModelStore({ filename: join(dir, 'read-models.sqlite') });

    // Live: runners follow the log while the cases are recorded, in small batches.
    const runners = [
      new ProjectionRunner(live, statisticsProjections, { batchSize: 7, pollIntervalMs: 20 }),
      new ProjectionRunner(sqlite, statisticsProjections, { batchSize: 5, pollIntervalMs: 20 }),
    ];
    const running = runners.map((runner) => runner.runLive(events));
    // As the enforcement service does: personal data sealed per person, streams read opened.
    const cipher = new PersonalDataCipher(new InMemoryPersonKeyStore());
    const commandSide = new OpeningEventStore(events, cipher);
    const cases = syntheticPoliceCases(48, metadata);
    // Interleave the cases' commands, as many officers would: batches mix streams.
    const longest = Math.max(...cases.map((c) => c.commands.length));
    for (let step = 0; step < longest; step += 1) {
      for (const c of cases) {
        const command = c.commands[step];
        if (!command) continue;
        const sealed = await sealPersonalData(command as unknown as ClearPoliceCaseCommand, cipher);
        const result = await handleCommand(commandSide, registry, policeCaseDecider, policeCaseStreamId(c.caseId), sealed, {
          correlationId: `synthetic-${c.caseId}`,
        });
        appended += result.events.length;
      }
    }
    for (const runner of runners) {
      await runner.waitForPosition(await events.headPosition(), 10_000);
      await runner.stop();
    }
    await Promise.all(running);

    report = await rebuildStatisticsReadModels(events, rebuilt);
    // What `npm run projections:rebuild` does to the runtime's file: drop and replay in place.
    sqliteLive = { facts: bytes(await factDocuments(sqlite)), tables: await tables(sqlite) };
    sqliteReport = await rebuildStatisticsReadModels(events, sqlite);
  });

  afterAll(async () => {
    await sqlite.close();
    await events.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('replays every event of the log, in memory and into SQLite', () => {
    expect(appended).toBeGreaterThan(150);
    expect(report.events).toBe(appended);
    expect(report.eventsPerSecond).toBeGreaterThan(0);
    expect(sqliteReport.events).toBe(appended);
  });

  it('gives the same fact documents as the live projection', async () => {
    const liveDocs = await factDocuments(live);
    expect(liveDocs).toHaveLength(48);
    expect(await factDocuments(rebuilt)).toEqual(liveDocs);
  });

  it('gives byte-identical fact documents in SQLite after a rebuild in place, equal to the in-memory ones', async () => {
    const rebuiltFacts = bytes(await factDocuments(sqlite));
    expect(JSON.parse(sqliteLive.facts)).toHaveLength(48);
    expect(rebuiltFacts).toBe(sqliteLive.facts);
    expect(rebuiltFacts).toBe(bytes(await factDocuments(live)));
  });

  it('gives byte-identical tables from SQLite after a rebuild in place, equal to the in-memory ones', async () => {
    const rebuiltTables = await tables(sqlite);
    expect(rebuiltTables).toEqual(sqliteLive.tables);
    expect(rebuiltTables).toEqual(await tables(live));
  });

  it.each([
    ['national', {}],
    ['Battambang', { province: 'battambang' }],
  ])('gives the same %s 2020 table as the live projection, with figures in it', async (_, filter) => {
    const query = { year: 2020, ...filter };
    const fromLive = await lawEnforcementTableFromReadModels(live, query);
    const fromRebuild = await lawEnforcementTableFromReadModels(rebuilt, query);
    expect(fromRebuild).toEqual(fromLive);
    const total = fromLive.rows.find((r) => r.level === 'total')!;
    // Not a comparison of two empty tables: both years have cases, victims and arrests.
    for (const year of [total.current, total.previous]) {
      expect(year.cases).toBeGreaterThan(0);
      expect(year.victims).toBeGreaterThan(0);
      expect(year.suspectsArrested).toBeGreaterThan(0);
    }
  });

  it('holds no personal data, and the event store holds names only sealed', async () => {
    expect(JSON.stringify(await rebuilt.find(POLICE_CASE_FACTS_COLLECTION))).not.toContain(PERSONAL_CANARY);
    expect(JSON.stringify(await rebuilt.find(POLICE_CASE_FACTS_COLLECTION))).not.toContain('birthDate');
    const stored = JSON.stringify(await events.readAll());
    expect(stored).toContain('A256GCM');
    expect(stored).not.toContain(PERSONAL_CANARY);
    expect(stored).not.toContain('birthDate');
    for (const file of readdirSync(dir)) expect(readFileSync(join(dir, file)).includes(PERSONAL_CANARY)).toBe(false);
  });
});

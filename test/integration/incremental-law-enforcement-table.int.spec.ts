// Across contexts: law enforcement's decider writes the log, the statistics projections follow it
// into SQLite, and the incremental tables (kept from the documents the runner writes) must equal
// the tables read from every document, through redeliveries, a rebuild in place and a restart.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventTypeRegistry, RegistryEventStore, handleCommand, type CommandMetadata } from '@casetrail/event-sourcing';
import { SqliteEventStore } from '@casetrail/event-store-sqlite';
import { enforcementEventTypes, policeCaseStreamId } from '@casetrail/enforcement-contracts';
import { policeCaseDecider } from '@casetrail/enforcement-domain';
import { sealPersonalData, type ClearPoliceCaseCommand } from '@casetrail/enforcement-api';
import { InMemoryPersonKeyStore, OpeningEventStore, PersonalDataCipher } from '@casetrail/personal-data';
import { ProjectionRunner, type ReadModelStore } from '@casetrail/read-models';
import { SqliteReadModelStore } from '@casetrail/read-models-sqlite';
import {
  IncrementalLawEnforcementTables,
  lawEnforcementTableFromReadModels,
  statisticsProjections,
  type LawEnforcementTableQuery,
} from '@casetrail/statistics-api';
import { syntheticPoliceCases } from './synthetic-police-cases.fixture';

const metadata: CommandMetadata = {
  actor: { userId: 'officer-1', role: 'police' },
  now: '2021-06-30T03:00:00.000Z',
};

const bytes = (value: unknown) => JSON.stringify(value);

const queries: LawEnforcementTableQuery[] = [2018, 2019, 2020, 2021, 2022].flatMap((year) => [
  { year },
  { year, province: 'battambang' },
  { year, province: 'kampot' },
  { year, unitCode: 'ahtjp-national' },
  { year, provinces: ['battambang', 'phnom-penh'] },
  { year, province: 'kampot', provinces: ['battambang'] },
]);

/** Every query answered both ways: incremental, and read from all documents. */
async function bothWays(tables: IncrementalLawEnforcementTables, store: ReadModelStore) {
  const incremental: string[] = [];
  const fromDocuments: string[] = [];
  for (const q of queries) {
    incremental.push(bytes(await tables.table(q)));
    fromDocuments.push(bytes(await lawEnforcementTableFromReadModels(store, q)));
  }
  return { incremental, fromDocuments };
}

describe('incremental law-enforcement tables (SQLite read models, live runner)', () => {
  let dir: string;
  let events: RegistryEventStore;
  let readModels: SqliteReadModelStore;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'casetrail-incremental-table-'));
    const registry = new EventTypeRegistry().register(...enforcementEventTypes);
    events = new RegistryEventStore(new SqliteEventStore({ filename: join(dir, 'events.sqlite') }), registry);
    readModels = new SqliteReadModelStore({ filename: join(dir, 'read-models.sqlite') });
  });

  afterAll(async () => {
    await readModels.close();
    await events.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('equals the table from every document after a stream of changes with redeliveries, a rebuild and a restart', async () => {
    const registry = new EventTypeRegistry().register(...enforcementEventTypes);
    // Tables is told of the runner's writes; the runner is created with it, as ProjectionHost does.
    const tables: IncrementalLawEnforcementTables = new IncrementalLawEnforcementTables(readModels, (work) => runner.whileIdle(work));
    const runner = new ProjectionRunner(readModels, statisticsProjections, { batchSize: 5, pollIntervalMs: 10, observer: tables });
    const running = runner.runLive(events);

    const cipher = new PersonalDataCipher(new InMemoryPersonKeyStore());
    const commandSide = new OpeningEventStore(events, cipher);
    const cases = syntheticPoliceCases(40, metadata);
    const longest = Math.max(...cases.map((c) => c.commands.length));
    const checks: Array<{ incremental: string[]; fromDocuments: string[] }> = [];
    for (let step = 0; step < longest; step += 1) {
      for (const c of cases) {
        const command = c.commands[step];
        if (!command) continue;
        const sealed = await sealPersonalData(command as unknown as ClearPoliceCaseCommand, cipher);
        await handleCommand(commandSide, registry, policeCaseDecider, policeCaseStreamId(c.caseId), sealed, { correlationId: `synthetic-${c.caseId}` });
      }
      await runner.waitForPosition(await events.headPosition(), 10_000);
      if (step === 1) {
        // Loaded in the middle of the stream, from the documents then stored.
        await tables.load();
        expect(tables.loaded).toBe(true);
      }
      if (step >= 1) {
        // Redeliveries: a stretch of the log applied again (the markers skip it), and the
        // documents' writes told again, some of them stale copies (what a load racing a write sees).
        const head = await events.headPosition();
        await runner.applyBatch(await events.readAll({ after: Math.max(0, head - 30), maxCount: 30 }));
        const docs = await readModels.find(statisticsProjections[0]!.collection);
        tables.written(statisticsProjections[0]!.collection, docs.map((d) => ({ id: d.id, version: d.version, data: d.data, deleted: false })));
        tables.written(statisticsProjections[0]!.collection, docs.map((d) => ({ id: d.id, version: d.version - 1, data: null, deleted: true })));
        checks.push(await bothWays(tables, readModels));
      }
      if (step === 2) {
        // A rebuild in place while followed, as `npm run projections:rebuild` would do it: the
        // collection dropped, then written from 0 in large batches (so versions start over lower).
        await runner.stop();
        await running;
        await new ProjectionRunner(readModels, statisticsProjections, { batchSize: 1000, observer: tables }).rebuild(events);
        void runner.runLive(events);
        checks.push(await bothWays(tables, readModels));
      }
    }
    await runner.waitForPosition(await events.headPosition(), 10_000);
    await runner.stop();
    checks.push(await bothWays(tables, readModels));

    // A restart: a fresh process loads the documents as stored.
    const restarted = new IncrementalLawEnforcementTables(readModels, (work) => work());
    checks.push({ incremental: (await bothWays(restarted, readModels)).incremental, fromDocuments: checks.at(-1)!.fromDocuments });

    expect(checks.length).toBeGreaterThan(4);
    for (const { incremental, fromDocuments } of checks) expect(incremental).toEqual(fromDocuments);
    // Not a comparison of empty tables: the final national 2020 table counts cases, victims and arrests.
    const total = (JSON.parse(checks.at(-1)!.incremental[queries.findIndex((q) => q.year === 2020)]!) as { rows: Array<{ level: string; current: Record<string, number> }> }).rows.find(
      (r) => r.level === 'total',
    )!;
    expect(total.current['cases']).toBeGreaterThan(0);
    expect(total.current['victims']).toBeGreaterThan(0);
    expect(total.current['suspectsArrested']).toBeGreaterThan(0);
  });
});

import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { EventTypeRegistry, RegistryEventStore, type EventStore, type RecordedEvent } from '@casetrail/event-sourcing';
import { InMemoryCheckpointStore } from '@casetrail/event-store-memory';
import { SqliteEventStore } from '@casetrail/event-store-sqlite';
import { EventPublisher, UpcastingMessageBus, timeout, topicForStream, topicOfEventType, type BusSubscription } from '@casetrail/messaging';
import { deleteTestRun, kafkaBrokers, KafkaBus, testRunPrefix } from '@casetrail/messaging-kafka';
import { processContexts } from '@casetrail/platform-nest';
import { CHECKPOINTS_COLLECTION, ProjectionRunner } from '@casetrail/read-models';
import { READ_MODEL_MIGRATIONS, SqliteReadModelStore } from '@casetrail/read-models-sqlite';
import Database from 'better-sqlite3';
import { openSqliteDatabase } from '@casetrail/platform-sqlite';
import { MongoReadModelStore } from '@casetrail/read-models-mongodb';
import { IncrementalLawEnforcementTables, lawEnforcementTableFromReadModels, statisticsProjections, type LawEnforcementTableQuery } from '@casetrail/statistics-api';
import { hostedContexts } from '../../apps/casetrail/src/contexts';
import { generateNationalDataset } from '../generate/national-dataset';
import type { BenchOptions, BenchRow, Benchmark } from './bench-row';
import { BENCH_MONGODB_URI, mongoServerName } from './synthetic-cases';

const SEED = 42;
const FROM_YEAR = 2016;
const MiB = 1024 * 1024;
/** The dataset the distributed row rebuilds (the read-model server is the slow part: see bus-projection). */
const DISTRIBUTED_EVENTS = 20_000;

interface Dataset {
  dir: string;
  events: number;
  generatedPerSecond?: number;
}

/**
 * The dataset of `events` events, generated once into a temp dir named by seed and size and
 * reused by later runs (a `dataset.json` is written last, so a half-written dir is redone).
 */
async function dataset(events: number): Promise<Dataset> {
  const dir = join(tmpdir(), `casetrail-national-${SEED}-${events}`);
  const marker = join(dir, 'dataset.json');
  if (existsSync(marker)) return { dir, events: (JSON.parse(readFileSync(marker, 'utf8')) as { events: number }).events };
  rmSync(dir, { recursive: true, force: true });
  const report = await generateNationalDataset({ dataDir: dir, events, seed: SEED, fromYear: FROM_YEAR });
  writeFileSync(marker, JSON.stringify({ seed: SEED, fromYear: FROM_YEAR, events: report.events, head: report.head }));
  return { dir, events: report.events, generatedPerSecond: report.eventsPerSecond };
}

function openStore(dir: string): { store: EventStore; registry: EventTypeRegistry } {
  const registry = new EventTypeRegistry().register(...processContexts(hostedContexts).eventTypes());
  const sqlite = new SqliteEventStore({ filename: join(dir, 'events.sqlite') });
  return { store: new RegistryEventStore(sqlite, registry), registry };
}

/**
 * Distributed mode's rebuild, end to end: the generated store published by the `EventPublisher`
 * to Kafka (topics of this run only) while the statistics projections consume it as the
 * statistics process does (`ProjectionHost` in bus mode: runs of a partition per write, through
 * the upcasting bus) into MongoDB / FerretDB (collections of this run only), timed from the
 * first publish to the last event applied. Beside it, the publish alone.
 */
async function distributedRebuild(data: Dataset): Promise<BenchRow[]> {
  const brokers = kafkaBrokers();
  const topicPrefix = testRunPrefix('bench-national');
  const { store, registry } = openStore(data.dir);
  const topics = [...new Set(statisticsProjections.flatMap((p) => p.handles.map(topicOfEventType)))];
  const kafka = new KafkaBus({ brokers, clientId: 'casetrail-bench-national', topicPrefix, topics });
  try {
    await kafka.connect();
  } catch (error) {
    await store.close();
    console.log(`SKIPPED: distributed rebuild row (${(error as Error).message}; npm run infra:up)`);
    return [];
  }
  let base: MongoReadModelStore | undefined;
  const readModels = await MongoReadModelStore.connect(BENCH_MONGODB_URI).then(
    (connected) => ((base = connected), new MongoReadModelStore(connected.connection, { collectionPrefix: `bench_${randomBytes(4).toString('hex')}_` })),
    () => undefined,
  );
  const subscriptions: BusSubscription[] = [];
  try {
    if (!readModels) {
      console.log(`SKIPPED: distributed rebuild row (no MongoDB server at ${BENCH_MONGODB_URI}; npm run infra:up)`);
      return [];
    }
    // What the consumer will be handed: every event of the topics the projections read.
    let expected = 0;
    for (let after = 0; ; ) {
      const page = await store.readAll({ after, maxCount: 1000 });
      if (page.length === 0) break;
      expected += page.filter((e) => topics.includes(topicForStream(e.streamId))).length;
      after = page[page.length - 1]!.globalPosition;
    }
    const bus = new UpcastingMessageBus(kafka, registry);
    const runner = new ProjectionRunner(readModels, statisticsProjections);
    let applied = 0;
    let finish!: () => void;
    const done = new Promise<void>((resolve) => (finish = resolve));
    const apply = async (events: readonly RecordedEvent[]) => {
      await runner.applyBatch(events);
      applied += events.length;
      if (applied >= expected) finish();
    };
    for (const topic of topics) {
      subscriptions.push(await bus.subscribe({ topic, subscriberId: 'statistics', handler: (event) => apply([event]), handleBatch: apply }));
    }
    const started = process.hrtime.bigint();
    const published = await new EventPublisher({ store, bus: kafka, checkpoints: new InMemoryCheckpointStore(), batchSize: 500 }).publishPending();
    const publishSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    // A guard, not a measurement: a consumer that applies nothing for 5 minutes (a run set aside
    // on the dead-letter topic never counts) ends the row with what it applied.
    let stalled = false;
    for (let seen = -1; applied < expected && applied !== seen; ) {
      seen = applied;
      const wait = timeout(5 * 60_000, 'stalled');
      await Promise.race([done, wait.promise]).catch(() => undefined);
      wait.cancel();
      stalled = applied < expected && applied === seen;
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return [
      {
        benchmark: 'distributed rebuild: SQLite → publisher → Kafka → statistics projections',
        setting: `${data.events.toLocaleString('en-US')}-event dataset, ${await mongoServerName(base!)}; raw = publish alone${stalled ? `; STALLED at ${applied}/${expected}` : ''}`,
        events: applied,
        eventsPerSecond: applied / seconds,
        baselineEventsPerSecond: published / publishSeconds,
      },
    ];
  } finally {
    await Promise.all(subscriptions.map((s) => s.close().catch(() => undefined)));
    if (readModels) {
      for (const p of statisticsProjections) await readModels.drop(p.collection).catch(() => undefined);
      await readModels.drop(CHECKPOINTS_COLLECTION).catch(() => undefined);
    }
    await base?.close();
    await kafka.close();
    await store.close();
    await deleteTestRun(brokers, topicPrefix).catch(() => undefined);
  }
}

/** The raw side of the rebuild: the same log read page by page through the same store, nothing applied. */
async function readAllRate(store: EventStore): Promise<{ events: number; perSecond: number }> {
  const start = process.hrtime.bigint();
  let events = 0;
  for (let after = 0; ; ) {
    const page = await store.readAll({ after, maxCount: 500 });
    if (page.length === 0) break;
    events += page.length;
    after = page[page.length - 1]!.globalPosition;
  }
  return { events, perSecond: events / (Number(process.hrtime.bigint() - start) / 1e9) };
}

/**
 * The floor of a rebuild into SQLite: the documents a rebuild left, inserted alone into a fresh
 * file of the same schema and settings (WAL, synchronous NORMAL, 64 MiB cache) with plain
 * better-sqlite3, 20,000 rows a transaction, in the order the rebuild wrote them — no log to read,
 * nothing to fold, no JSON to make. Only the inserts are timed (each chunk is read first).
 */
function insertDocumentsAlone(readModelsFile: string, scratch: string): { documents: number; seconds: number } {
  const source = new Database(readModelsFile, { readonly: true });
  // Opened as SqliteReadModelStore opens its file (WAL, NORMAL, 64 MiB cache), the schema by its migrations' SQL.
  const target = openSqliteDatabase({ filename: join(scratch, 'documents-alone.sqlite'), synchronous: 'NORMAL', cacheSizeMiB: 64 }, (db) => db);
  try {
    for (const migration of READ_MODEL_MIGRATIONS) target.exec(migration.sql);
    const columns = 'collection, id, version, deleted, data, applied_stream, applied_revision, applied_position';
    const chunk = source.prepare(`SELECT rowid, ${columns} FROM read_model_documents WHERE rowid > ? ORDER BY rowid LIMIT 20000`).raw(true);
    const insert = target.prepare(`INSERT INTO read_model_documents (${columns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (collection, id) DO NOTHING`);
    const insertAll = target.transaction((rows: unknown[][]) => {
      for (const row of rows) insert.run(...row.slice(1));
    });
    let documents = 0;
    let nanoseconds = 0n;
    for (let after = 0; ; ) {
      const rows = chunk.all(after) as unknown[][];
      if (rows.length === 0) break;
      const start = process.hrtime.bigint();
      insertAll(rows);
      nanoseconds += process.hrtime.bigint() - start;
      documents += rows.length;
      after = rows[rows.length - 1]![0] as number;
    }
    return { documents, seconds: Number(nanoseconds) / 1e9 };
  } finally {
    source.close();
    target.close();
  }
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Resident memory of a process, from /proc (Linux). */
function rssOf(pid: number): number | undefined {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts the embedded runtime (`npm start`'s entry point) on the data dir and times the start
 * to `/health/ready` answering 200; then reads the server's resident memory and stops it.
 */
async function startToReady(dir: string, port: number): Promise<{ seconds: number; rss: number | undefined }> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join('apps', 'casetrail', 'src', 'main.ts')], {
    env: {
      ...process.env,
      SWC_NODE_PROJECT: 'tsconfig.base.json',
      CASETRAIL_DATA_DIR: dir,
      CASETRAIL_PORT: String(port),
      CASETRAIL_HOST: '127.0.0.1',
      CASETRAIL_EVENT_STORE: 'sqlite',
      CASETRAIL_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const started = process.hrtime.bigint();
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`The app exited (${child.exitCode}) before ready: ${stderr}`);
      if (Number(process.hrtime.bigint() - started) / 1e9 > 600) throw new Error('The app was not ready within 600 s');
      const ok = await fetch(`http://127.0.0.1:${port}/health/ready`).then((r) => r.ok, () => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return { seconds, rss: rssOf(child.pid!) };
  } finally {
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

async function run(options: BenchOptions): Promise<BenchRow[]> {
  const rows = new ShownRows();
  await measure(options, rows);
  return [...rows];
}

/** Rows, each also printed as it is measured: a run of many minutes that fails late still shows what it measured. */
class ShownRows extends Array<BenchRow> {
  override push(...rows: BenchRow[]): number {
    for (const r of rows) console.log(`  measured: ${r.benchmark} (${r.setting}): ${r.unit ? `${r.eventsPerSecond.toFixed(1)} ${r.unit}` : `${Math.round(r.eventsPerSecond)} events/s`}${r.baselineEventsPerSecond ? `, raw ${Math.round(r.baselineEventsPerSecond)} events/s` : ''}`);
    return super.push(...rows);
  }
}

async function measure(options: BenchOptions, rows: BenchRow[]): Promise<void> {
  const size = options.scale ? 1_000_000 : options.quick ? 5_000 : 20_000;
  const data = await dataset(size);
  const label = `${data.events.toLocaleString('en-US')} events, ${FROM_YEAR}-`;
  if (data.generatedPerSecond !== undefined) {
    rows.push({ benchmark: 'generate (deciders → SQLite, NORMAL)', setting: label, events: data.events, eventsPerSecond: data.generatedPerSecond });
  }

  // (a) Every read model from scratch into SQLite, as the embedded runtime keeps them (a fresh
  // read-models file in a temp dir, not the dataset's), beside a bare readAll of the same store.
  const { store } = openStore(data.dir);
  const scratch = mkdtempSync(join(tmpdir(), 'casetrail-national-read-models-'));
  const readModels = new SqliteReadModelStore({ filename: join(scratch, 'read-models.sqlite') });
  try {
    const raw = await readAllRate(store);
    const projections = processContexts(hostedContexts).projections();
    const report = await new ProjectionRunner(readModels, projections).rebuild(store);
    const raw2 = await readAllRate(store);
    rows.push({
      benchmark: `rebuild all ${projections.length} read models (SQLite)`,
      setting: `${label}; raw = readAll only`,
      events: report.events,
      eventsPerSecond: report.eventsPerSecond,
      baselineEventsPerSecond: (raw.perSecond + raw2.perSecond) / 2,
    });
    rows.push({ benchmark: 'rss after rebuild (bench process)', setting: label, events: data.events, eventsPerSecond: process.memoryUsage().rss / MiB, unit: 'MiB' });
    // What the SQLite file alone allows: the rebuild cannot be faster than inserting its documents.
    const alone = insertDocumentsAlone(join(scratch, 'read-models.sqlite'), scratch);
    rows.push({
      benchmark: "rebuild's floor: its documents inserted alone (raw better-sqlite3; events/s if that were all)",
      setting: `${alone.documents.toLocaleString('en-US')} documents of ${label}; ${Math.round(alone.documents / alone.seconds).toLocaleString('en-US')} documents/s`,
      events: data.events,
      eventsPerSecond: data.events / alone.seconds,
    });

    // (c) The law-enforcement table as the embedded runtime answers it (kept incrementally from
    // the case documents, loaded once: the load is its own row), and as distributed mode does
    // (the documents of the two years read at each query).
    const years = Array.from({ length: 8 }, (_, i) => FROM_YEAR + 1 + i);
    const provinces = ['phnom-penh', 'siem-reap', 'banteay-meanchey', 'preah-sihanouk', 'battambang'];
    const tables = new IncrementalLawEnforcementTables(readModels, (work) => work());
    const loadStart = process.hrtime.bigint();
    await tables.load();
    rows.push({ benchmark: 'law-enforcement table: first load of the case facts', setting: label, events: data.events, eventsPerSecond: Number(process.hrtime.bigint() - loadStart) / 1e6, unit: 'ms' });
    const ways: ReadonlyArray<readonly [string, (q: LawEnforcementTableQuery) => Promise<unknown>, number]> = [
      ['', (q) => tables.table(q), 50],
      [' (read at each query, distributed mode)', (q) => lawEnforcementTableFromReadModels(readModels, q), 20],
    ];
    for (const [how, table, count] of ways) {
      for (const [what, queryOf] of [
        ['year', (i: number) => ({ year: years[i % years.length]! })],
        ['year + province', (i: number) => ({ year: years[i % years.length]!, province: provinces[i % provinces.length]! })],
      ] as const) {
        const times: number[] = [];
        await table(queryOf(0));
        for (let i = 0; i < count; i++) {
          const start = process.hrtime.bigint();
          await table(queryOf(i));
          times.push(Number(process.hrtime.bigint() - start) / 1e6);
        }
        times.sort((a, b) => a - b);
        for (const p of [50, 95]) {
          rows.push({ benchmark: `law-enforcement table, ${what}${how}: p${p}`, setting: `${label}; ${count} queries`, events: data.events, eventsPerSecond: percentile(times, p), unit: 'ms' });
        }
      }
    }
    rows.push({ benchmark: 'rss after queries (bench process)', setting: label, events: data.events, eventsPerSecond: process.memoryUsage().rss / MiB, unit: 'MiB' });
  } finally {
    await readModels.close();
    await store.close();
    rmSync(scratch, { recursive: true, force: true });
  }

  // (b) + (d) The real app on the data dir: first start (its read models removed, so it builds
  // them all from the log), then a restart (catches up from their checkpoints); the server's
  // memory once ready.
  for (const suffix of ['', '-wal', '-shm']) rmSync(join(data.dir, `read-models.sqlite${suffix}`), { force: true });
  const port = 3900 + Math.floor(Math.random() * 90);
  for (const which of ['start', 'restart']) {
    const { seconds, rss } = await startToReady(data.dir, port);
    rows.push({ benchmark: `${which} to ready (embedded app)`, setting: label, events: data.events, eventsPerSecond: seconds, unit: 's' });
    if (rss !== undefined) rows.push({ benchmark: `rss of the app at ready (${which})`, setting: label, events: data.events, eventsPerSecond: rss / MiB, unit: 'MiB' });
  }

  // Distributed mode: with --scale (FerretDB takes minutes) or --distributed-events N.
  if (options.scale || options.distributedEvents !== undefined) {
    rows.push(...(await distributedRebuild(await dataset(options.distributedEvents ?? DISTRIBUTED_EVENTS))));
  }
}

export const nationalScaleBenchmark: Benchmark = {
  name: 'national-scale',
  description:
    'A generated national dataset (tools/generate; 1,000,000 events with --scale, else 20,000, --quick 5,000; cached in the temp dir by seed and size): ' +
    'rebuild of every read model into SQLite against a bare readAll of the same store; the law-enforcement table (ms, targets p95 < 100), incremental as embedded and read per query as distributed; ' +
    'start/restart of the embedded app to /health/ready (s, target < 10) and resident memory (MiB, target < 1024); with --scale or --distributed-events N, the distributed rebuild through Kafka into the read-model server (20,000 events unless N).',
  run,
};

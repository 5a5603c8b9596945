import { forEachWithLimit, NO_STREAM, type RecordedEvent } from '@casetrail/event-sourcing';
import { InMemoryEventStore } from '@casetrail/event-store-memory';
import { ProjectionRunner } from '@casetrail/read-models';
import { MongoReadModelStore } from '@casetrail/read-models-mongodb';
import { randomBytes } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { BenchOptions, BenchRow, Benchmark } from './bench-row';
import { BENCH_MONGODB_URI, caseEvent, caseTally, EVENTS_PER_CASE, mongoServerName, type Tally } from './synthetic-cases';

/** MongoReadModelStore's defaults `maxOpsPerCommand` and `commandsInFlight`, used by both sides. */
const OPS_PER_COMMAND = 25;
const COMMANDS_IN_FLIGHT = 2;

/** Opens every case, then the later events round-robin across cases, as real traffic interleaves. */
async function fillLog(cases: number): Promise<InMemoryEventStore> {
  const events = new InMemoryEventStore();
  for (let c = 0; c < cases; c++) {
    await events.append(`case-${c}`, [caseEvent(c, 0)], NO_STREAM);
  }
  for (let step = 1; step < EVENTS_PER_CASE; step++) {
    for (let c = 0; c < cases; c++) await events.append(`case-${c}`, [caseEvent(c, step)], step - 1);
  }
  return events;
}

interface StoredDoc {
  _id: string;
  version: number;
  data: Tally;
  applied: { streamId: string; streamRevision: number; globalPosition: number };
}

/**
 * The documents the runner writes, batch by batch, folded in memory (untimed): what the raw side
 * writes, so both sides end with the same documents after the same number of writes.
 */
function plannedBatches(log: readonly RecordedEvent[], batchSize: number): StoredDoc[][] {
  const docs = new Map<string, StoredDoc>();
  const batches: StoredDoc[][] = [];
  for (let from = 0; from < log.length; from += batchSize) {
    const touched = new Map<string, StoredDoc>();
    for (const event of log.slice(from, from + batchSize)) {
      const previous = touched.get(event.streamId) ?? docs.get(event.streamId);
      const applied = { streamId: event.streamId, streamRevision: event.streamRevision, globalPosition: event.globalPosition };
      const version = touched.has(event.streamId) ? previous!.version : (previous?.version ?? 0) + 1;
      touched.set(event.streamId, { _id: event.streamId, version, data: caseTally.apply(previous?.data ?? null, event)!, applied });
    }
    for (const [id, doc] of touched) docs.set(id, doc);
    batches.push([...touched.values()]);
  }
  return batches;
}

interface Timed {
  events: number;
  ms: number;
}

async function runnerSide(store: MongoReadModelStore, events: InMemoryEventStore, batchSize: number, total: number): Promise<Timed> {
  const runner = new ProjectionRunner(store, [caseTally], { batchSize });
  const start = process.hrtime.bigint();
  const reached = await runner.catchUp(events);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (reached !== total) throw new Error(`runner reached ${reached}, expected ${total}`);
  return { events: total, ms };
}

/**
 * The same documents per batch as unordered bulkWrites: an insert for a document new in the batch,
 * a replace by `_id` for one that exists (the cheapest shape of each write on FerretDB 1.24, where an
 * upsert costs a lookup and a transaction per document and inserts share one); the driver alone, no
 * reads, no version check, no checkpoint. Split into commands of the adapter's size, as many at once
 * (FerretDB 1.24 deadlocks on 100+ update statements in one command).
 */
async function rawSide(store: MongoReadModelStore, name: string, batches: StoredDoc[][], total: number): Promise<Timed> {
  const collection = store.connection.db!.collection<StoredDoc>(name);
  const start = process.hrtime.bigint();
  for (const docs of batches) {
    const commands: StoredDoc[][] = [];
    for (let from = 0; from < docs.length; from += OPS_PER_COMMAND) commands.push(docs.slice(from, from + OPS_PER_COMMAND));
    await forEachWithLimit(commands, COMMANDS_IN_FLIGHT, (command) =>
      collection.bulkWrite(
        command.map((doc) =>
          doc.version === 1 ? { insertOne: { document: doc } } : { replaceOne: { filter: { _id: doc._id }, replacement: doc } },
        ),
        { ordered: false },
      ),
    );
  }
  return { events: total, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

/** Both sides must have written the same documents, or the comparison means nothing. */
async function checkSameDocuments(store: MongoReadModelStore, adapterName: string, rawName: string): Promise<number> {
  const db = store.connection.db!;
  const read = (name: string) => db.collection<StoredDoc>(name).find({}, { projection: { writeId: 0 }, sort: { _id: 1 } }).toArray();
  const [adapter, raw] = await Promise.all([read(adapterName), read(rawName)]);
  if (adapter.length === 0 || !isDeepStrictEqual(adapter, raw)) {
    throw new Error(`projection-writer: the runner wrote ${adapter.length} documents, the raw side ${raw.length}, and they differ`);
  }
  return adapter.length;
}


async function run(options: BenchOptions): Promise<BenchRow[]> {
  const dbName = `casetrail_bench_${randomBytes(4).toString('hex')}`;
  let store: MongoReadModelStore;
  try {
    store = await MongoReadModelStore.connect(BENCH_MONGODB_URI, { connectOptions: { dbName } });
  } catch {
    console.log(`SKIPPED: projection-writer benchmark (no MongoDB server at ${BENCH_MONGODB_URI}; npm run infra:up starts one)`);
    return [];
  }
  const cases = options.quick ? 100 : 500;
  const rounds = options.quick ? 1 : 2;
  const rows: BenchRow[] = [];
  try {
    const server = await mongoServerName(store);
    const events = await fillLog(cases);
    const log = await events.readAll({ maxCount: Number.MAX_SAFE_INTEGER });
    let prefixes = 0;
    for (const batchSize of [100, 500]) {
      const batches = plannedBatches(log, batchSize);
      const totals = { adapter: { events: 0, ms: 0 }, raw: { events: 0, ms: 0 } };
      // Alternating rounds on fresh collections, so a slow spell of the server falls on both sides.
      for (let round = 0; round < rounds; round++) {
        const adapterStore = new MongoReadModelStore(store.connection, { collectionPrefix: `a${++prefixes}_`, maxOpsPerCommand: OPS_PER_COMMAND, commandsInFlight: COMMANDS_IN_FLIGHT });
        const rawName = `raw${prefixes}_${caseTally.collection}`;
        const a = await runnerSide(adapterStore, events, batchSize, log.length);
        const r = await rawSide(store, rawName, batches, log.length);
        await checkSameDocuments(store, adapterStore.collectionName(caseTally.collection), rawName);
        for (const [total, side] of [[totals.adapter, a], [totals.raw, r]] as const) {
          total.events += side.events;
          total.ms += side.ms;
        }
      }
      rows.push({
        benchmark: `projection runner catch-up, ${batchSize}-event batches`,
        setting: `${cases.toLocaleString('en-US')} cases, ${server}`,
        events: totals.adapter.events,
        eventsPerSecond: (totals.adapter.events * 1000) / totals.adapter.ms,
        baselineEventsPerSecond: (totals.raw.events * 1000) / totals.raw.ms,
      });
    }
  } finally {
    await store.connection.dropDatabase().catch(() => undefined);
    await store.close();
  }
  return rows;
}

export const projectionWriterBenchmark: Benchmark = {
  name: 'projection-writer',
  description:
    'ProjectionRunner into MongoReadModelStore (getEntries of what it does not hold + conditional bulkWrite + checkpoint per batch) against raw ' +
    `driver bulkWrites of the same documents per batch, ${OPS_PER_COMMAND} ops per command, ${COMMANDS_IN_FLIGHT} at once, on both sides ` +
    '(raw: no reads, no version check, no checkpoint; the documents are checked equal after each round)',
  run,
};

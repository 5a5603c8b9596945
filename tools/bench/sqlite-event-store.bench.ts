import { NO_STREAM, type NewEvent } from '@casetrail/event-sourcing';
import { SqliteEventStore, migrateSqliteSchema } from '@casetrail/event-store-sqlite';
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchOptions, BenchRow, Benchmark } from './bench-row';

type Synchronous = 'FULL' | 'NORMAL';

const STREAMS = 10;
const PAGE = 1000;
// The raw baseline runs the adapter's own statements, without the adapter around them.
const INSERT_SQL = `INSERT INTO events (event_id, stream_id, stream_revision, type, schema_version, data, metadata, occurred_at, recorded_at)
  VALUES (@event_id, @stream_id, @stream_revision, @type, @schema_version, @data, @metadata, @occurred_at, @recorded_at)`;
const READ_ALL_SQL = `SELECT global_position, event_id, stream_id, stream_revision, type, schema_version, data, metadata,
  occurred_at, recorded_at FROM events WHERE global_position > ? ORDER BY global_position LIMIT ?`;

interface Budget {
  ms: number;
  maxEvents: number;
  warmupSteps: number;
}

function syntheticEvent(n: number): NewEvent {
  return {
    eventId: randomUUID(),
    type: 'bench.CaseNoteAdded',
    schemaVersion: 1,
    data: { n, note: 'synthetic benchmark event', tags: ['bench', 'sqlite'], count: n % 7 },
    actor: { userId: 'bench-user', role: 'police', unit: 'bench-unit', province: 'bench-province' },
    correlationId: randomUUID(),
    causationId: null,
    occurredAt: '2024-01-01T00:00:00.000Z',
  };
}

/** One side of a comparison: builds each step's input untimed, then the step is timed. */
interface Contender<T> {
  prepare(): T;
  /** Returns how many events it handled. */
  step(input: T): number | Promise<number>;
  close(): void | Promise<void>;
}

interface Measured {
  events: number;
  eventsPerSecond: number;
}

/**
 * Times the adapter and its baseline in alternating slices, so that a background load on a
 * shared machine (or a slow fsync spell) falls on both sides alike.
 */
async function compare<A, B>(budget: Budget, adapter: Contender<A>, raw: Contender<B>): Promise<[Measured, Measured]> {
  const slices = 5;
  const sides = [adapter, raw] as Contender<unknown>[];
  const totals = sides.map(() => ({ events: 0, ns: 0n }));
  try {
    for (const side of sides) for (let i = 0; i < budget.warmupSteps; i++) await side.step(side.prepare());
    for (let slice = 0; slice < slices; slice++) {
      for (const [i, side] of sides.entries()) {
        const total = totals[i]!;
        const sliceEnd = (BigInt(budget.ms) * 1_000_000n * BigInt(slice + 1)) / BigInt(slices);
        while (total.ns < sliceEnd && total.events < budget.maxEvents) {
          const input = side.prepare();
          const start = process.hrtime.bigint();
          total.events += await side.step(input);
          total.ns += process.hrtime.bigint() - start;
        }
      }
    }
  } finally {
    for (const side of sides) await side.close();
  }
  const [a, b] = totals.map((t) => ({ events: t.events, eventsPerSecond: t.events / (Number(t.ns) / 1e9) }));
  return [a!, b!];
}

function openRaw(filename: string, synchronous: Synchronous): Database.Database {
  const db = new Database(filename);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  migrateSqliteSchema(db);
  return db;
}

function rawParams(e: NewEvent, streamId: string, revision: number, recordedAt: string) {
  return {
    event_id: e.eventId,
    stream_id: streamId,
    stream_revision: revision,
    type: e.type,
    schema_version: e.schemaVersion,
    data: JSON.stringify(e.data),
    metadata: JSON.stringify({ actor: e.actor, correlationId: e.correlationId, causationId: e.causationId }),
    occurred_at: e.occurredAt,
    recorded_at: recordedAt,
  };
}

interface AppendInput {
  s: number;
  batch: NewEvent[];
}

function batches(batchSize: number): () => AppendInput {
  let n = 0;
  return () => ({ s: n % STREAMS, batch: Array.from({ length: batchSize }, () => syntheticEvent(n++)) });
}

/** Appends batches round-robin over a few streams, with exact expected revisions. */
function appendAdapter(filename: string, synchronous: Synchronous, batchSize: number): Contender<AppendInput> {
  const store = new SqliteEventStore({ filename, synchronous });
  const revisions = new Array<number>(STREAMS).fill(-1);
  return {
    prepare: batches(batchSize),
    async step({ s, batch }) {
      const current = revisions[s]!;
      const result = await store.append(`bench-${s}`, batch, current === -1 ? NO_STREAM : current);
      revisions[s] = result.nextExpectedRevision;
      return batch.length;
    },
    close: () => store.close(),
  };
}

/** The same appends as plain inserts, one IMMEDIATE transaction per batch. */
function appendRaw(filename: string, synchronous: Synchronous, batchSize: number): Contender<AppendInput> {
  const db = openRaw(filename, synchronous);
  const insert = db.prepare(INSERT_SQL);
  const revisions = new Array<number>(STREAMS).fill(-1);
  const write = db.transaction((s: number, batch: NewEvent[]) => {
    const recordedAt = new Date().toISOString();
    for (const e of batch) insert.run(rawParams(e, `bench-${s}`, ++revisions[s]!, recordedAt));
  });
  return {
    prepare: batches(batchSize),
    step({ s, batch }) {
      write.immediate(s, batch);
      return batch.length;
    },
    close: () => void db.close(),
  };
}

function fillLog(filename: string, count: number): void {
  const db = openRaw(filename, 'NORMAL');
  const insert = db.prepare(INSERT_SQL);
  const recordedAt = new Date().toISOString();
  const chunk = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) insert.run(rawParams(syntheticEvent(i), `bench-${i % STREAMS}`, Math.floor(i / STREAMS), recordedAt));
  });
  for (let from = 0; from < count; from += 10_000) chunk.immediate(from, Math.min(count, from + 10_000));
  db.close();
}

/** One step scans the whole log page by page. */
function readAllAdapter(filename: string): Contender<void> {
  const store = new SqliteEventStore({ filename });
  return {
    prepare: () => undefined,
    async step() {
      let read = 0;
      for (let after = 0; ; ) {
        const page = await store.readAll({ after, maxCount: PAGE });
        if (page.length === 0) return read;
        read += page.length;
        after = page[page.length - 1]!.globalPosition;
      }
    },
    close: () => store.close(),
  };
}

function readAllRaw(filename: string): Contender<void> {
  const db = openRaw(filename, 'FULL');
  const select = db.prepare(READ_ALL_SQL);
  return {
    prepare: () => undefined,
    step() {
      let read = 0;
      for (let after = 0; ; ) {
        const page = select.all(after, PAGE) as { global_position: number }[];
        if (page.length === 0) return read;
        read += page.length;
        after = page[page.length - 1]!.global_position;
      }
    },
    close: () => void db.close(),
  };
}

async function run(options: BenchOptions): Promise<BenchRow[]> {
  const budget: Budget = options.quick
    ? { ms: 300, maxEvents: 50_000, warmupSteps: 5 }
    : { ms: 2_500, maxEvents: 300_000, warmupSteps: 50 };
  const dir = mkdtempSync(join(tmpdir(), 'casetrail-bench-'));
  let files = 0;
  const freshFile = () => join(dir, `bench-${++files}.sqlite`);
  const rows: BenchRow[] = [];
  try {
    for (const batchSize of [1, 100]) {
      for (const synchronous of ['FULL', 'NORMAL'] as const) {
        const [adapter, raw] = await compare(
          budget,
          appendAdapter(freshFile(), synchronous, batchSize),
          appendRaw(freshFile(), synchronous, batchSize),
        );
        rows.push({
          benchmark: batchSize === 1 ? 'append, single events' : `append, ${batchSize}-event batches`,
          setting: `synchronous=${synchronous}`,
          events: adapter.events,
          eventsPerSecond: adapter.eventsPerSecond,
          baselineEventsPerSecond: raw.eventsPerSecond,
        });
      }
    }
    const log = freshFile();
    fillLog(log, options.quick ? 20_000 : 100_000);
    // A step is a whole scan, so one warm-up scan is enough and there is no event cap.
    const readBudget = { ...budget, maxEvents: Number.MAX_SAFE_INTEGER, warmupSteps: 1 };
    const [adapter, raw] = await compare(readBudget, readAllAdapter(log), readAllRaw(log));
    rows.push({
      benchmark: `readAll, pages of ${PAGE}`,
      setting: `log of ${(options.quick ? 20_000 : 100_000).toLocaleString('en-US')}`,
      events: adapter.events,
      eventsPerSecond: adapter.eventsPerSecond,
      baselineEventsPerSecond: raw.eventsPerSecond,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

export const sqliteEventStoreBenchmark: Benchmark = {
  name: 'sqlite-event-store',
  description:
    'SqliteEventStore (WAL) against plain better-sqlite3 running the same statements on the same schema ' +
    '(raw: no idempotency lookups, no revision check, no row mapping)',
  run,
};

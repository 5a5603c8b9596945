import { NO_STREAM, type RecordedEvent } from '@casetrail/event-sourcing';
import { InMemoryEventStore } from '@casetrail/event-store-memory';
import { ProjectionRunner, type ReadModelFilter, type FindOptions } from '@casetrail/read-models';
import { SqliteReadModelStore } from '@casetrail/read-models-sqlite';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchOptions, BenchRow, Benchmark } from './bench-row';
import { caseEvent, caseTally, EVENTS_PER_CASE, type Tally } from './synthetic-cases';

const BATCH_SIZE = 500;
const PROVINCES = 25;

/** Both sides on files of their own in one temp dir, WAL, synchronous=NORMAL (the store's default). */
function openRaw(filename: string): Database.Database {
  const db = new Database(filename);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`CREATE TABLE raw_docs (id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL,
    applied_stream TEXT, applied_revision INTEGER, applied_position INTEGER)`);
  return db;
}

async function fillLog(cases: number): Promise<InMemoryEventStore> {
  const events = new InMemoryEventStore();
  for (let c = 0; c < cases; c++) await events.append(`case-${c}`, [caseEvent(c, 0)], NO_STREAM);
  for (let step = 1; step < EVENTS_PER_CASE; step++) {
    for (let c = 0; c < cases; c++) await events.append(`case-${c}`, [caseEvent(c, step)], step - 1);
  }
  return events;
}

interface PlannedDoc {
  id: string;
  version: number;
  data: Tally;
  applied: { streamId: string; streamRevision: number; globalPosition: number };
}

/** What the runner writes per batch, folded in memory (untimed), for the raw side to write. */
function plannedBatches(log: readonly RecordedEvent[]): PlannedDoc[][] {
  const docs = new Map<string, PlannedDoc>();
  const batches: PlannedDoc[][] = [];
  for (let from = 0; from < log.length; from += BATCH_SIZE) {
    const touched = new Map<string, PlannedDoc>();
    for (const event of log.slice(from, from + BATCH_SIZE)) {
      const previous = touched.get(event.streamId) ?? docs.get(event.streamId);
      const version = touched.has(event.streamId) ? previous!.version : (previous?.version ?? 0) + 1;
      const applied = { streamId: event.streamId, streamRevision: event.streamRevision, globalPosition: event.globalPosition };
      touched.set(event.streamId, { id: event.streamId, version, data: caseTally.apply(previous?.data ?? null, event)!, applied });
    }
    for (const [id, doc] of touched) docs.set(id, doc);
    batches.push([...touched.values()]);
  }
  return batches;
}

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;

/**
 * Runner catch-up into the store vs one upsert transaction per batch of the same JSON, same file
 * settings; and the store's conditional `write` of the same planned documents alone (no runner,
 * no log reading, no checkpoint), which isolates the adapter.
 */
async function projectionWrites(dir: string, cases: number, rounds: number): Promise<BenchRow[]> {
  const source = await fillLog(cases);
  const log = await source.readAll({ maxCount: Number.MAX_SAFE_INTEGER });
  const batches = plannedBatches(log);
  const totals = { adapter: 0, raw: 0, writes: 0 };
  const ops = batches.map((docs) => docs.map((d) => ({ id: d.id, expectedVersion: d.version === 1 ? null : d.version - 1, data: d.data, applied: d.applied })));
  for (let round = 0; round < rounds; round++) {
    const store = new SqliteReadModelStore({ filename: join(dir, `writes-${round}.sqlite`) });
    const direct = new SqliteReadModelStore({ filename: join(dir, `writes-direct-${round}.sqlite`) });
    const raw = openRaw(join(dir, `writes-raw-${round}.sqlite`));
    const upsert = raw.prepare(`INSERT INTO raw_docs (id, version, data, applied_stream, applied_revision, applied_position)
      VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET version = excluded.version, data = excluded.data,
      applied_stream = excluded.applied_stream, applied_revision = excluded.applied_revision, applied_position = excluded.applied_position`);
    const writeBatch = raw.transaction((docs: PlannedDoc[]) => {
      for (const d of docs) upsert.run(d.id, d.version, JSON.stringify(d.data), d.applied.streamId, d.applied.streamRevision, d.applied.globalPosition);
    });
    const sides: Array<[keyof typeof totals, () => Promise<void>]> = [
      [
        'adapter',
        async () => {
          const reached = await new ProjectionRunner(store, [caseTally], { batchSize: BATCH_SIZE }).catchUp(source);
          if (reached !== log.length) throw new Error(`runner reached ${reached}, expected ${log.length}`);
        },
      ],
      [
        'writes',
        async () => {
          for (const batch of ops) {
            if ((await direct.write(caseTally.collection, batch)).conflicts.length > 0) throw new Error('sqlite-read-models: unexpected conflicts');
          }
        },
      ],
      ['raw', async () => batches.forEach((docs) => writeBatch.immediate(docs))],
    ];
    // A different side first in each round, so a slow spell of the machine falls on all of them.
    for (let i = 0; i < sides.length; i++) {
      const [name, side] = sides[(i + round) % sides.length]!;
      const start = process.hrtime.bigint();
      await side();
      totals[name] += seconds(start);
    }

    // All sides must hold the same documents, or the comparison means nothing.
    const rawDocs = raw.prepare('SELECT id, version, data FROM raw_docs ORDER BY id').all() as Array<{ id: string; version: number; data: string }>;
    for (const written of [store, direct]) {
      const ours = await written.find<Tally>(caseTally.collection);
      const same = ours.length === rawDocs.length && ours.every((d, i) => rawDocs[i]!.id === d.id && rawDocs[i]!.version === d.version && rawDocs[i]!.data === JSON.stringify(d.data));
      if (ours.length === 0 || !same) throw new Error('sqlite-read-models: the adapter and the raw side wrote different documents');
    }
    raw.close();
    await direct.close();
    await store.close();
  }
  const setting = `${cases.toLocaleString('en-US')} cases, NORMAL`;
  const events = log.length * rounds;
  return [
    {
      benchmark: `projection runner catch-up into SqliteReadModelStore, ${BATCH_SIZE}-event batches`,
      setting,
      events,
      eventsPerSecond: events / totals.adapter,
      baselineEventsPerSecond: events / totals.raw,
    },
    {
      benchmark: `SqliteReadModelStore.write of the same documents per batch (adapter alone)`,
      setting,
      events,
      eventsPerSecond: events / totals.writes,
      baselineEventsPerSecond: events / totals.raw,
    },
  ];
}

/** A statistics fact of realistic size (about 600 bytes of JSON): nested place, lists, counts. */
function factDocument(i: number) {
  return {
    caseId: `case-${i}`,
    reference: `BTB/${2015 + (i % 10)}/${String(i).padStart(6, '0')}`,
    referenceSearch: `btb/${2015 + (i % 10)}/${String(i).padStart(6, '0')}`,
    year: 2015 + (i % 10),
    openedOn: `${2015 + (i % 10)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    province: `province-${i % PROVINCES}`,
    place: { province: `province-${i % PROVINCES}`, district: `district-${i % 197}`, commune: `commune-${i % 1652}` },
    principalOffence: ['trafficking', 'sexual-exploitation', 'forced-labour', 'sale-of-children'][i % 4],
    offences: ['art-10', 'art-15', 'art-28'].slice(0, (i % 3) + 1),
    victims: { total: i % 7, minors: i % 3, female: i % 5, foreign: i % 2 },
    suspects: { total: (i % 4) + 1, arrested: i % 4, foreignNationalities: i % 9 === 0 ? ['TH', 'VN'] : [] },
    stage: ['investigation', 'forwarded', 'closed'][i % 3],
    forwardedToProsecutor: i % 3 !== 0,
    unit: `unit-${i % 40}`,
  };
}

interface FindShape {
  label: string;
  filter?: ReadModelFilter;
  options?: FindOptions;
  rawSql: string;
  rawParams: unknown[];
}

/** find over a large collection vs the plainest raw query returning the same rows, JSON.parse included. */
async function findRows(dir: string, size: number, repeats: number): Promise<BenchRow[]> {
  const store = new SqliteReadModelStore({ filename: join(dir, 'find.sqlite') });
  const raw = openRaw(join(dir, 'find-raw.sqlite'));
  const collection = 'facts';
  const insertRaw = raw.prepare('INSERT INTO raw_docs (id, version, data, applied_stream, applied_revision, applied_position) VALUES (?, 1, ?, ?, 0, ?)');
  const fillRaw = raw.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) insertRaw.run(`case-${String(i).padStart(7, '0')}`, JSON.stringify(factDocument(i)), `case-${i}`, i + 1);
  });
  for (let from = 0; from < size; from += 1000) {
    const to = Math.min(size, from + 1000);
    const ops = [];
    for (let i = from; i < to; i++) {
      ops.push({ id: `case-${String(i).padStart(7, '0')}`, expectedVersion: null, data: factDocument(i), applied: { streamId: `case-${i}`, streamRevision: 0, globalPosition: i + 1 } });
    }
    await store.write(collection, ops);
    fillRaw(from, to);
  }
  const rawSelect = 'SELECT id, version, data, applied_stream, applied_revision, applied_position FROM raw_docs';
  const shapes: FindShape[] = [
    { label: 'whole collection', rawSql: `${rawSelect} ORDER BY id`, rawParams: [] },
    {
      label: 'one province and year (1/50)',
      filter: { 'place.province': 'province-3', year: 2018 },
      rawSql: `${rawSelect} WHERE json_extract(data, '$.place.province') = ? AND json_extract(data, '$.year') = ? ORDER BY id`,
      rawParams: ['province-3', 2018],
    },
    {
      label: 'a list page: sort by openedOn, 20 rows',
      options: { sort: { openedOn: -1 }, skip: 40, limit: 20 },
      rawSql: `${rawSelect} ORDER BY json_extract(data, '$.openedOn') DESC, id LIMIT 20 OFFSET 40`,
      rawParams: [],
    },
  ];
  const rows: BenchRow[] = [];
  try {
    for (const shape of shapes) {
      const statement = raw.prepare(shape.rawSql);
      const rawFind = () =>
        (statement.all(...shape.rawParams) as Array<Record<string, string | number>>).map((r) => ({
          id: r['id'],
          version: r['version'],
          data: JSON.parse(r['data'] as string) as unknown,
          applied: { streamId: r['applied_stream'], streamRevision: r['applied_revision'], globalPosition: r['applied_position'] },
        }));
      const ours = await store.find(collection, shape.filter, shape.options);
      if (ours.length === 0 || JSON.stringify(ours) !== JSON.stringify(rawFind())) throw new Error(`sqlite-read-models: find "${shape.label}" differs from the raw query`);
      const totals = { adapter: 0, raw: 0 };
      // Alternating, so a slow spell of the machine falls on both sides.
      for (let r = 0; r < repeats; r++) {
        let start = process.hrtime.bigint();
        await store.find(collection, shape.filter, shape.options);
        totals.adapter += seconds(start);
        start = process.hrtime.bigint();
        rawFind();
        totals.raw += seconds(start);
      }
      rows.push({
        benchmark: `find, ${shape.label} (documents scanned/s; ${((totals.adapter * 1000) / repeats).toFixed(1)} ms a query)`,
        setting: `${size.toLocaleString('en-US')} facts, ${ours.length.toLocaleString('en-US')} answered`,
        events: size * repeats,
        eventsPerSecond: (size * repeats) / totals.adapter,
        baselineEventsPerSecond: (size * repeats) / totals.raw,
      });
    }
  } finally {
    raw.close();
    await store.close();
  }
  return rows;
}

async function run(options: BenchOptions): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'casetrail-bench-rm-sqlite-'));
  try {
    const writes = await projectionWrites(dir, options.quick ? 200 : 4000, options.quick ? 1 : 6);
    return [...writes, ...(await findRows(dir, options.quick ? 5000 : 50_000, options.quick ? 3 : 10))];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const sqliteReadModelsBenchmark: Benchmark = {
  name: 'sqlite-read-models',
  description:
    'ProjectionRunner into SqliteReadModelStore (getEntries + conditional writes in one transaction + checkpoint per batch) ' +
    'against raw better-sqlite3 upserts of the same JSON per batch (no reads, no version check, no checkpoint); ' +
    'and find on a large collection against a raw SELECT (json_extract filter/sort) + JSON.parse of the same rows',
  run,
};

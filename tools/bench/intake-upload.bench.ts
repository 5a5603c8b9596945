import { migrateSqliteSchema } from '@casetrail/event-store-sqlite';
import { IntakeEventType, intakePlaceByCode, intakeRecordName, receptionStreamId } from '@casetrail/intake-contracts';
import { nameBasedUuid } from '@casetrail/platform-commands';
import { LocalSigningKey } from '@casetrail/platform-nest';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse';
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { UploadClient } from '../intake-upload/upload-client';
import { syntheticReceptionsCsv } from '../intake-upload/synthetic-rows';
import type { BenchOptions, BenchRow, Benchmark } from './bench-row';
import { startCasetrail } from './http-command.bench';

/*
 * Bulk upload of intake receptions (issue 13, "Bulk entry"): a generated receptions CSV sent to
 * the embedded runtime as `npm start` composes it (SQLite on disk, synchronous=FULL, every edge,
 * the projections and reactors of the process), through POST /api/intake/uploads/receptions: each
 * row checked by the API's DTO and recorded by its command, one stream per row. Beside it, the
 * raw equivalent in the same run: csv-parse alone reading the same file and better-sqlite3
 * inserting one event per row with the store's own statement (synchronous=FULL, WAL), a
 * transaction per 500 rows as the upload's batches; no validation, no decider, no expected
 * revision, no projection. Memory: the process's peak RSS while each side runs (the server is in
 * this process, so ours includes it).
 */

const ROWS = { quick: 1_000, full: 10_000, scale: 100_000 };
const RAW_BATCH = 500;
const INSERT_SQL = `INSERT INTO events (event_id, stream_id, stream_revision, type, schema_version, data, metadata, occurred_at, recorded_at)
  VALUES (@event_id, @stream_id, @stream_revision, @type, @schema_version, @data, @metadata, @occurred_at, @recorded_at)`;

/** Samples the process's RSS every 20 ms until stopped; answers the peak (MiB). */
function rssSampler(): { stop(): number } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage.rss()) / 1024 / 1024;
    },
  };
}

async function writeCsv(path: string, rows: number, prefix: string): Promise<void> {
  await pipeline(Readable.from(syntheticReceptionsCsv({ rows, referencePrefix: prefix })), createWriteStream(path));
}

interface Measured {
  rows: number;
  rowsPerSecond: number;
  peakRssMiB: number;
}

/** Ours: the file through the HTTP route into the embedded runtime. */
async function uploadThroughCasetrail(file: string, rows: number, dataDir: string): Promise<Measured> {
  const casetrail = await startCasetrail(dataDir);
  try {
    // A border official of the checkpoints' province, as `npm run token -- --role border_official --province banteay-meanchey` prints.
    const token = await LocalSigningKey.loadOrCreate(dataDir).sign(
      { sub: 'bench-border-official', role: 'border_official', unit: 'border-liaison-office', provinces: ['banteay-meanchey'] },
      { issuer: 'casetrail-local', audience: 'casetrail' },
    );
    const client = new UploadClient({ baseUrl: casetrail.url, token });
    global.gc?.();
    const memory = rssSampler();
    const started = process.hrtime.bigint();
    const answer = await client.upload('receptions', file, 'bench.csv', () => undefined);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const peakRssMiB = memory.stop();
    if (answer.accepted !== rows) throw new Error(`The upload recorded ${answer.accepted} of ${rows} rows (${answer.refused} refused: ${JSON.stringify(answer.refusals.slice(0, 3))})`);
    return { rows, rowsPerSecond: rows / seconds, peakRssMiB };
  } finally {
    await casetrail.app.close();
  }
}

/** Raw: csv-parse and better-sqlite3 alone, the same rows as events in the store's table. */
async function rawLoad(file: string, rows: number, dataDir: string): Promise<Measured> {
  const db = new Database(join(dataDir, 'raw.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  migrateSqliteSchema(db);
  const insert = db.prepare(INSERT_SQL);
  const insertBatch = db.transaction((events: Array<Record<string, unknown>>) => {
    for (const event of events) insert.run(event);
  });
  const correlationId = randomUUID();
  global.gc?.();
  const memory = rssSampler();
  const started = process.hrtime.bigint();
  let header: string[] | undefined;
  let batch: Array<Record<string, unknown>> = [];
  let loaded = 0;
  for await (const record of createReadStream(file).pipe(parse({ bom: true, trim: true, skip_empty_lines: true })) as AsyncIterable<string[]>) {
    if (!header) {
      header = record;
      continue;
    }
    const cells = Object.fromEntries(header.map((h, i) => [h, record[i]]));
    const receptionId = nameBasedUuid(intakeRecordName('reception', cells['place']!, cells['reference']!));
    const now = new Date().toISOString();
    batch.push({
      event_id: randomUUID(),
      stream_id: receptionStreamId(receptionId),
      stream_revision: 0,
      type: IntakeEventType.ReceptionRecorded,
      schema_version: 1,
      data: JSON.stringify({
        receptionId,
        reference: cells['reference'],
        place: cells['place'],
        province: intakePlaceByCode(cells['place']!)?.province,
        receivedOn: cells['received_on'],
        receivedBy: cells['received_by'],
        returnedBy: cells['returned_by'],
        countryReturnedFrom: cells['country_returned_from'],
        reason: cells['reason'],
        counts: { men: Number(cells['men']), women: Number(cells['women']), boys: Number(cells['boys']), girls: Number(cells['girls']) },
      }),
      metadata: JSON.stringify({ actor: { userId: 'bench-raw', role: 'border_official' }, correlationId, causationId: null }),
      occurred_at: now,
      recorded_at: now,
    });
    if (batch.length === RAW_BATCH) {
      insertBatch(batch);
      loaded += batch.length;
      batch = [];
    }
  }
  insertBatch(batch);
  loaded += batch.length;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peakRssMiB = memory.stop();
  db.close();
  if (loaded !== rows) throw new Error(`The raw load inserted ${loaded} of ${rows} rows`);
  return { rows, rowsPerSecond: rows / seconds, peakRssMiB };
}

async function measure(rows: number): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'casetrail-bench-upload-'));
  try {
    const file = join(dir, 'receptions.csv');
    await writeCsv(file, rows, `BENCH-${Date.now()}`);
    // Raw first: the casetrail process's caches and read models then weigh on its own side only.
    const raw = await rawLoad(file, rows, dir);
    const ours = await uploadThroughCasetrail(file, rows, join(dir, 'casetrail'));
    const size = rows.toLocaleString('en-US');
    return [
      { benchmark: `upload, ${size}-row receptions CSV`, setting: 'HTTP, synchronous=FULL (raw: csv-parse + inserts)', events: rows, eventsPerSecond: ours.rowsPerSecond, baselineEventsPerSecond: raw.rowsPerSecond },
      { benchmark: `upload, ${size}-row receptions CSV, peak RSS`, setting: 'whole process, server included (raw: same process, no server)', events: rows, eventsPerSecond: ours.peakRssMiB, unit: 'MiB', baselineEventsPerSecond: raw.peakRssMiB },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const intakeUploadBenchmark: Benchmark = {
  name: 'intake-upload',
  description: 'bulk upload of a receptions CSV over HTTP (rows/s, peak RSS) beside csv-parse + raw better-sqlite3 inserts',
  async run(options: BenchOptions): Promise<BenchRow[]> {
    const rows = await measure(options.quick ? ROWS.quick : ROWS.full);
    if (options.scale) rows.push(...(await measure(ROWS.scale)));
    return rows;
  },
};

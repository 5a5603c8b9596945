import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventTypeRegistry, RegistryEventStore, type EventStore } from '@casetrail/event-sourcing';
import { SqliteEventStore } from '@casetrail/event-store-sqlite';
import { processContexts } from '@casetrail/platform-nest';
import { InMemoryReadModelStore, ProjectionRunner } from '@casetrail/read-models';
import { lawEnforcementTableFromReadModels } from '@casetrail/statistics-api';
import { hostedContexts } from '../../apps/casetrail/src/contexts';
import { generateNationalDataset } from '../generate/national-dataset';
import type { BenchOptions, BenchRow, Benchmark } from './bench-row';

const SEED = 42;
const FROM_YEAR = 2016;
const MiB = 1024 * 1024;

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

function openStore(dir: string): { store: EventStore; sqlite: SqliteEventStore } {
  const registry = new EventTypeRegistry().register(...processContexts(hostedContexts).eventTypes());
  const sqlite = new SqliteEventStore({ filename: join(dir, 'events.sqlite') });
  return { store: new RegistryEventStore(sqlite, registry), sqlite };
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
  const size = options.scale ? 1_000_000 : options.quick ? 5_000 : 20_000;
  const data = await dataset(size);
  const label = `${data.events.toLocaleString('en-US')} events, ${FROM_YEAR}-`;
  const rows: BenchRow[] = [];
  if (data.generatedPerSecond !== undefined) {
    rows.push({ benchmark: 'generate (deciders → SQLite, NORMAL)', setting: label, events: data.events, eventsPerSecond: data.generatedPerSecond });
  }

  // (a) Every read model from scratch into the embedded runtime's in-memory store, beside a bare readAll of the same store.
  const { store } = openStore(data.dir);
  const readModels = new InMemoryReadModelStore();
  try {
    const raw = await readAllRate(store);
    const projections = processContexts(hostedContexts).projections();
    const report = await new ProjectionRunner(readModels, projections).rebuild(store);
    const raw2 = await readAllRate(store);
    rows.push({
      benchmark: `rebuild all ${projections.length} read models (in memory)`,
      setting: `${label}; raw = readAll only`,
      events: report.events,
      eventsPerSecond: report.eventsPerSecond,
      baselineEventsPerSecond: (raw.perSecond + raw2.perSecond) / 2,
    });
    rows.push({ benchmark: 'rss after rebuild (bench process)', setting: label, events: data.events, eventsPerSecond: process.memoryUsage().rss / MiB, unit: 'MiB' });

    // (c) The law-enforcement table through the query function the statistics service calls, in process.
    const years = Array.from({ length: 8 }, (_, i) => FROM_YEAR + 1 + i);
    const provinces = ['phnom-penh', 'siem-reap', 'banteay-meanchey', 'preah-sihanouk', 'battambang'];
    for (const [what, queryOf] of [
      ['year', (i: number) => ({ year: years[i % years.length]! })],
      ['year + province', (i: number) => ({ year: years[i % years.length]!, province: provinces[i % provinces.length]! })],
    ] as const) {
      const times: number[] = [];
      await lawEnforcementTableFromReadModels(readModels, queryOf(0));
      for (let i = 0; i < 50; i++) {
        const start = process.hrtime.bigint();
        await lawEnforcementTableFromReadModels(readModels, queryOf(i));
        times.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
      times.sort((a, b) => a - b);
      rows.push({ benchmark: `law-enforcement table, ${what}: p50`, setting: `${label}; 50 queries`, events: data.events, eventsPerSecond: percentile(times, 50), unit: 'ms' });
      rows.push({ benchmark: `law-enforcement table, ${what}: p95`, setting: `${label}; 50 queries`, events: data.events, eventsPerSecond: percentile(times, 95), unit: 'ms' });
    }
    rows.push({ benchmark: 'rss after queries (bench process)', setting: label, events: data.events, eventsPerSecond: process.memoryUsage().rss / MiB, unit: 'MiB' });
  } finally {
    await readModels.close();
    await store.close();
  }

  // (b) + (d) The real app on the data dir: first start, then a restart; the server's memory once ready.
  const port = 3900 + Math.floor(Math.random() * 90);
  for (const which of ['start', 'restart']) {
    const { seconds, rss } = await startToReady(data.dir, port);
    rows.push({ benchmark: `${which} to ready (embedded app)`, setting: label, events: data.events, eventsPerSecond: seconds, unit: 's' });
    if (rss !== undefined) rows.push({ benchmark: `rss of the app at ready (${which})`, setting: label, events: data.events, eventsPerSecond: rss / MiB, unit: 'MiB' });
  }
  return rows;
}

export const nationalScaleBenchmark: Benchmark = {
  name: 'national-scale',
  description:
    'A generated national dataset (tools/generate; 1,000,000 events with --scale, else 20,000, --quick 5,000; cached in the temp dir by seed and size): ' +
    'rebuild of every read model against a bare readAll of the same store; the law-enforcement table (ms, targets p95 < 100); ' +
    'start/restart of the embedded app to /health/ready (s, target < 10) and resident memory (MiB, target < 1024). Only the rebuild has a raw baseline.',
  run,
};

import { NO_STREAM, type RecordedEvent } from '@casetrail/event-sourcing';
import { anEvent } from '@casetrail/event-store-contract';
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDatabase } from '../test-support/temp-database';
import { SqliteEventStore } from './sqlite-event-store';

/** Kill rounds: short by default (every `npm test`); `npm run test:soak` sets 100. */
const ROUNDS = roundsSetting(process.env['CASETRAIL_SOAK_CRASH_ROUNDS'], 5);
const WRITER = join(__dirname, '..', 'test-support', 'crash-writer.ts');

function roundsSetting(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  if (!/^[1-9]\d*$/.test(value)) throw new Error(`CASETRAIL_SOAK_CRASH_ROUNDS must be a whole number of at least 1, not "${value}"`);
  return Number(value);
}

/** One plain line of figures for the soak summary (and the file `npm run test:soak` collects). */
function reportFigures(line: string): void {
  process.stdout.write(`${line}\n`);
  const file = process.env['CASETRAIL_SOAK_FIGURES'];
  if (file) appendFileSync(file, `${line}\n`);
}

/** The workspace root, whose tsconfig.base.json maps the @casetrail/* aliases for the child. */
function workspaceRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'tsconfig.base.json'))) {
    if (dirname(dir) === dir) throw new Error('tsconfig.base.json not found above ' + __dirname);
    dir = dirname(dir);
  }
  return dir;
}

interface Round {
  acked: string[];
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
  firstAck: Promise<void>;
  child: ChildProcess;
}

function startWriter(filename: string): Round {
  const root = workspaceRoot();
  const child = spawn(process.execPath, ['-r', '@swc-node/register', WRITER, filename, 'FULL'], {
    cwd: root,
    env: { ...process.env, SWC_NODE_PROJECT: join(root, 'tsconfig.base.json') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const acked: string[] = [];
  let pending = '';
  let stderr = '';
  let onFirstAck!: () => void;
  const firstAck = new Promise<void>((resolve) => (onFirstAck = resolve));
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop()!; // only complete lines count as acknowledged
    for (const line of lines) if (line.startsWith('ack ')) acked.push(line.slice(4));
    if (acked.length > 0) onFirstAck();
  });
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => (stderr += chunk));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { acked, exit, firstAck, child };
}

function within<T>(promise: Promise<T>, ms: number, message: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message())), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('SqliteEventStore survives SIGKILL of a writer', () => {
  const temp = tempDatabase();
  let running: ChildProcess | undefined;

  afterAll(() => {
    if (running && running.exitCode === null && running.signalCode === null) running.kill('SIGKILL');
    temp.remove();
  });

  it(`keeps every acknowledged event and a consistent log over ${ROUNDS} kills`, async () => {
    const acknowledged: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const writer = startWriter(temp.filename);
      running = writer.child;
      // Start the kill timer only once the writer works: start-up is slow on a busy CI machine.
      await within(Promise.race([writer.firstAck, writer.exit.then((e) => Promise.reject(new Error(e.stderr)))]), 60_000, () => 'writer never acknowledged an append');
      await sleep(100 + Math.floor(Math.random() * 500));
      writer.child.kill('SIGKILL');
      const exit = await within(writer.exit, 30_000, () => 'writer did not die');
      expect({ round, signal: exit.signal, stderr: exit.stderr }).toEqual({ round, signal: 'SIGKILL', stderr: '' });
      acknowledged.push(...writer.acked);
    }
    expect(acknowledged.length).toBeGreaterThan(0);

    const raw = new Database(temp.filename);
    try {
      expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      raw.close();
    }

    const store = new SqliteEventStore({ filename: temp.filename });
    try {
      const all: RecordedEvent[] = [];
      for (let after = 0; ; ) {
        const batch = await store.readAll({ after, maxCount: 1000 });
        if (batch.length === 0) break;
        all.push(...batch);
        after = batch[batch.length - 1].globalPosition;
      }
      const ids = new Set(all.map((e) => e.eventId));
      expect(ids.size).toBe(all.length);
      expect(acknowledged.filter((id) => !ids.has(id))).toEqual([]);
      for (let i = 1; i < all.length; i++) expect(all[i].globalPosition).toBeGreaterThan(all[i - 1].globalPosition);
      const byStream = new Map<string, number[]>();
      for (const e of all) byStream.set(e.streamId, [...(byStream.get(e.streamId) ?? []), e.streamRevision]);
      for (const [, revisions] of byStream) expect(revisions).toEqual(revisions.map((_, i) => i));
      // The hash chain and its head moved in the same transactions as the rows: no kill broke it.
      expect(await store.verifyChain()).toMatchObject({ ok: true, events: all.length, head: { position: all[all.length - 1].globalPosition } });

      const [stream, revisions] = [...byStream.entries()][0];
      const next = await store.append(stream, [anEvent()], revisions.length - 1);
      expect(next.nextExpectedRevision).toBe(revisions.length);
      expect((await store.append('after-crash', [anEvent()], NO_STREAM)).alreadyStored).toBe(false);
      expect(await store.verifyChain()).toMatchObject({ ok: true, events: all.length + 2 });
      const lost = acknowledged.filter((id) => !ids.has(id)).length;
      reportFigures(`SOAK sqlite-crash: rounds=${ROUNDS} kills=${ROUNDS} acknowledged=${acknowledged.length} stored=${all.length} lost=${lost} integrity=ok chain=ok`);
    } finally {
      await store.close();
    }
  }, 60_000 + ROUNDS * 30_000);
});

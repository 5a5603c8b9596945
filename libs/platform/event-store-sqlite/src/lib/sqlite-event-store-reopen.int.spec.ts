import { NO_STREAM } from '@casetrail/event-sourcing';
import { events } from '@casetrail/event-store-contract';
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { tempDatabase } from '../test-support/temp-database';
import { SqliteCheckpointStore } from './sqlite-checkpoint-store';
import { SqliteEventStore } from './sqlite-event-store';

describe('SqliteEventStore on disk', () => {
  let temp: ReturnType<typeof tempDatabase>;
  beforeEach(() => (temp = tempDatabase()));
  afterEach(() => temp.remove());

  it('creates the missing directory and opens the file in WAL mode with the chosen synchronous level', async () => {
    expect(existsSync(temp.filename)).toBe(false);
    const full = new SqliteEventStore({ filename: temp.filename });
    expect(full.database.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(full.database.pragma('synchronous', { simple: true })).toBe(2); // FULL
    await full.close();
    const normal = new SqliteEventStore({ filename: temp.filename, synchronous: 'NORMAL' });
    expect(normal.database.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    await normal.close();
  });

  it('keeps events, positions and the clock-given recordedAt across close and reopen', async () => {
    const at = new Date('2024-05-01T10:00:00.000Z');
    const first = new SqliteEventStore({ filename: temp.filename, clock: () => at });
    const batch = events(3);
    const appended = await first.append('case-1', batch, NO_STREAM);
    await first.close();

    const second = new SqliteEventStore({ filename: temp.filename });
    try {
      const read = await second.readStream('case-1');
      expect(read.map((e) => e.eventId)).toEqual(batch.map((e) => e.eventId));
      expect(read.map((e) => e.globalPosition)).toEqual(appended.globalPositions);
      expect(read.every((e) => e.recordedAt === at.toISOString())).toBe(true);
      expect(await second.headPosition()).toBe(appended.globalPositions[2]);
      const next = await second.append('case-1', events(1), appended.nextExpectedRevision);
      expect(next.globalPositions[0]).toBeGreaterThan(appended.globalPositions[2]);
      const retry = await second.append('case-1', batch, NO_STREAM);
      expect(retry.alreadyStored).toBe(true);
    } finally {
      await second.close();
    }
  });

  it('ends live subscriptions when it is closed', async () => {
    const store = new SqliteEventStore({ filename: temp.filename });
    const subscription = store.subscribeAll({ pollIntervalMs: 5_000 });
    const pending = subscription[Symbol.asyncIterator]().next();
    await store.close();
    expect((await pending).done).toBe(true);
  });

  it('rejects an unknown synchronous level', () => {
    expect(() => new SqliteEventStore({ filename: temp.filename, synchronous: 'OFF' as never })).toThrow(/FULL or NORMAL/);
  });
});

describe('SqliteCheckpointStore', () => {
  let temp: ReturnType<typeof tempDatabase>;
  beforeEach(() => (temp = tempDatabase()));
  afterEach(() => temp.remove());

  it('reads 0 for a reader that never ran, and keeps saved positions across reopen', async () => {
    const store = new SqliteEventStore({ filename: temp.filename });
    const checkpoints = new SqliteCheckpointStore(store);
    expect(await checkpoints.load('publisher')).toBe(0);
    await checkpoints.save('publisher', 41);
    await checkpoints.save('publisher', 42);
    await checkpoints.save('statistics', 7);
    await store.close();

    const reopened = new SqliteEventStore({ filename: temp.filename });
    try {
      const again = new SqliteCheckpointStore(reopened);
      expect(await again.load('publisher')).toBe(42);
      expect(await again.load('statistics')).toBe(7);
      await expect(again.save('publisher', -1)).rejects.toBeInstanceOf(RangeError);
      await expect(again.save('publisher', 1.5)).rejects.toBeInstanceOf(RangeError);
      expect(await again.load('publisher')).toBe(42);
    } finally {
      await reopened.close();
    }
    const raw = new Database(temp.filename, { readonly: true });
    try {
      expect(raw.prepare('SELECT name, position FROM checkpoints ORDER BY name').all()).toEqual([
        { name: 'publisher', position: 42 },
        { name: 'statistics', position: 7 },
      ]);
    } finally {
      raw.close();
    }
  });
});

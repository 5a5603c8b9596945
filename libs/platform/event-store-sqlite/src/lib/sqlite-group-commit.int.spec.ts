import {
  IdempotencyConflictError,
  NO_STREAM,
  WrongExpectedRevisionError,
  type AppendResult,
} from '@casetrail/event-sourcing';
import { anEvent, events } from '@casetrail/event-store-contract';
import Database from 'better-sqlite3';
import { tempDatabase } from '../test-support/temp-database';
import { walCommits } from '../test-support/wal-commits';
import { EventStoreBusyError } from './sqlite-errors';
import { SqliteEventStore } from './sqlite-event-store';

/**
 * Group commit: appends made in one turn of the event loop share one transaction and one commit
 * (counted in the WAL file, independently of the store), each with its own checks, each
 * answered only after the commit.
 */
describe('SqliteEventStore group commit', () => {
  let temp: ReturnType<typeof tempDatabase>;
  let store: SqliteEventStore;

  beforeEach(async () => {
    temp = tempDatabase();
    store = new SqliteEventStore({ filename: temp.filename });
    // The schema and a first event are committed before anything is counted.
    await store.append('warm-up', [anEvent()], NO_STREAM);
  });

  afterEach(async () => {
    await store.close();
    temp.remove();
  });

  const fulfilled = (outcomes: PromiseSettledResult<AppendResult>[]) =>
    outcomes.filter((o): o is PromiseFulfilledResult<AppendResult> => o.status === 'fulfilled').map((o) => o.value);

  it('commits appends awaited one after another once each (the count is sound)', async () => {
    const before = walCommits(temp.filename);
    for (let i = 0; i < 3; i++) await store.append(`one-by-one-${i}`, [anEvent()], NO_STREAM);
    expect(walCommits(temp.filename) - before).toBe(3);
  });

  it('commits concurrent appends to different streams in one transaction, positions gap-free in call order', async () => {
    const before = walCommits(temp.filename);
    const head = await store.headPosition();
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => store.append(`group-${i}`, events(i % 3 === 0 ? 2 : 1), NO_STREAM)));
    expect(walCommits(temp.filename) - before).toBe(1);
    const positions = results.flatMap((r) => r.globalPositions);
    expect(positions).toEqual(Array.from({ length: positions.length }, (_, i) => head + 1 + i));
    expect(await store.verifyChain()).toMatchObject({ ok: true, events: 1 + positions.length });
  });

  it('fails a conflicting append alone: its savepoint is rolled back, the others of the group commit', async () => {
    const taken = anEvent();
    await store.append('existing', [taken], NO_STREAM);
    const before = walCommits(temp.filename);
    const head = await store.headPosition();
    const outcomes = await Promise.allSettled([
      store.append('fresh-a', [anEvent()], NO_STREAM),
      store.append('existing', [anEvent()], NO_STREAM), // the stream exists
      store.append('fresh-b', events(2), NO_STREAM),
      store.append('fresh-c', [anEvent({ eventId: taken.eventId })], NO_STREAM), // id stored in another stream
      store.append('existing', [anEvent()], 5), // wrong revision
      store.append('fresh-d', [anEvent()], NO_STREAM),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toBeInstanceOf(WrongExpectedRevisionError);
    expect((outcomes[3] as PromiseRejectedResult).reason).toBeInstanceOf(IdempotencyConflictError);
    expect((outcomes[4] as PromiseRejectedResult).reason).toMatchObject({ expected: 5, actual: 0 });
    expect(walCommits(temp.filename) - before).toBe(1);
    // The refused appends burned no position: the survivors are contiguous after the head.
    expect(fulfilled(outcomes).flatMap((r) => r.globalPositions)).toEqual([head + 1, head + 2, head + 3, head + 4]);
    expect((await store.readStream('existing')).map((e) => e.eventId)).toEqual([taken.eventId]);
    expect(await store.readStream('fresh-c')).toEqual([]);
    expect(await store.verifyChain()).toMatchObject({ ok: true, events: 6, head: { position: head + 4 } });
  });

  it('checks appends to one stream in one group in call order: revisions, retries and races as if sequential', async () => {
    const batch = events(2);
    const outcomes = await Promise.allSettled([
      store.append('same', batch, NO_STREAM),
      store.append('same', batch, NO_STREAM), // a retry of the first: acknowledged, not written twice
      store.append('same', [anEvent()], 1), // follows the first
      store.append('same', [anEvent()], 1), // lost the race to the one before
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected']);
    const [first, retry, next] = fulfilled(outcomes);
    expect(retry).toEqual({ ...first, alreadyStored: true });
    expect(next!.nextExpectedRevision).toBe(2);
    expect((outcomes[3] as PromiseRejectedResult).reason).toMatchObject({ expected: 1, actual: 2 });
    expect((await store.readStream('same')).map((e) => e.streamRevision)).toEqual([0, 1, 2]);
  });

  it('answers each append only after its commit: another connection already sees it', async () => {
    const reader = new Database(temp.filename, { readonly: true });
    try {
      const seen = reader.prepare<[string]>('SELECT 1 FROM events WHERE event_id = ?');
      const visibleWhenAnswered = await Promise.all(
        Array.from({ length: 5 }, (_, i) => {
          const event = anEvent();
          return store.append(`visible-${i}`, [event], NO_STREAM).then(() => seen.get(event.eventId) !== undefined);
        }),
      );
      expect(visibleWhenAnswered).toEqual([true, true, true, true, true]);
    } finally {
      reader.close();
    }
  });

  it('commits an append made in reaction to a commit before the event loop moves on (as a reactor makes one)', async () => {
    const reaction = anEvent();
    const reader = new Database(temp.filename, { readonly: true });
    try {
      const seen = reader.prepare<[string]>('SELECT 1 FROM events WHERE event_id = ?');
      const reactionVisibleToNextMacrotask = await new Promise<boolean>((resolve, reject) => {
        store
          .append('cause', [anEvent()], NO_STREAM)
          .then(async () => {
            // Queued before the reaction's append: if that append waited for the next group,
            // this immediate would run first and not see it.
            setImmediate(() => resolve(seen.get(reaction.eventId) !== undefined));
            await Promise.resolve(); // a reactor reaches its append a few promise jobs later
            await store.append('effect', [reaction], NO_STREAM);
          })
          .catch(reject);
      });
      expect(reactionVisibleToNextMacrotask).toBe(true);
    } finally {
      reader.close();
    }
  });

  it("writes an append made inside the caller's own transaction at once, in a savepoint of it", async () => {
    const before = walCommits(temp.filename);
    const taken = anEvent();
    const outcomes: Array<Promise<AppendResult>> = [];
    const visibleInside = store.database.transaction(() => {
      outcomes.push(store.append('batched-a', [taken], NO_STREAM));
      outcomes.push(store.append('batched-b', [anEvent({ eventId: taken.eventId })], NO_STREAM)); // refused alone
      outcomes.push(store.append('batched-c', [anEvent()], NO_STREAM));
      return store.database.prepare('SELECT COUNT(*) AS n FROM events WHERE stream_id LIKE ?').get('batched-%');
    }).immediate();
    expect(visibleInside).toEqual({ n: 2 });
    const settled = await Promise.allSettled(outcomes);
    expect(settled.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((settled[1] as PromiseRejectedResult).reason).toBeInstanceOf(IdempotencyConflictError);
    expect(walCommits(temp.filename) - before).toBe(1);
    expect(await store.verifyChain()).toMatchObject({ ok: true, events: 3 });
  });

  it('fails every append of a group whose transaction cannot start, and stores none of them', async () => {
    const busy = new SqliteEventStore({ filename: temp.filename, busyTimeoutMs: 20 });
    const locker = new Database(temp.filename);
    try {
      locker.exec('BEGIN IMMEDIATE'); // another writer holds the write lock
      const outcomes = await Promise.allSettled([busy.append('locked-a', [anEvent()], NO_STREAM), busy.append('locked-b', [anEvent()], NO_STREAM)]);
      for (const o of outcomes) expect(o).toMatchObject({ status: 'rejected', reason: expect.any(EventStoreBusyError) });
      locker.exec('ROLLBACK');
      expect(await store.readStream('locked-a')).toEqual([]);
      expect(await store.readStream('locked-b')).toEqual([]);
      // The store is still usable once the lock is gone.
      expect((await busy.append('locked-a', [anEvent()], NO_STREAM)).alreadyStored).toBe(false);
    } finally {
      locker.close();
      await busy.close();
    }
  });

  it('commits the appends still queued when closed', async () => {
    const event = anEvent();
    const appended = store.append('queued-at-close', [event], NO_STREAM);
    await store.close();
    expect((await appended).alreadyStored).toBe(false);
    store = new SqliteEventStore({ filename: temp.filename });
    expect((await store.readStream('queued-at-close')).map((e) => e.eventId)).toEqual([event.eventId]);
  });
});

import {
  ANY_REVISION,
  IdempotencyConflictError,
  InvalidAppendError,
  NO_STREAM,
  WrongExpectedRevisionError,
  type EventStore,
  type RecordedEvent,
} from '@casetrail/event-sourcing';
import { anEvent, deadline, events, sleep, uniqueStreamId } from './fixtures';

export interface EventStoreContractFactory {
  /** A store to test. It may be shared by several tests; every test uses its own streams. */
  create(): Promise<EventStore>;
  /** A second instance on the same storage, when the adapter can have one (multi-process writers). */
  createSibling?(store: EventStore): Promise<EventStore>;
  /** Release what `create` made. */
  dispose?(store: EventStore): Promise<void>;
}

/**
 * The one contract of the event store port. Every adapter runs it: in-memory and SQLite in every
 * test run, EventStoreDB when a server is configured.
 */
export function describeEventStoreContract(name: string, factory: EventStoreContractFactory): void {
  describe(`EventStore contract: ${name}`, () => {
    let store: EventStore;

    beforeAll(async () => {
      store = await factory.create();
    });
    afterAll(async () => {
      if (factory.dispose) await factory.dispose(store);
      else await store.close();
    });

    describe('append and readStream', () => {
      it('appends to a new stream with NO_STREAM and reads the events back with their envelope', async () => {
        const stream = uniqueStreamId();
        const batch = events(3);
        const result = await store.append(stream, batch, NO_STREAM);
        expect(result.nextExpectedRevision).toBe(2);
        expect(result.alreadyStored).toBe(false);
        expect(result.globalPositions).toHaveLength(3);
        const read = await store.readStream(stream);
        expect(read.map((e) => e.eventId)).toEqual(batch.map((e) => e.eventId));
        expect(read.map((e) => e.streamRevision)).toEqual([0, 1, 2]);
        expect(read.map((e) => e.globalPosition)).toEqual(result.globalPositions);
        const [first] = read;
        expect(first).toMatchObject({
          streamId: stream,
          type: batch[0].type,
          schemaVersion: 1,
          data: batch[0].data,
          actor: batch[0].actor,
          correlationId: batch[0].correlationId,
          causationId: null,
          occurredAt: batch[0].occurredAt,
        });
        expect(Number.isNaN(Date.parse(first.recordedAt))).toBe(false);
      });

      it('keeps optional actor fields and a causation id', async () => {
        const stream = uniqueStreamId();
        const e = anEvent({ actor: { userId: 'u1', role: 'auditor' }, causationId: 'cause-1' });
        await store.append(stream, [e], NO_STREAM);
        const [read] = await store.readStream(stream);
        expect(read.actor).toEqual({ userId: 'u1', role: 'auditor' });
        expect(read.causationId).toBe('cause-1');
      });

      it('reads an absent stream as empty', async () => {
        expect(await store.readStream(uniqueStreamId('absent'))).toEqual([]);
      });

      it('appends with the exact expected revision', async () => {
        const stream = uniqueStreamId();
        await store.append(stream, events(2), NO_STREAM);
        const result = await store.append(stream, events(1), 1);
        expect(result.nextExpectedRevision).toBe(2);
      });

      it('rejects a stale expected revision with a typed error that names both revisions', async () => {
        const stream = uniqueStreamId();
        await store.append(stream, events(2), NO_STREAM);
        const error = await store.append(stream, events(1), 0).catch((e) => e);
        expect(error).toBeInstanceOf(WrongExpectedRevisionError);
        expect(error).toMatchObject({ streamId: stream, expected: 0, actual: 1 });
        expect(await store.readStream(stream)).toHaveLength(2);
      });

      it('rejects NO_STREAM when the stream exists, and an exact revision when it does not', async () => {
        const stream = uniqueStreamId();
        await store.append(stream, events(1), NO_STREAM);
        await expect(store.append(stream, events(1), NO_STREAM)).rejects.toBeInstanceOf(WrongExpectedRevisionError);
        const absent = uniqueStreamId('absent');
        const error = await store.append(absent, events(1), 0).catch((e) => e);
        expect(error).toBeInstanceOf(WrongExpectedRevisionError);
        expect(error.actual).toBe(-1);
        expect(await store.readStream(absent)).toEqual([]);
      });

      it('appends with ANY_REVISION whatever the revision', async () => {
        const stream = uniqueStreamId();
        await store.append(stream, events(1), ANY_REVISION);
        const result = await store.append(stream, events(2), ANY_REVISION);
        expect(result.nextExpectedRevision).toBe(2);
      });

      it('refuses an empty batch and a batch that repeats an event id', async () => {
        const stream = uniqueStreamId();
        await expect(store.append(stream, [], NO_STREAM)).rejects.toBeInstanceOf(InvalidAppendError);
        const e = anEvent();
        await expect(store.append(stream, [e, e], NO_STREAM)).rejects.toBeInstanceOf(InvalidAppendError);
        expect(await store.readStream(stream)).toEqual([]);
      });
    });

    describe('idempotent append by event id', () => {
      it('acknowledges a retried append without writing it twice', async () => {
        const stream = uniqueStreamId();
        const batch = events(3);
        const first = await store.append(stream, batch, NO_STREAM);
        const retry = await store.append(stream, batch, NO_STREAM);
        expect(retry.alreadyStored).toBe(true);
        expect(retry.nextExpectedRevision).toBe(first.nextExpectedRevision);
        expect(retry.globalPositions).toEqual(first.globalPositions);
        expect(await store.readStream(stream)).toHaveLength(3);
      });

      it('acknowledges a retry even after the stream moved on', async () => {
        const stream = uniqueStreamId();
        const batch = events(2);
        const first = await store.append(stream, batch, NO_STREAM);
        await store.append(stream, events(1), 1);
        const retry = await store.append(stream, batch, NO_STREAM);
        expect(retry.alreadyStored).toBe(true);
        expect(retry.globalPositions).toEqual(first.globalPositions);
        expect(await store.readStream(stream)).toHaveLength(3);
      });

      it('rejects whole a batch that partly overlaps stored ids', async () => {
        const stream = uniqueStreamId();
        const batch = events(2);
        await store.append(stream, batch, NO_STREAM);
        const overlapping = [batch[1], anEvent()];
        const error = await store.append(stream, overlapping, ANY_REVISION).catch((e) => e);
        expect(error).toBeInstanceOf(IdempotencyConflictError);
        expect(error.conflictingEventIds).toEqual([batch[1].eventId]);
        const read = await store.readStream(stream);
        expect(read.map((e) => e.eventId)).toEqual(batch.map((e) => e.eventId));
      });

      it('rejects an event id already stored in another stream', async () => {
        const e = anEvent();
        await store.append(uniqueStreamId(), [e], NO_STREAM);
        const other = uniqueStreamId();
        await expect(store.append(other, [e], NO_STREAM)).rejects.toBeInstanceOf(IdempotencyConflictError);
        expect(await store.readStream(other)).toEqual([]);
      });
    });

    describe('concurrent writers', () => {
      it('lets exactly one writer win each revision and keeps revisions contiguous', async () => {
        const stream = uniqueStreamId();
        await store.append(stream, events(1), NO_STREAM);
        const writers = 8;
        const rounds = 5;
        const sibling = factory.createSibling ? await factory.createSibling(store) : store;
        try {
          for (let round = 0; round < rounds; round++) {
            const expected = round; // the stream has round+1 events
            const outcomes = await Promise.allSettled(
              Array.from({ length: writers }, (_, w) =>
                (w % 2 === 0 ? store : sibling).append(stream, [anEvent({ data: { round, w } })], expected),
              ),
            );
            const winners = outcomes.filter((o) => o.status === 'fulfilled');
            const losers = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
            expect(winners).toHaveLength(1);
            for (const l of losers) expect(l.reason).toBeInstanceOf(WrongExpectedRevisionError);
          }
        } finally {
          if (sibling !== store) await sibling.close();
        }
        const read = await store.readStream(stream);
        expect(read.map((e) => e.streamRevision)).toEqual(Array.from({ length: rounds + 1 }, (_, i) => i));
      });

      it('keeps every event of concurrent appends to different streams, each once', async () => {
        const streams = Array.from({ length: 6 }, () => uniqueStreamId());
        const appended = await Promise.all(
          streams.flatMap((s) => [store.append(s, events(2), ANY_REVISION), store.append(s, events(2), ANY_REVISION)]),
        );
        const positions = appended.flatMap((a) => a.globalPositions);
        expect(new Set(positions).size).toBe(positions.length);
        for (const s of streams) {
          const read = await store.readStream(s);
          expect(read.map((e) => e.streamRevision)).toEqual([0, 1, 2, 3]);
        }
      });
    });

    describe('reading a stream', () => {
      let stream: string;
      beforeAll(async () => {
        stream = uniqueStreamId();
        await store.append(stream, events(10), NO_STREAM);
      });

      it('reads backwards', async () => {
        const read = await store.readStream(stream, { direction: 'backwards' });
        expect(read.map((e) => e.streamRevision)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
      });

      it('reads forwards from and to a revision, inclusive', async () => {
        const read = await store.readStream(stream, { fromRevision: 3, toRevision: 6 });
        expect(read.map((e) => e.streamRevision)).toEqual([3, 4, 5, 6]);
      });

      it('reads backwards from a revision with a count', async () => {
        const read = await store.readStream(stream, { direction: 'backwards', fromRevision: 7, maxCount: 3 });
        expect(read.map((e) => e.streamRevision)).toEqual([7, 6, 5]);
      });

      it('reads backwards down to a revision', async () => {
        const read = await store.readStream(stream, { direction: 'backwards', toRevision: 8 });
        expect(read.map((e) => e.streamRevision)).toEqual([9, 8]);
      });
    });

    describe('as-of reads', () => {
      it('returns the stream as it was recorded at a past instant', async () => {
        const stream = uniqueStreamId();
        await store.append(stream, events(2), NO_STREAM);
        const [, second] = await store.readStream(stream);
        await sleep(25);
        const between = new Date().toISOString();
        await sleep(25);
        await store.append(stream, events(3), 1);
        const asOf = await store.readStream(stream, { asOf: between });
        expect(asOf.map((e) => e.streamRevision)).toEqual([0, 1]);
        expect((await store.readStream(stream, { asOf: second.recordedAt })).length).toBe(2);
        expect(await store.readStream(stream, { asOf: '2000-01-01T00:00:00.000Z' })).toEqual([]);
        expect(await store.readStream(stream, { asOf: new Date(Date.now() + 60_000) })).toHaveLength(5);
      });
    });

    describe('the global log', () => {
      it('orders events across streams by strictly increasing global position', async () => {
        const a = uniqueStreamId('a');
        const b = uniqueStreamId('b');
        const before = await store.headPosition();
        const e1 = anEvent();
        const e2 = anEvent();
        const e3 = anEvent();
        await store.append(a, [e1], NO_STREAM);
        await store.append(b, [e2], NO_STREAM);
        await store.append(a, [e3], 0);
        const read = await store.readAll({ after: before, maxCount: 1000 });
        const ours = read.filter((e) => e.streamId === a || e.streamId === b).map((e) => e.eventId);
        expect(ours).toEqual([e1.eventId, e2.eventId, e3.eventId]);
        for (let i = 1; i < read.length; i++) expect(read[i].globalPosition).toBeGreaterThan(read[i - 1].globalPosition);
        expect(await store.headPosition()).toBe(read[read.length - 1].globalPosition);
      });

      it('pages through the log in batches with no gap or repeat', async () => {
        const stream = uniqueStreamId();
        const before = await store.headPosition();
        await store.append(stream, events(25), NO_STREAM);
        const seen: RecordedEvent[] = [];
        let after = before;
        for (;;) {
          const batch = await store.readAll({ after, maxCount: 7 });
          if (batch.length === 0) break;
          expect(batch.length).toBeLessThanOrEqual(7);
          seen.push(...batch);
          after = batch[batch.length - 1].globalPosition;
        }
        const ours = seen.filter((e) => e.streamId === stream);
        expect(ours.map((e) => e.streamRevision)).toEqual(Array.from({ length: 25 }, (_, i) => i));
        expect(new Set(seen.map((e) => e.eventId)).size).toBe(seen.length);
      });
    });

    describe('subscribeAll', () => {
      it('catches up, then goes live, with no gap and no duplicate across the switch', async () => {
        const stream = uniqueStreamId();
        const start = await store.headPosition();
        await store.append(stream, events(30), NO_STREAM);
        const subscription = store.subscribeAll({ after: start, batchSize: 8, pollIntervalMs: 20 });
        const received: RecordedEvent[] = [];
        const total = 30 + 5 * 4;
        const done = (async () => {
          for await (const event of subscription) {
            if (event.streamId === stream) received.push(event);
            if (received.length === total) break;
          }
        })();
        // Append while the subscription is catching up and after it has gone live.
        for (let i = 0; i < 5; i++) {
          await sleep(i === 0 ? 0 : 30);
          await store.append(stream, events(4), 29 + i * 4);
        }
        await Promise.race([done, deadline(15_000, 'subscription stalled')]);
        await subscription.close();
        expect(received.map((e) => e.streamRevision)).toEqual(Array.from({ length: total }, (_, i) => i));
        const positions = received.map((e) => e.globalPosition);
        for (let i = 1; i < positions.length; i++) expect(positions[i]).toBeGreaterThan(positions[i - 1]);
      });

      // Only adapters with shared storage (several processes on one file or server) have siblings.
      if (factory.createSibling) it('sees appends made through another instance on the same storage', async () => {
        const sibling = await factory.createSibling!(store);
        try {
          const stream = uniqueStreamId();
          const subscription = store.subscribeAll({ after: await store.headPosition(), pollIntervalMs: 20 });
          const first = (async () => {
            for await (const event of subscription) if (event.streamId === stream) return event;
            return undefined;
          })();
          const e = anEvent();
          await sibling.append(stream, [e], NO_STREAM);
          const got = await Promise.race([first, deadline(10_000, 'sibling append not seen')]);
          await subscription.close();
          expect(got?.eventId).toBe(e.eventId);
        } finally {
          await sibling.close();
        }
      });

      it('applies backpressure: it does not read ahead of a slow consumer', async () => {
        const stream = uniqueStreamId();
        const start = await store.headPosition();
        await store.append(stream, events(20), NO_STREAM);
        const subscription = store.subscribeAll({ after: start, batchSize: 5, pollIntervalMs: 20 });
        const iterator = subscription[Symbol.asyncIterator]();
        const first = await iterator.next();
        expect(first.done).toBe(false);
        // Nothing else has been taken; closing now must end the iteration cleanly.
        await subscription.close();
        const rest: RecordedEvent[] = [];
        for (;;) {
          const next = await iterator.next();
          if (next.done) break;
          rest.push(next.value);
        }
        expect(rest.length).toBeLessThan(20);
      });

      it('ends a waiting live subscription when closed', async () => {
        const subscription = store.subscribeAll({ after: await store.headPosition(), pollIntervalMs: 5_000 });
        const iterator = subscription[Symbol.asyncIterator]();
        const pending = iterator.next();
        await sleep(20);
        await subscription.close();
        const result = await Promise.race([pending, deadline(2_000, 'close did not end the subscription')]);
        expect(result.done).toBe(true);
      });
    });
  });
}

import { NO_STREAM, type NewEvent, type RecordedEvent } from '@casetrail/event-sourcing';
import { InMemoryEventStore } from '@casetrail/event-store-memory';
import {
  CHECKPOINTS_COLLECTION,
  ProjectionRunner,
  type Projection,
  type ReadModelStore,
  type WriteOperation,
} from '@casetrail/read-models';
import { MongoReadModelStore } from './mongo-read-model-store';
import { toMongoSort } from './mongo-query';
import { connectTestStore, dropTestDatabase, mongoSuiteRuns, testDatabaseName } from './mongo-test-server';

interface CaseTally {
  province: string;
  victims: number;
  closed: boolean;
}

/** Synthetic per-case tally: one document per case stream; a withdrawn case leaves a tombstone. */
const tally: Projection<CaseTally> = {
  name: 'test.mongo-case-tally',
  version: 1,
  collection: 'case_tally',
  handles: ['test.CaseOpened', 'test.VictimRecorded', 'test.CaseClosed', 'test.CaseWithdrawn'],
  documentId: (event) => event.streamId,
  apply(current, event) {
    switch (event.type) {
      case 'test.CaseOpened':
        return { province: (event.data as { province: string }).province, victims: 0, closed: false };
      case 'test.VictimRecorded':
        return { ...current!, victims: current!.victims + 1 };
      case 'test.CaseClosed':
        return { ...current!, closed: true };
      default:
        return null;
    }
  },
};

const provinces = ['បាត់ដំបង', 'Phnom Penh', 'Siem Reap', 'Kampot'];
const CASES = 24;
const caseIds = Array.from({ length: CASES }, (_, i) => `case-${i}`);

function event(type: string, data: unknown = {}): NewEvent {
  return {
    eventId: globalThis.crypto.randomUUID(),
    type,
    schemaVersion: 1,
    data,
    actor: { userId: 'test-user', role: 'police', unit: 'test-unit', province: 'Kampot' },
    correlationId: globalThis.crypto.randomUUID(),
    causationId: null,
    occurredAt: '2024-05-01T08:00:00.000Z',
  };
}

/** Opens every case, then victims, closes and withdrawals interleaved across streams. */
async function appendCases(events: InMemoryEventStore): Promise<number> {
  for (const [i, id] of caseIds.entries()) {
    await events.append(id, [event('test.CaseOpened', { province: provinces[i % provinces.length] })], NO_STREAM);
    await events.append(`noise-${i}`, [event('test.Unrelated')], NO_STREAM);
  }
  for (const [i, id] of caseIds.entries()) {
    const more = Array.from({ length: i % 3 }, () => event('test.VictimRecorded'));
    if (i % 5 === 0) more.push(event('test.CaseWithdrawn'));
    else if (i % 4 === 0) more.push(event('test.CaseClosed'));
    if (more.length > 0) await events.append(id, more, 0);
  }
  return events.headPosition();
}

/** Every entry the projection wrote, tombstones included, in id order. */
async function snapshot(store: ReadModelStore, withVersions = true) {
  const entries = await store.getEntries(tally.collection, caseIds);
  return entries
    .map((e) => (withVersions ? e : { ...e, version: 0 }))
    .sort((a, b) => (a.id === b.id ? 0 : a.id < b.id ? -1 : 1));
}

/** A store that crashes on the n-th checkpoint save, i.e. after that batch's documents were written. */
function crashingOnCheckpoint(store: ReadModelStore, n: number): ReadModelStore {
  let saves = 0;
  return Object.assign(Object.create(store) as ReadModelStore, {
    write: async <T>(collection: string, ops: readonly WriteOperation<T>[]) => {
      if (collection === CHECKPOINTS_COLLECTION && ++saves === n) throw new Error('simulated crash');
      return store.write(collection, ops);
    },
  });
}

describe('ProjectionRunner on MongoDB: sorting helper', () => {
  it('always ends the sort with the id tie-breaker', () => {
    expect(Object.keys(toMongoSort({ victims: -1 }))).toEqual(['data.victims', '_id']);
  });
});

if (mongoSuiteRuns('ProjectionRunner on MongoDB')) {
  describe('ProjectionRunner on MongoDB (FerretDB)', () => {
    let base: MongoReadModelStore;
    let events: InMemoryEventStore;
    let head: number;
    let stores = 0;
    // Every test writes under its own prefix (checkpoints included) on one shared connection.
    const freshStore = () => new MongoReadModelStore(base.connection, { collectionPrefix: `t${++stores}_` });

    beforeAll(async () => {
      base = await connectTestStore(testDatabaseName('rm_runner'), { indexes: { [tally.collection]: [{ 'data.province': 1 }] } });
    });
    afterAll(() => dropTestDatabase(base));
    beforeEach(async () => {
      events = new InMemoryEventStore();
      head = await appendCases(events);
    });
    afterEach(() => events.close());

    const all = (): Promise<RecordedEvent[]> => events.readAll({ maxCount: 10_000 });

    it('builds one document per case with its marker, and a tombstone for a withdrawn case', async () => {
      const store = freshStore();
      expect(await new ProjectionRunner(store, [tally], { batchSize: 7 }).catchUp(events)).toBe(head);
      const case2 = await store.get<CaseTally>(tally.collection, 'case-2');
      expect(case2?.data).toEqual({ province: 'Siem Reap', victims: 2, closed: false });
      expect(case2?.applied).toMatchObject({ streamId: 'case-2', streamRevision: 2 });
      expect(await store.get(tally.collection, 'case-5')).toBeNull();
      expect(await store.count(tally.collection)).toBe(19);
      expect(await store.count(tally.collection, { province: 'បាត់ដំបង', closed: true })).toBe(4);
      expect((await store.get<{ position: number }>(CHECKPOINTS_COLLECTION, tally.name))?.data.position).toBe(head);
    });

    it('leaves the same documents, versions included, when the same batch is applied twice', async () => {
      const store = freshStore();
      const batch = await all();
      await new ProjectionRunner(store, [tally]).applyBatch(batch);
      const once = await snapshot(store);
      await new ProjectionRunner(store, [tally]).applyBatch(batch);
      const runner = new ProjectionRunner(store, [tally]);
      await runner.applyBatch(batch);
      await runner.applyBatch(batch);
      expect(await snapshot(store)).toEqual(once);
      expect(once).toHaveLength(CASES);
    });

    it('gives the same documents as a clean run after a crash between the document write and the checkpoint', async () => {
      const clean = freshStore();
      await new ProjectionRunner(clean, [tally], { batchSize: 10 }).catchUp(events);

      const store = freshStore();
      await expect(new ProjectionRunner(crashingOnCheckpoint(store, 3), [tally], { batchSize: 10 }).catchUp(events)).rejects.toThrow(
        'simulated crash',
      );
      // The third batch's documents were written, its checkpoint was not.
      expect((await store.get<{ position: number }>(CHECKPOINTS_COLLECTION, tally.name))?.data.position).toBe(20);
      expect(await new ProjectionRunner(store, [tally], { batchSize: 10 }).catchUp(events)).toBe(head);
      expect(await snapshot(store)).toEqual(await snapshot(clean));
    });

    it('rebuilds to the same documents as a live run', async () => {
      const liveStore = freshStore();
      const live = new ProjectionRunner(liveStore, [tally], { batchSize: 5, pollIntervalMs: 20 });
      const running = live.runLive(events);
      await live.waitForPosition(head);
      await events.append('case-1', [event('test.CaseClosed')], 1);
      await events.append('case-late', [event('test.CaseOpened', { province: 'Kampot' })], NO_STREAM);
      const newHead = await events.headPosition();
      await live.waitForPosition(newHead);
      await live.stop();
      await running;

      const rebuiltStore = freshStore();
      await rebuiltStore.write(tally.collection, [{ id: 'stale', expectedVersion: null, data: { junk: true }, applied: null }]);
      const report = await new ProjectionRunner(rebuiltStore, [tally], { batchSize: 64 }).rebuild(events);
      expect(report.events).toBe(newHead);
      expect(await rebuiltStore.get(tally.collection, 'stale')).toBeNull();
      expect(await snapshot(rebuiltStore, false)).toEqual(await snapshot(liveStore, false));
      expect((await liveStore.get<CaseTally>(tally.collection, 'case-1'))?.data.closed).toBe(true);
      expect(await rebuiltStore.get(tally.collection, 'case-late')).not.toBeNull();
    });
  });
}

import { InMemoryEventStore } from '@casetrail/event-store-memory';
import { NO_STREAM, type RecordedEvent } from '@casetrail/event-sourcing';
import { InMemoryReadModelStore } from '../in-memory/in-memory-read-model-store';
import type { ReadModelStore, WriteOperation } from '../read-model-store.port';
import {
  InvalidProjectionSetError,
  ProjectionStreamMixError,
  ReadModelConflictRetriesExhaustedError,
} from '../read-model.errors';
import {
  appendCases,
  caseEvent,
  caseFactsProjection,
  eventsPerStreamProjection,
  type CaseFacts,
} from './case-facts.fixture';
import { CHECKPOINTS_COLLECTION } from './projection-checkpoints';
import { ProjectionRunner } from './projection-runner';

const facts = caseFactsProjection();
const CASES = 40;
const caseIds = Array.from({ length: CASES }, (_, i) => `case-${i}`);

/** Every entry the projections wrote, tombstones included, in a comparable form. */
async function snapshot(store: ReadModelStore, withVersions = true) {
  const strip = <E extends { version: number }>(e: E) => (withVersions ? e : { ...e, version: 0 });
  const sortById = <E extends { id: string }>(list: E[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
  return {
    facts: sortById(await store.getEntries(facts.collection, caseIds)).map(strip),
    perStream: (await store.find(eventsPerStreamProjection.collection)).map(strip),
  };
}

async function allEvents(events: InMemoryEventStore): Promise<RecordedEvent[]> {
  return events.readAll({ maxCount: 100_000 });
}

/** Wraps a store to interfere with writes (crashes, concurrent writers) and count them. */
class InterferingStore extends InMemoryReadModelStore {
  writes: Array<{ collection: string; ops: number }> = [];
  beforeWrite?: (collection: string, ops: readonly WriteOperation<unknown>[]) => Promise<void>;
  afterWrite?: (collection: string) => Promise<void>;
  beforeDrop?: (collection: string) => Promise<void>;

  override async drop(collection: string) {
    await this.beforeDrop?.(collection);
    return super.drop(collection);
  }

  override async write<T>(collection: string, ops: readonly WriteOperation<T>[]) {
    this.writes.push({ collection, ops: ops.length });
    await this.beforeWrite?.(collection, ops as readonly WriteOperation<unknown>[]);
    const result = await super.write(collection, ops);
    await this.afterWrite?.(collection);
    return result;
  }
}

describe('ProjectionRunner', () => {
  let events: InMemoryEventStore;
  let head: number;

  beforeEach(async () => {
    events = new InMemoryEventStore();
    head = await appendCases(events, CASES);
  });
  afterEach(async () => {
    await events.close();
  });

  it('builds one document per stream with its marker and saves each projection checkpoint', async () => {
    const store = new InMemoryReadModelStore();
    const runner = new ProjectionRunner(store, [facts, eventsPerStreamProjection], { batchSize: 7 });
    expect(await runner.catchUp(events)).toBe(head);

    const case3 = await store.get<CaseFacts>(facts.collection, 'case-3');
    expect(case3?.data).toEqual({ province: 'Kampot', victims: 3, minors: 2, closed: true, events: 5 });
    expect(case3?.applied).toMatchObject({ streamId: 'case-3', streamRevision: 4 });
    expect(await store.get(facts.collection, 'case-5')).toBeNull(); // withdrawn
    expect(await store.count(facts.collection)).toBe(CASES - CASES / 5);
    expect(await store.count(facts.collection, { province: 'បាត់ដំបង' })).toBe(8);
    expect(await store.count(eventsPerStreamProjection.collection)).toBe(2 * CASES);
    const checkpoints = await store.find<{ position: number; projectionVersion: number }>(CHECKPOINTS_COLLECTION);
    expect(checkpoints.map((c) => [c.id, c.data])).toEqual([
      ['test.case-facts', { position: head, projectionVersion: 1 }],
      ['test.events-per-stream', { position: head, projectionVersion: 1 }],
    ]);
  });

  it('changes nothing when the same batch is applied twice', async () => {
    const store = new InMemoryReadModelStore();
    const runner = new ProjectionRunner(store, [facts, eventsPerStreamProjection]);
    const batch = await allEvents(events);
    await runner.applyBatch(batch);
    const once = await snapshot(store);
    await runner.applyBatch(batch);
    expect(await snapshot(store)).toEqual(once); // versions included: nothing was even rewritten
  });

  it('applies batches in order per stream but not by global position (runs of Kafka partitions) as a catch-up would', async () => {
    const inOrder = new InMemoryReadModelStore();
    await new ProjectionRunner(inOrder, [facts, eventsPerStreamProjection]).catchUp(events);
    // Three "partitions" by stream, consumed one after another in runs that mix streams.
    const log = await allEvents(events);
    const partitions = [0, 1, 2].map((p) => log.filter((e) => Number(e.streamId.replace(/\D/g, '')) % 3 === p));
    const store = new InMemoryReadModelStore();
    const runner = new ProjectionRunner(store, [facts, eventsPerStreamProjection]);
    for (const partition of [partitions[2]!, partitions[0]!, partitions[1]!]) {
      for (let from = 0; from < partition.length; from += 9) await runner.applyBatch(partition.slice(from, from + 9));
    }
    expect(await snapshot(store, false)).toEqual(await snapshot(inOrder, false));
  });

  it('changes nothing when a new runner replays from 0 over existing documents', async () => {
    const store = new InMemoryReadModelStore();
    await new ProjectionRunner(store, [facts, eventsPerStreamProjection], { batchSize: 9 }).catchUp(events);
    const before = await snapshot(store);
    await store.drop(CHECKPOINTS_COLLECTION); // the checkpoint is lost: everything is read again
    const replay = new ProjectionRunner(store, [facts, eventsPerStreamProjection], { batchSize: 13 });
    expect(replay.position).toBe(0);
    await replay.catchUp(events);
    expect(await snapshot(store)).toEqual(before);
  });

  it('gives the same documents as a clean run after a crash between the document write and the checkpoint', async () => {
    const clean = new InMemoryReadModelStore();
    await new ProjectionRunner(clean, [facts, eventsPerStreamProjection], { batchSize: 10 }).catchUp(events);

    const crashing = new InterferingStore();
    let checkpointSaves = 0;
    crashing.beforeWrite = async (collection) => {
      if (collection === CHECKPOINTS_COLLECTION && ++checkpointSaves === 3) throw new Error('simulated crash');
    };
    await expect(
      new ProjectionRunner(crashing, [facts, eventsPerStreamProjection], { batchSize: 10 }).catchUp(events),
    ).rejects.toThrow('simulated crash');
    const checkpoint = await crashing.get<{ position: number }>(CHECKPOINTS_COLLECTION, facts.name);
    expect(checkpoint?.data.position).toBe(20); // two batches made it; the third wrote documents only

    crashing.beforeWrite = undefined;
    const restarted = new ProjectionRunner(crashing, [facts, eventsPerStreamProjection], { batchSize: 10 });
    expect(restarted.position).toBe(0);
    await restarted.catchUp(events);
    expect(restarted.position).toBe(head);
    expect(await snapshot(crashing)).toEqual(await snapshot(clean));
  });

  it('completes an interrupted rebuild on the next catch-up, wherever the rebuild stopped', async () => {
    const clean = new InMemoryReadModelStore();
    await new ProjectionRunner(clean, [facts, eventsPerStreamProjection], { batchSize: 25 }).catchUp(events);
    const expected = await snapshot(clean, false);

    // Every drop and write of a rebuild is a place where the process or the server may die.
    const counting = new InterferingStore();
    await new ProjectionRunner(counting, [facts, eventsPerStreamProjection]).catchUp(events);
    let steps = 0;
    counting.beforeDrop = async () => void steps++;
    counting.beforeWrite = async () => void steps++;
    await new ProjectionRunner(counting, [facts, eventsPerStreamProjection], { batchSize: 25 }).rebuild(events);
    expect(steps).toBeGreaterThan(6);

    for (let stop = 1; stop <= steps; stop++) {
      // Read models that exist (a rebuild replaces them), then a rebuild that dies before step `stop`.
      const store = new InterferingStore();
      await new ProjectionRunner(store, [facts, eventsPerStreamProjection]).catchUp(events);
      let step = 0;
      const crash = async () => {
        if (++step === stop) throw new Error('simulated crash');
      };
      store.beforeDrop = crash;
      store.beforeWrite = crash;
      await expect(new ProjectionRunner(store, [facts, eventsPerStreamProjection], { batchSize: 25 }).rebuild(events)).rejects.toThrow('simulated crash');
      store.beforeDrop = undefined;
      store.beforeWrite = undefined;
      // What a restarted process does: load the checkpoints and catch up.
      expect(await new ProjectionRunner(store, [facts, eventsPerStreamProjection], { batchSize: 25 }).catchUp(events)).toBe(head);
      expect({ stop, readModels: await snapshot(store, false) }).toEqual({ stop, readModels: expected });
    }
  });

  it('rebuilds to the same documents as a live run, and reports its progress', async () => {
    const liveStore = new InMemoryReadModelStore();
    const live = new ProjectionRunner(liveStore, [facts, eventsPerStreamProjection], { batchSize: 16, pollIntervalMs: 20 });
    const running = live.runLive(events);
    await live.waitForPosition(head);
    // Appends made while running arrive live.
    await events.append('case-late', [caseEvent('test.CaseOpened', { province: 'Kampot' })], NO_STREAM);
    await events.append('case-1', [caseEvent('test.CaseClosed')], 1);
    const newHead = await events.headPosition();
    await live.waitForPosition(newHead);
    await live.stop();
    await running;

    const rebuiltStore = new InMemoryReadModelStore();
    await rebuiltStore.write(facts.collection, [{ id: 'stale', expectedVersion: null, data: { junk: true }, applied: null }]);
    const progress: Array<[number, number]> = [];
    const report = await new ProjectionRunner(rebuiltStore, [facts, eventsPerStreamProjection], { batchSize: 64 }).rebuild(events, {
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(report.events).toBe(newHead);
    expect(report.eventsPerSecond).toBeGreaterThan(0);
    expect(progress[0]).toEqual([0, newHead]);
    expect(progress[progress.length - 1]).toEqual([newHead, newHead]);
    expect(await rebuiltStore.get(facts.collection, 'stale')).toBeNull();
    expect(await snapshot(rebuiltStore, false)).toEqual(await snapshot(liveStore, false));
    expect((await liveStore.get<CaseFacts>(facts.collection, 'case-1'))?.data.closed).toBe(true);
    expect(await liveStore.get(facts.collection, 'case-late')).not.toBeNull();
  });

  it('retries documents another writer changed meanwhile and ends as a single run would', async () => {
    const reference = new InMemoryReadModelStore();
    await new ProjectionRunner(reference, [facts]).catchUp(events);

    const store = new InterferingStore();
    const batch = await allEvents(events);
    const rival = new ProjectionRunner(store, [facts]);
    let interfered = false;
    store.beforeWrite = async (collection) => {
      if (collection !== facts.collection || interfered) return;
      interfered = true;
      // Another process of the same projection gets there first with the first half of the log.
      await rival.applyBatch(batch.slice(0, Math.floor(batch.length / 2)));
    };
    await new ProjectionRunner(store, [facts]).applyBatch(batch);

    const factWrites = store.writes.filter((w) => w.collection === facts.collection);
    expect(factWrites.length).toBe(3); // ours, the rival's, our retry
    expect(await snapshot(store, false)).toEqual(await snapshot(reference, false));
  });

  it('folds on the documents it wrote itself without reading them back, and reads what it let go or lost', async () => {
    const reference = new InMemoryReadModelStore();
    await new ProjectionRunner(reference, [facts, eventsPerStreamProjection], { cachedDocuments: 0, batchSize: 7 }).catchUp(events);

    class CountingStore extends InterferingStore {
      reads: string[] = [];
      override async getEntries<T>(collection: string, ids: readonly string[]) {
        if (collection !== CHECKPOINTS_COLLECTION) this.reads.push(...ids.map((id) => `${collection}/${id}`));
        return super.getEntries<T>(collection, ids);
      }
    }
    // Caught up from a store that already holds documents: each is read once, then folded on as written.
    const store = new CountingStore();
    await new ProjectionRunner(store, [facts], { cachedDocuments: 0 }).catchUp({
      readAll: (o) => events.readAll({ ...o, maxCount: Math.min(o?.maxCount ?? 1000, 20) }),
      headPosition: async () => 20,
    });
    store.reads = [];
    const runner = new ProjectionRunner(store, [facts, eventsPerStreamProjection], { batchSize: 7, cachedDocuments: 1000 });
    await runner.catchUp(events);
    const readTwice = store.reads.filter((id, i) => store.reads.indexOf(id) !== i);
    expect(readTwice).toEqual([]);
    expect(await snapshot(store, false)).toEqual(await snapshot(reference, false));

    // A rebuild reads each document once at most (to learn that it is absent), then folds on what it wrote.
    store.reads = [];
    await runner.rebuild(events);
    expect(store.reads.filter((id, i) => store.reads.indexOf(id) !== i)).toEqual([]);
    expect(await snapshot(store, false)).toEqual(await snapshot(reference, false));

    // With room for 4 documents per collection, the ones let go are read again, and the result is the same.
    store.reads = [];
    const small = new ProjectionRunner(store, [facts, eventsPerStreamProjection], { batchSize: 7, cachedDocuments: 4 });
    await small.rebuild(events);
    expect(store.reads.filter((id, i) => store.reads.indexOf(id) !== i).length).toBeGreaterThan(0);
    expect(await snapshot(store, false)).toEqual(await snapshot(reference, false));

    // Another writer changes documents this runner holds: its writes conflict, it reads them and redoes its events.
    const log = await allEvents(events);
    const fresh = new CountingStore();
    const ours = new ProjectionRunner(fresh, [facts], { cachedDocuments: 1000 });
    await ours.applyBatch(log.filter((e) => e.streamRevision === 0)); // every document created, and held
    const rival = new ProjectionRunner(fresh, [facts], { cachedDocuments: 0 });
    await rival.applyBatch(log.filter((e) => e.streamRevision === 1));
    fresh.writes = [];
    fresh.reads = [];
    await ours.applyBatch(log.filter((e) => e.streamRevision >= 1));
    expect(fresh.reads.length).toBeGreaterThan(0);
    expect(fresh.writes.filter((w) => w.collection === facts.collection)).toHaveLength(2); // the stale guesses conflicted once
    expect((await snapshot(fresh, false)).facts).toEqual((await snapshot(reference, false)).facts);
  });

  it('keeps what it wrote frozen in tests, so a projection that changes the document it is given fails loudly', async () => {
    const mutating = caseFactsProjection({
      name: 'test.mutating',
      collection: 'test_mutating',
      apply: (current, event) => {
        if (current === null) return { province: 'Kampot', victims: 0, minors: 0, closed: false, events: 1 };
        current.events += 1; // wrong: the document given is the one the runner wrote before
        void event;
        return current;
      },
    });
    const runner = new ProjectionRunner(new InMemoryReadModelStore(), [mutating], { batchSize: 3 });
    await expect(runner.catchUp(events)).rejects.toThrow(TypeError);
  });

  it('gives up loudly when documents keep changing under it, leaving the checkpoint alone', async () => {
    const store = new InterferingStore();
    store.beforeWrite = async (collection, ops) => {
      if (collection !== facts.collection) return;
      // Someone bumps every document we are about to write, every time.
      const entries = await store.getEntries(collection, ops.map((o) => o.id));
      const bumps = ops.map((o) => ({ id: o.id, expectedVersion: entries.find((e) => e.id === o.id)?.version ?? null, data: {}, applied: null }));
      await InMemoryReadModelStore.prototype.write.call(store, collection, bumps);
    };
    const runner = new ProjectionRunner(store, [facts], { maxWriteAttempts: 3 });
    await expect(runner.applyBatch(await events.readStream('case-1'))).rejects.toBeInstanceOf(
      ReadModelConflictRetriesExhaustedError,
    );
    expect(store.writes.filter((w) => w.collection === facts.collection)).toHaveLength(3);
    expect(await store.get(CHECKPOINTS_COLLECTION, facts.name)).toBeNull();
  });

  it('throws loudly when a projection maps two streams to one document, and keeps its checkpoint', async () => {
    const store = new InMemoryReadModelStore();
    const mixing = caseFactsProjection({ name: 'test.mixing', collection: 'test_mixing', documentId: () => 'everything' });
    const runner = new ProjectionRunner(store, [mixing]);
    await expect(runner.catchUp(events)).rejects.toBeInstanceOf(ProjectionStreamMixError);
    expect(await store.get(CHECKPOINTS_COLLECTION, 'test.mixing')).toBeNull();
    expect(await store.count('test_mixing')).toBe(0);
  });

  it('never resurrects a deleted document on replay', async () => {
    const store = new InMemoryReadModelStore();
    const runner = new ProjectionRunner(store, [facts]);
    await runner.catchUp(events);
    expect(await store.get(facts.collection, 'case-10')).toBeNull();
    // Replay only the first events of the withdrawn case: the tombstone's marker absorbs them.
    await runner.applyBatch((await events.readStream('case-10')).slice(0, 2));
    expect(await store.get(facts.collection, 'case-10')).toBeNull();
  });

  it('rebuilds a projection whose version changed, and builds a projection added to the group from 0', async () => {
    const store = new InMemoryReadModelStore();
    await new ProjectionRunner(store, [facts]).catchUp(events);
    await store.write(facts.collection, [{ id: 'leftover', expectedVersion: null, data: { old: true }, applied: null }]);

    const messages: string[] = [];
    const v2 = caseFactsProjection({ version: 2 });
    const runner = new ProjectionRunner(store, [v2, eventsPerStreamProjection], { log: (m) => messages.push(m) });
    await runner.catchUp(events);
    expect(messages).toEqual([expect.stringContaining('version 1 -> 2')]);
    expect(await store.get(facts.collection, 'leftover')).toBeNull();
    expect(await store.count(facts.collection)).toBe(CASES - CASES / 5);
    expect(await store.count(eventsPerStreamProjection.collection)).toBe(2 * CASES);
    expect((await store.get<{ projectionVersion: number }>(CHECKPOINTS_COLLECTION, facts.name))?.data.projectionVersion).toBe(2);
  });

  it('refuses two projections with one name or one collection', () => {
    const store = new InMemoryReadModelStore();
    expect(() => new ProjectionRunner(store, [facts, caseFactsProjection({ collection: 'other' })])).toThrow(InvalidProjectionSetError);
    expect(() => new ProjectionRunner(store, [facts, caseFactsProjection({ name: 'other' })])).toThrow(InvalidProjectionSetError);
  });

  it('stops a live run that is waiting for events, and resumes from its checkpoint', async () => {
    const store = new InMemoryReadModelStore();
    const first = new ProjectionRunner(store, [facts], { pollIntervalMs: 10_000 });
    const running = first.runLive(events);
    await first.waitForPosition(head);
    await first.stop();
    await expect(running).resolves.toBeUndefined();

    await events.append('case-new', [caseEvent('test.CaseOpened', { province: 'Kampot' })], NO_STREAM);
    const second = new ProjectionRunner(store, [facts]);
    expect(await second.catchUp(events)).toBe(head + 1);
    expect((await store.get<CaseFacts>(facts.collection, 'case-new'))?.data.province).toBe('Kampot');
  });

  it('rejects runLive when applying fails, and waitForPosition times out without keeping jest alive', async () => {
    const store = new InMemoryReadModelStore();
    const broken = caseFactsProjection({
      apply: () => {
        throw new Error('projection bug');
      },
    });
    const runner = new ProjectionRunner(store, [broken]);
    await expect(runner.runLive(events)).rejects.toThrow('projection bug');
    await expect(runner.waitForPosition(head, 20)).rejects.toThrow(/did not reach position/);
  });
});

import { NO_STREAM, type NewEvent } from '@casetrail/event-sourcing';
import { InMemoryEventStore } from '@casetrail/event-store-memory';
import { CHECKPOINTS_COLLECTION, ProjectionRunner, type Projection, type ReadModelStore, type WriteOperation } from '@casetrail/read-models';
import { MongoReadModelStore } from '@casetrail/read-models-mongodb';
import { randomUUID } from 'node:crypto';
import { PrivateInfra } from '../support/private-infra';
import { reportSoakFigures, soakSetting } from '../support/soak';

/*
 * A rebuild of read models into MongoDB (FerretDB) while the server is killed -9 and restarted:
 * each round rebuilds from scratch, the private server (never the shared one other suites use)
 * dies just before one of the rebuild's writes, comes back on the same data, and the runner
 * resumes from its checkpoints as a restarted process does. The documents, tombstones and
 * checkpoints then equal those of a rebuild without faults.
 *
 * The kill points: the first rounds take the two places that matter most (between dropping a
 * collection and resetting its checkpoint, in the order the rebuild had; halfway through the
 * batches), later rounds (`npm run test:soak`) a random write of the rebuild, every other one
 * while that write is in flight rather than just before it.
 */

const RESTARTS = soakSetting('CASETRAIL_SOAK_READ_MODEL_RESTARTS', 2);
const CASES = 90;
const BATCH = 20;
const RESUME_ATTEMPTS = 10;

interface CaseFacts {
  province: string;
  victims: number;
  closed: boolean;
}

const provinces = ['battambang', 'phnom-penh', 'siem-reap', 'kampot'];

/** Per case: opened, victims, closed; a withdrawn case leaves a tombstone. */
const caseFacts: Projection<CaseFacts> = {
  name: 'test.restart.case-facts',
  version: 1,
  collection: 'case_facts',
  handles: ['test.CaseOpened', 'test.VictimRecorded', 'test.CaseClosed', 'test.CaseWithdrawn'],
  documentId: (event) => (event.streamId.startsWith('case-') ? event.streamId : null),
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

/** Events per stream, every stream: a second collection and checkpoint in the same rebuild. */
const eventsPerStream: Projection<{ events: number }> = {
  name: 'test.restart.events-per-stream',
  version: 1,
  collection: 'events_per_stream',
  handles: [...caseFacts.handles, 'test.Unrelated'],
  documentId: (event) => event.streamId,
  apply: (current) => ({ events: (current?.events ?? 0) + 1 }),
};

const PROJECTIONS = [caseFacts, eventsPerStream] as Projection<unknown>[];

function event(type: string, data: unknown = {}): NewEvent {
  return {
    eventId: randomUUID(),
    type,
    schemaVersion: 1,
    data,
    actor: { userId: 'fault-test', role: 'police', unit: 'test-unit', province: 'kampot' },
    correlationId: randomUUID(),
    causationId: null,
    occurredAt: '2024-05-01T08:00:00.000Z',
  };
}

/** Opens every case, then victims, closes and withdrawals interleaved across streams (documents updated across batches). */
async function appendCases(store: InMemoryEventStore): Promise<string[]> {
  const streams: string[] = [];
  for (let i = 0; i < CASES; i++) {
    await store.append(`case-${i}`, [event('test.CaseOpened', { province: provinces[i % provinces.length] })], NO_STREAM);
    await store.append(`other-${i}`, [event('test.Unrelated')], NO_STREAM);
    streams.push(`case-${i}`, `other-${i}`);
  }
  for (let i = 0; i < CASES; i++) {
    const more = Array.from({ length: i % 3 }, () => event('test.VictimRecorded'));
    if (i % 7 === 0) more.push(event('test.CaseWithdrawn'));
    else if (i % 4 === 0) more.push(event('test.CaseClosed'));
    if (more.length > 0) await store.append(`case-${i}`, more, 0);
  }
  return streams;
}

/** Every entry (tombstones included) of both collections, and the checkpoints, without write versions. */
async function snapshot(store: ReadModelStore, streams: string[]) {
  const entries = async (collection: string, ids: string[]) =>
    (await store.getEntries(collection, ids)).map(({ version: _version, ...rest }) => rest).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    caseFacts: await entries(caseFacts.collection, streams),
    eventsPerStream: await entries(eventsPerStream.collection, streams),
    checkpoints: await entries(
      CHECKPOINTS_COLLECTION,
      PROJECTIONS.map((p) => p.name),
    ),
  };
}

/**
 * The store as the runner sees it, calling `hook(n)` at its n-th drop or write (1-based): awaited
 * before the call when `inFlight` is false, alongside it (and awaited after it) when true.
 */
function withHook(store: ReadModelStore, hook: (n: number) => Promise<void>, inFlight = () => false): ReadModelStore {
  let n = 0;
  const around = async <R>(call: () => Promise<R>): Promise<R> => {
    const hooked = hook(++n);
    if (!inFlight()) {
      await hooked;
      return call();
    }
    try {
      return await call();
    } finally {
      await hooked;
    }
  };
  return Object.assign(Object.create(store) as ReadModelStore, {
    drop: (collection: string) => around(() => store.drop(collection)),
    write: <T>(collection: string, ops: readonly WriteOperation<T>[]) => around(() => store.write(collection, ops)),
  });
}

describe('Read-model rebuild into MongoDB while the server is killed -9 and restarted', () => {
  const absent = process.env['CASETRAIL_MONGO_AVAILABLE'] === '0' && process.env['CI'] !== 'true';
  if (absent) {
    process.stdout.write('SKIPPED: read-model server restart test (no FerretDB at hand: npm run infra:up also builds the binary)\n');
    return;
  }

  let server: PrivateInfra;
  const stores: MongoReadModelStore[] = [];
  const connect = async (database: string) => {
    const store = await MongoReadModelStore.connect(server.mongoUri(database));
    stores.push(store);
    return store;
  };

  beforeAll(async () => {
    server = await PrivateInfra.create('ferretdb', 'rebuild');
    await server.start();
  }, 200_000);

  afterAll(async () => {
    await Promise.allSettled(stores.map((s) => s.close()));
    await server?.destroy();
  }, 60_000);

  it(`ends with the read models of a fault-free rebuild after ${RESTARTS} server kill(s) mid-rebuild`, async () => {
    const events = new InMemoryEventStore();
    const streams = await appendCases(events);
    const head = await events.headPosition();

    // The reference: the same rebuild, no fault. It also counts the rebuild's writes (kill points).
    const clean = await connect('casetrail_rebuild_clean');
    let writes = 0;
    await new ProjectionRunner(
      withHook(clean, async () => void writes++),
      PROJECTIONS,
      { batchSize: BATCH },
    ).rebuild(events);
    const expected = await snapshot(clean, streams);
    expect(expected.checkpoints.map((c) => ('data' in c ? c.data : c))).toEqual(PROJECTIONS.map((p) => ({ position: head, projectionVersion: p.version })));
    expect(expected.caseFacts.filter((e) => 'deleted' in e).length).toBe(Math.ceil(CASES / 7));

    // A rebuild replaces read models that exist: build them first, as a running system had.
    const faulted = await connect('casetrail_rebuild_faulted');
    expect(await new ProjectionRunner(faulted, PROJECTIONS, { batchSize: BATCH }).catchUp(events)).toBe(head);
    const killPoints = [2, Math.ceil(writes / 2)];
    const figures = { interrupted: 0, resumeAttempts: 0 };
    for (let round = 0; round < RESTARTS; round++) {
      const killAt = killPoints[round] ?? 1 + Math.floor(Math.random() * writes);
      const inFlight = round >= killPoints.length && round % 2 === 1;
      let killed = false;
      const hooked = withHook(
        faulted,
        async (n) => {
          if (n !== killAt) return;
          await server.kill();
          killed = true;
        },
        () => inFlight,
      );
      const outcome = await new ProjectionRunner(hooked, PROJECTIONS, { batchSize: BATCH }).rebuild(events).then(
        () => 'completed',
        (error: unknown) => error,
      );
      expect({ round, killAt, inFlight, killed }).toEqual({ round, killAt, inFlight, killed: true });
      if (outcome !== 'completed') figures.interrupted++;
      await server.start();

      // What a restarted process does: load the checkpoints and catch up. The driver reconnects
      // on its own; a command sent before it has may fail once more, so the resume is retried.
      let reached = 0;
      for (let attempt = 1; ; attempt++) {
        figures.resumeAttempts++;
        try {
          reached = await new ProjectionRunner(faulted, PROJECTIONS, { batchSize: BATCH }).catchUp(events);
          break;
        } catch (error) {
          if (attempt >= RESUME_ATTEMPTS) throw error;
          await new Promise((resolve) => setTimeout(resolve, 500));
        }
      }
      expect(reached).toBe(head);
      expect({ round, killAt, inFlight, readModels: await snapshot(faulted, streams) }).toEqual({ round, killAt, inFlight, readModels: expected });
    }
    expect(figures.interrupted).toBeGreaterThan(0);

    reportSoakFigures('read-model-server-restart', {
      kills: RESTARTS,
      restarts: RESTARTS,
      'rebuilds-interrupted': figures.interrupted,
      'resume-attempts': figures.resumeAttempts,
      events: head,
      documents: expected.caseFacts.length + expected.eventsPerStream.length,
      'writes-per-rebuild': writes,
      mismatches: 0,
    });
  }, 240_000 + RESTARTS * 60_000);
});

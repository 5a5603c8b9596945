import { EventTypeRegistry, type RecordedEvent } from '@casetrail/event-sourcing';
import { aRecordedEvent } from '../support/recorded-event.fixture';
import { InProcessBus } from './in-process-bus';
import type { BusMessage } from './message-bus.port';
import { UpcastingMessageBus } from './upcasting-message-bus';

const TOPIC = 'casetrail.test';

/** `test.ThingHappened` v1 `{note}` became v2 `{note, weight}`; v2 refuses anything else. */
const registry = new EventTypeRegistry().register({
  type: 'test.ThingHappened',
  currentVersion: 2,
  upcasters: [{ fromVersion: 1, upcast: (data) => ({ ...(data as object), weight: null }) }],
  validate: (data) => (typeof data === 'object' && data !== null && 'weight' in data ? undefined : 'data.weight is required'),
});

const v1 = (streamId: string, revision: number): BusMessage => ({ topic: TOPIC, key: streamId, event: aRecordedEvent(streamId, revision) });
const v2 = (streamId: string, revision: number): BusMessage => ({
  topic: TOPIC,
  key: streamId,
  event: { ...aRecordedEvent(streamId, revision, { note: 'synthetic', weight: 3 }), schemaVersion: 2 },
});
const unknownType = (streamId: string, revision: number): BusMessage => ({
  topic: TOPIC,
  key: streamId,
  event: { ...aRecordedEvent(streamId, revision), type: 'test.NeverRegistered' },
});

describe('UpcastingMessageBus', () => {
  let inner: InProcessBus;
  let bus: UpcastingMessageBus;
  beforeEach(() => {
    inner = new InProcessBus({ maxAttempts: 2, initialDelayMs: 1, maxDelayMs: 2 });
    bus = new UpcastingMessageBus(inner, registry);
  });
  afterEach(() => bus.close());

  it('delivers a version 1 event at the current version, and a current one as published', async () => {
    const got: RecordedEvent[] = [];
    await bus.subscribe({ topic: TOPIC, subscriberId: 'g1', handler: async (e) => void got.push(e) });
    await bus.publish([v1('a', 0), v2('a', 1)]);
    await inner.idle();
    expect(got.map((e) => [e.schemaVersion, e.data])).toEqual([
      [2, { note: 'synthetic', weight: null }],
      [2, { note: 'synthetic', weight: 3 }],
    ]);
    // Publishing is unchanged: the bus keeps the event as stored (version 1).
    expect(inner.messages(TOPIC)[0].event.schemaVersion).toBe(1);
  });

  it('upcasts every event of a batch', async () => {
    const batches: RecordedEvent[][] = [];
    await bus.subscribe({
      topic: TOPIC,
      subscriberId: 'g1',
      handler: async () => {
        throw new Error('the batch handler takes these');
      },
      handleBatch: async (events) => void batches.push([...events]),
    });
    await bus.publish([v1('a', 0), v1('b', 0), v2('a', 1)]);
    await inner.idle();
    expect(batches.flat().map((e) => e.schemaVersion)).toEqual([2, 2, 2]);
    expect(batches.flat().every((e) => (e.data as { weight?: unknown }).weight !== undefined)).toBe(true);
  });

  it('sends an unknown type to the dead letters after the retries, never skipping it silently; the others are handled', async () => {
    const got: string[] = [];
    const batchHandler = jest.fn(async (events: readonly RecordedEvent[]) => void got.push(...events.map((e) => e.streamId)));
    await bus.subscribe({ topic: TOPIC, subscriberId: 'g1', handler: async (e) => void got.push(e.streamId), handleBatch: batchHandler });
    await bus.publish([v1('a', 0), unknownType('poison', 0), v1('b', 0)]);
    await inner.idle();
    expect(got).toEqual(['a', 'b']);
    const dead = inner.deadLetters(TOPIC);
    expect(dead).toHaveLength(1);
    expect(dead[0]).toMatchObject({ subscriberId: 'g1', attempts: 2, message: { key: 'poison' } });
    expect(dead[0].reason).toMatch(/test\.NeverRegistered/);
  });

  it('sends a version newer than this build knows to the dead letters', async () => {
    const got: RecordedEvent[] = [];
    await bus.subscribe({ topic: TOPIC, subscriberId: 'g1', handler: async (e) => void got.push(e) });
    const future = v2('a', 0);
    await bus.publish([{ ...future, event: { ...future.event, schemaVersion: 3 } }]);
    await inner.idle();
    expect(got).toEqual([]);
    expect(inner.deadLetters(TOPIC)).toHaveLength(1);
  });
});

import { NO_STREAM, type RecordedEvent } from '@casetrail/event-sourcing';
import { events } from '@casetrail/event-store-contract';
import { InMemoryCheckpointStore, InMemoryEventStore } from '@casetrail/event-store-memory';
import { InProcessBus } from '../bus/in-process-bus';
import type { BusMessage, BusSubscribeOptions, MessageBus } from '../bus/message-bus.port';
import { IdempotentConsumer } from '../consumer/idempotent-consumer';
import { InMemoryProcessedEventsStore } from '../consumer/in-memory-processed-events-store';
import { deadline } from '../support/recorded-event.fixture';
import { EventPublisher } from './event-publisher';
import type { PublisherLogger } from './publisher-logger';

const ENFORCEMENT = 'casetrail.enforcement';
const FAST_RETRY = { initialDelayMs: 1, maxDelayMs: 2 };

/** A bus whose publish misbehaves on chosen calls: fails before or after handing the batch on. */
class UnreliableBus implements MessageBus {
  calls = 0;
  constructor(
    readonly inner: InProcessBus,
    private readonly failBefore: number[] = [],
    private readonly failAfter: number[] = [],
  ) {}
  async publish(messages: readonly BusMessage[]): Promise<void> {
    this.calls += 1;
    if (this.failBefore.includes(this.calls)) throw new Error('broker unavailable');
    await this.inner.publish(messages);
    if (this.failAfter.includes(this.calls)) throw new Error('process killed before the checkpoint');
  }
  subscribe(options: BusSubscribeOptions) {
    return this.inner.subscribe(options);
  }
  close() {
    return this.inner.close();
  }
}

function recordingLogger(): PublisherLogger & { lines: string[] } {
  const lines: string[] = [];
  const log = (level: string) => (message: string, fields?: Record<string, unknown>) =>
    void lines.push(`${level} ${message} ${JSON.stringify(fields ?? {})}`);
  return { lines, info: log('info'), warn: log('warn'), error: log('error') };
}

async function collect(bus: MessageBus, topic: string, subscriberId: string): Promise<RecordedEvent[]> {
  const got: RecordedEvent[] = [];
  await bus.subscribe({ topic, subscriberId, handler: async (e) => void got.push(e) });
  return got;
}

describe('EventPublisher', () => {
  let store: InMemoryEventStore;
  let checkpoints: InMemoryCheckpointStore;
  let bus: InProcessBus;
  beforeEach(() => {
    store = new InMemoryEventStore();
    checkpoints = new InMemoryCheckpointStore();
    bus = new InProcessBus({ initialDelayMs: 1, maxDelayMs: 2 });
  });
  afterEach(async () => {
    await bus.close();
    await store.close();
  });

  it('publishes every event once, in global order, to its context topic keyed by stream', async () => {
    await store.append('enforcement-case-1', events(2), NO_STREAM);
    await store.append('court-file-1', events(1), NO_STREAM);
    await store.append('enforcement-case-2', events(2), NO_STREAM);
    const enforcement = await collect(bus, ENFORCEMENT, 'stats');
    const court = await collect(bus, 'casetrail.court', 'stats');
    const publisher = new EventPublisher({ store, bus, checkpoints, batchSize: 2 });

    expect(await publisher.publishPending()).toBe(5);
    expect(await publisher.publishPending()).toBe(0);
    await bus.idle();

    const all = await store.readAll();
    expect(enforcement.map((e) => e.eventId)).toEqual(all.filter((e) => e.streamId.startsWith('enforcement')).map((e) => e.eventId));
    expect(court.map((e) => e.streamId)).toEqual(['court-file-1']);
    expect(bus.messages(ENFORCEMENT).map((m) => m.key)).toEqual([
      'enforcement-case-1',
      'enforcement-case-1',
      'enforcement-case-2',
      'enforcement-case-2',
    ]);
    expect(await checkpoints.load('bus-publisher')).toBe(await store.headPosition());
  });

  it('after a crash between publish and checkpoint, a restarted publisher republishes and the idempotent consumer applies each event once', async () => {
    await store.append('enforcement-case-1', events(5), NO_STREAM);
    const delivered: RecordedEvent[] = [];
    const applied: RecordedEvent[] = [];
    await bus.subscribe({ topic: ENFORCEMENT, subscriberId: 'raw', handler: async (e) => void delivered.push(e) });
    await new IdempotentConsumer('reactor', new InMemoryProcessedEventsStore(), async (e) => void applied.push(e)).subscribeTo(
      bus,
      ENFORCEMENT,
    );

    // The second batch reaches the bus, then the process "dies" before saving the checkpoint.
    const crashing = new UnreliableBus(bus, [], [2]);
    const first = new EventPublisher({ store, bus: crashing, checkpoints, batchSize: 2, retry: { maxAttempts: 1 } });
    await expect(first.publishPending()).rejects.toThrow('process killed');
    const all = await store.readAll();
    expect(await checkpoints.load('bus-publisher')).toBe(all[1].globalPosition);

    const restarted = new EventPublisher({ store, bus, checkpoints, batchSize: 2 });
    expect(await restarted.publishPending()).toBe(3);
    await bus.idle();

    const revisions = (list: RecordedEvent[]) => list.map((e) => e.streamRevision);
    expect(revisions(delivered)).toEqual([0, 1, 2, 3, 2, 3, 4]);
    expect(revisions(applied)).toEqual([0, 1, 2, 3, 4]);
  });

  it('resumes from its checkpoint', async () => {
    await store.append('enforcement-case-1', events(3), NO_STREAM);
    expect(await new EventPublisher({ store, bus, checkpoints }).publishPending()).toBe(3);
    await store.append('enforcement-case-1', events(2), 2);
    const restarted = new EventPublisher({ store, bus, checkpoints });
    expect(await restarted.publishPending()).toBe(2);
    expect(bus.messages(ENFORCEMENT).map((m) => m.event.streamRevision)).toEqual([0, 1, 2, 3, 4]);
  });

  it('retries a failed publish with backoff and logs without event data', async () => {
    await store.append('enforcement-case-1', events(2, { data: { name: 'SECRET-NAME' } }), NO_STREAM);
    const logger = recordingLogger();
    const flaky = new UnreliableBus(bus, [1, 2]);
    const publisher = new EventPublisher({ store, bus: flaky, checkpoints, logger, retry: { maxAttempts: 3, ...FAST_RETRY } });
    expect(await publisher.publishPending()).toBe(2);
    expect(flaky.calls).toBe(3);
    expect(bus.messages(ENFORCEMENT)).toHaveLength(2);
    expect(logger.lines.filter((l) => l.startsWith('warn'))).toHaveLength(2);
    expect(logger.lines.join('\n')).not.toContain('SECRET-NAME');
  });

  it('gives up a pending drain after the bounded attempts, keeping the checkpoint', async () => {
    await store.append('enforcement-case-1', events(1), NO_STREAM);
    const down = new UnreliableBus(bus, [1, 2, 3]);
    const publisher = new EventPublisher({ store, bus: down, checkpoints, retry: { maxAttempts: 2, ...FAST_RETRY } });
    await expect(publisher.publishPending()).rejects.toThrow('broker unavailable');
    expect(await checkpoints.load('bus-publisher')).toBe(0);
  });

  it('runs until stopped, publishing new events and surviving failed drains', async () => {
    const logger = recordingLogger();
    const flaky = new UnreliableBus(bus, [1, 2]);
    const publisher = new EventPublisher({
      store,
      bus: flaky,
      checkpoints,
      logger,
      pollIntervalMs: 5,
      retry: { maxAttempts: 1, ...FAST_RETRY },
    });
    let allSeen!: () => void;
    const seenAll = new Promise<void>((r) => (allSeen = r));
    const got: RecordedEvent[] = [];
    await bus.subscribe({
      topic: ENFORCEMENT,
      subscriberId: 'watcher',
      handler: async (e) => {
        got.push(e);
        if (got.length === 4) allSeen();
      },
    });
    const running = publisher.start();
    await store.append('enforcement-case-1', events(2), NO_STREAM);
    await store.append('enforcement-case-2', events(2), NO_STREAM);
    await Promise.race([seenAll, deadline(10_000, 'publisher did not publish')]);
    await publisher.stop();
    await running;
    expect(got.map((e) => `${e.streamId}#${e.streamRevision}`)).toEqual([
      'enforcement-case-1#0',
      'enforcement-case-1#1',
      'enforcement-case-2#0',
      'enforcement-case-2#1',
    ]);
    expect(logger.lines.some((l) => l.startsWith('error event publishing failed'))).toBe(true);
  });
});

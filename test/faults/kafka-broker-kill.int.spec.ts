import { NO_STREAM, type NewEvent, type RecordedEvent } from '@casetrail/event-sourcing';
import { InMemoryCheckpointStore, InMemoryEventStore } from '@casetrail/event-store-memory';
import { EventPublisher, IdempotentConsumer, InMemoryProcessedEventsStore, type BusSubscription, type PublisherLogger } from '@casetrail/messaging';
import { KafkaBus, kafkaAvailability } from '@casetrail/messaging-kafka';
import { InMemoryReadModelStore, isTombstone, ProjectionRunner, type Projection, type ReadModelEntry } from '@casetrail/read-models';
import { randomUUID } from 'node:crypto';
import { pollUntil } from '../distributed/support/poll-until';
import { PrivateInfra } from '../support/private-infra';
import { reportSoakFigures, soakSetting } from '../support/soak';

/*
 * The event log carried to Kafka while the broker dies: a writer appends to a store without
 * pause, the EventPublisher carries the log to a private broker (never the shared one other
 * suites use), and two consumer groups read it: a reactor behind an IdempotentConsumer and a
 * projection (markers per document). The broker is killed with -9 while messages flow, the
 * writer goes on appending, then the broker is restarted on the same data. In the end every
 * stored event was applied, once, in stream order, by both.
 */

const KILLS = soakSetting('CASETRAIL_SOAK_BROKER_KILLS', 1);
const STREAMS = 24;
const TOPIC = 'casetrail.enforcement';
/** Guards against a hang; never an assertion about speed. */
const CONVERGE_MS = 240_000;

interface StreamCount {
  events: number;
}

/** One document per stream counting its events: a double application would show as a count too high. */
const eventsPerStream: Projection<StreamCount> = {
  name: 'test.broker-kill.events-per-stream',
  version: 1,
  collection: 'events_per_stream',
  handles: ['test.FaultProbeRecorded'],
  documentId: (event) => event.streamId,
  apply: (current) => ({ events: (current?.events ?? 0) + 1 }),
};

const eventsOf = (entry: ReadModelEntry<StreamCount>): number => (isTombstone(entry) ? 0 : entry.data.events);

function probe(stream: number, n: number): NewEvent {
  return {
    eventId: randomUUID(),
    type: 'test.FaultProbeRecorded',
    schemaVersion: 1,
    data: { stream, n },
    actor: { userId: 'fault-test', role: 'system' },
    correlationId: randomUUID(),
    causationId: null,
    occurredAt: '2024-05-01T08:00:00.000Z',
  };
}

/** Appends to random streams, one to three events at a time, until stopped; counts what it wrote. */
class Writer {
  appended = 0;
  private stopped = false;
  private readonly revisions = new Map<string, number>();
  private done: Promise<void> = Promise.resolve();

  constructor(private readonly store: InMemoryEventStore) {}

  start(): void {
    this.done = this.loop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.done;
  }

  private async loop(): Promise<void> {
    for (let n = 0; !this.stopped; n++) {
      const stream = `enforcement-case-fault-${Math.floor(Math.random() * STREAMS)}`;
      const size = 1 + Math.floor(Math.random() * 3);
      const current = this.revisions.get(stream) ?? -1;
      const result = await this.store.append(stream, Array.from({ length: size }, (_, i) => probe(n, i)), current === -1 ? NO_STREAM : current);
      this.revisions.set(stream, result.nextExpectedRevision);
      this.appended += size;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
}

describe('Kafka broker killed -9 and restarted mid-stream', () => {
  const availability = kafkaAvailability();
  if (availability === 'skip') {
    process.stdout.write('SKIPPED: Kafka broker kill test (no Kafka at hand: npm run infra:up also fills the jar cache)\n');
    return;
  }

  let broker: PrivateInfra;
  let bus: KafkaBus | undefined;
  let store: InMemoryEventStore | undefined;

  beforeAll(async () => {
    broker = await PrivateInfra.create('kafka', 'broker-kill');
    await broker.start();
  }, 200_000);

  afterAll(async () => {
    await bus?.close().catch(() => undefined);
    await store?.close();
    await broker?.destroy();
  }, 120_000);

  it(`delivers every stored event once, in order, across ${KILLS} broker kill(s)`, async () => {
    store = new InMemoryEventStore();
    // Counted, never printed: the fault is seen by the publisher and the Kafka client alike.
    const failures = { publish: 0, client: 0 };
    const counting = (key: keyof typeof failures): PublisherLogger => ({
      info: () => undefined,
      warn: () => void failures[key]++,
      error: () => void failures[key]++,
    });
    bus = new KafkaBus({
      brokers: broker.brokers,
      clientId: 'broker-kill-test',
      topics: [TOPIC],
      sessionTimeoutMs: 10_000,
      retry: { initialDelayMs: 50, maxDelayMs: 500 },
      logger: counting('client'),
    });
    await bus.connect();

    // The reactor: an effect outside any read model, counted per event id.
    const applications = new Map<string, number>();
    const appliedOrder = new Map<string, number[]>();
    let deliveries = 0;
    const reactor = new IdempotentConsumer('broker-kill-reactor', new InMemoryProcessedEventsStore(), async (event: RecordedEvent) => {
      applications.set(event.eventId, (applications.get(event.eventId) ?? 0) + 1);
      appliedOrder.set(event.streamId, [...(appliedOrder.get(event.streamId) ?? []), event.streamRevision]);
    });
    // The projection: as the statistics process consumes the bus (runs of a partition per write).
    const readModels = new InMemoryReadModelStore();
    const runner = new ProjectionRunner(readModels, [eventsPerStream]);
    const subscriptions: BusSubscription[] = [
      await bus.subscribe({
        topic: TOPIC,
        subscriberId: reactor.subscriberId,
        handler: async (event) => {
          deliveries++;
          await reactor.handle(event);
        },
      }),
      await bus.subscribe({
        topic: TOPIC,
        subscriberId: 'broker-kill-projection',
        handler: (event) => runner.applyBatch([event]),
        handleBatch: (events) => runner.applyBatch(events),
      }),
    ];

    const publisher = new EventPublisher({
      store,
      bus,
      checkpoints: new InMemoryCheckpointStore(),
      batchSize: 50,
      pollIntervalMs: 20,
      retry: { maxAttempts: 3, initialDelayMs: 100, maxDelayMs: 1_000 },
      logger: counting('publish'),
    });
    const publishing = publisher.start();
    const writer = new Writer(store);
    writer.start();

    let appendedWhileDown = 0;
    for (let kill = 1; kill <= KILLS; kill++) {
      // Mid-stream: the consumers have applied something new since the last round.
      const seen = applications.size;
      await pollUntil('the reactor to apply new events before the kill', async () => (applications.size >= seen + 50 ? true : undefined), {
        timeoutMs: CONVERGE_MS,
        describe: () => `${applications.size} applied, ${writer.appended} appended`,
      });
      await broker.kill();
      // The writer goes on while the broker is gone (and starting): these events wait in the store.
      const before = writer.appended;
      await pollUntil('appends while the broker is down', async () => (writer.appended >= before + 30 ? true : undefined), { timeoutMs: 30_000 });
      await broker.start();
      appendedWhileDown += writer.appended - before;
    }
    await writer.stop();

    const stored = await store.readAll({ maxCount: 1_000_000 });
    const storedIds = new Set(stored.map((e) => e.eventId));
    const projected = async () => {
      const docs = await readModels.getEntries<StreamCount>(eventsPerStream.collection, [...new Set(stored.map((e) => e.streamId))]);
      return docs.reduce((sum, d) => sum + eventsOf(d), 0);
    };
    await pollUntil(
      'both consumer groups to apply every stored event',
      async () => ([...storedIds].every((id) => applications.has(id)) && (await projected()) >= stored.length ? true : undefined),
      { timeoutMs: CONVERGE_MS, intervalMs: 250, describe: () => `${applications.size} of ${stored.length} applied by the reactor\n${broker.logTail(10)}` },
    );
    await publisher.stop();
    await publishing;
    await Promise.all(subscriptions.map((s) => s.close()));

    // Nothing acknowledged lost: every event the store accepted was applied.
    const lost = stored.filter((e) => !applications.has(e.eventId));
    expect(lost.map((e) => e.eventId)).toEqual([]);
    // Nothing applied twice, nothing applied that was not stored.
    const twice = [...applications].filter(([, count]) => count !== 1);
    expect(twice).toEqual([]);
    expect([...applications.keys()].filter((id) => !storedIds.has(id))).toEqual([]);
    // In stream order, each stream whole.
    const byStream = new Map<string, number>();
    for (const e of stored) byStream.set(e.streamId, (byStream.get(e.streamId) ?? 0) + 1);
    for (const [stream, length] of byStream) {
      expect({ stream, order: appliedOrder.get(stream) }).toEqual({ stream, order: Array.from({ length }, (_, i) => i) });
    }
    // The projection counted each event of each stream once (a redelivery would over-count).
    const docs = await readModels.getEntries<StreamCount>(eventsPerStream.collection, [...byStream.keys()]);
    expect(Object.fromEntries(docs.map((d) => [d.id, eventsOf(d)]))).toEqual(Object.fromEntries(byStream));
    // Mid-stream for real: events were written while the broker was dead, and arrived after it.
    expect(appendedWhileDown).toBeGreaterThan(0);

    reportSoakFigures('kafka-broker-kill', {
      kills: KILLS,
      events: stored.length,
      'appended-while-down': appendedWhileDown,
      deliveries,
      redeliveries: deliveries - applications.size,
      'publish-failures': failures.publish,
      'client-errors': failures.client,
      lost: lost.length,
      'applied-twice': twice.length,
    });
  }, 300_000 + KILLS * 120_000);
});

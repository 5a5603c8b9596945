import { NO_STREAM, type RecordedEvent } from '@casetrail/event-sourcing';
import { events } from '@casetrail/event-store-contract';
import { InMemoryCheckpointStore, InMemoryEventStore } from '@casetrail/event-store-memory';
import { EventPublisher, IdempotentConsumer, InMemoryProcessedEventsStore, topicForStream } from '@casetrail/messaging';
import { kafkaAvailability, kafkaBrokers } from '../test-support/kafka-availability';
import { deleteTestRun, testRunPrefix, waitUntil } from '../test-support/kafka-test-run';
import { KafkaBus } from './kafka-bus';

const brokers = kafkaBrokers();
const availability = kafkaAvailability();
const prefix = testRunPrefix('publisher');
const ENFORCEMENT = 'casetrail.enforcement';

describe('EventPublisher to KafkaBus', () => {
  it('routes enforcement streams to the topic the Kafka bus will prefix', () => {
    expect(topicForStream('enforcement-case-1')).toBe(ENFORCEMENT);
  });

  if (availability === 'skip') {
    process.stdout.write(`SKIPPED: Kafka publisher test (no broker at ${brokers.join(',')})\n`);
    return;
  }
  if (availability === 'fail') {
    it('needs a broker under CI', () => {
      throw new Error(`No Kafka broker at ${brokers.join(',')} and CI=true: start one with npm run infra:up`);
    });
    return;
  }

  let store: InMemoryEventStore;
  let bus: KafkaBus;
  beforeAll(async () => {
    store = new InMemoryEventStore();
    bus = new KafkaBus({ brokers, clientId: 'publisher-test', topicPrefix: prefix, retry: { initialDelayMs: 5, maxDelayMs: 20 } });
    await bus.connect();
  });
  afterAll(async () => {
    await bus?.close();
    await store?.close();
    await deleteTestRun(brokers, prefix).catch(() => undefined);
  }, 30_000);

  it('delivers every stored event once to an idempotent consumer, in order per stream, even when republished', async () => {
    const streams = ['enforcement-case-1', 'enforcement-case-2', 'enforcement-case-3'];
    for (let round = 0; round < 4; round++) {
      for (const stream of streams) await store.append(stream, events(3), round === 0 ? NO_STREAM : round * 3 - 1);
    }
    const stored = await store.readAll();
    const delivered: RecordedEvent[] = [];
    const applied: RecordedEvent[] = [];
    const reactor = new IdempotentConsumer('reactor', new InMemoryProcessedEventsStore(), async (e) => void applied.push(e));
    const subscription = await bus.subscribe({
      topic: ENFORCEMENT,
      subscriberId: reactor.subscriberId,
      handler: async (e) => {
        delivered.push(e);
        await reactor.handle(e);
      },
    });

    const checkpoints = new InMemoryCheckpointStore();
    expect(await new EventPublisher({ store, bus, checkpoints, batchSize: 10 }).publishPending()).toBe(stored.length);
    // A publisher that lost its checkpoint (a crash before saving it) publishes everything again.
    const amnesiac = new EventPublisher({ store, bus, checkpoints: new InMemoryCheckpointStore(), batchSize: 7 });
    expect(await amnesiac.publishPending()).toBe(stored.length);

    await waitUntil(() => delivered.length >= 2 * stored.length, 'both publications');
    await subscription.close();
    expect(applied.map((e) => e.eventId).sort()).toEqual(stored.map((e) => e.eventId).sort());
    for (const stream of streams) {
      expect(applied.filter((e) => e.streamId === stream).map((e) => e.streamRevision)).toEqual(Array.from({ length: 12 }, (_, i) => i));
      const seen = delivered.filter((e) => e.streamId === stream).map((e) => e.streamRevision);
      expect(seen).toEqual([...Array.from({ length: 12 }, (_, i) => i), ...Array.from({ length: 12 }, (_, i) => i)]);
    }
  });
});

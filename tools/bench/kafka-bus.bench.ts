import { EventTypeRegistry, type RecordedEvent } from '@casetrail/event-sourcing';
import { arrayOf, integerBetween, nonEmptyString, object, validator } from '@casetrail/kernel';
import { UpcastingMessageBus, type MessageBus } from '@casetrail/messaging';
import { deleteTestRun, kafkaBrokers, KafkaBus, testRunPrefix, toKafkaMessage } from '@casetrail/messaging-kafka';
import { Kafka, logLevel, type Message } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import type { BenchOptions, BenchRow, Benchmark } from './bench-row';

const BATCH = 100;
const KEYS = 20;
const PARTITIONS = 3;

function syntheticEvent(n: number): RecordedEvent {
  const streamId = `bench-case-${n % KEYS}`;
  return {
    eventId: randomUUID(),
    type: 'bench.CaseNoteAdded',
    schemaVersion: 1,
    data: { n, note: 'synthetic benchmark event', tags: ['bench', 'kafka'], count: n % 7 },
    actor: { userId: 'bench-user', role: 'police', unit: 'bench-unit', province: 'bench-province' },
    correlationId: randomUUID(),
    causationId: null,
    occurredAt: '2024-01-01T00:00:00.000Z',
    streamId,
    streamRevision: Math.floor(n / KEYS),
    globalPosition: n + 1,
    recordedAt: '2024-01-01T00:00:00.000Z',
  };
}

/**
 * What the distributed runtime wraps every bus in (`UpcastingMessageBus` over the process's
 * EVENT_TYPE_REGISTRY): the benchmark's event type at its current version, its data checked the way
 * the contexts check theirs (the kernel's checks), so each delivered event costs a lookup and a
 * validation, as in production.
 */
const benchRegistry = new EventTypeRegistry().register({
  type: 'bench.CaseNoteAdded',
  currentVersion: 1,
  validate: validator(
    object({
      n: integerBetween(0, Number.MAX_SAFE_INTEGER),
      note: nonEmptyString(500),
      tags: arrayOf(nonEmptyString(50)),
      count: integerBetween(0, 6),
    }),
  ),
});

interface Rates {
  events: number;
  seconds: number;
}

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;

/** Publishes `count` events through KafkaBus in batches; returns the timed part. */
async function publishWithBus(bus: KafkaBus, topic: string, count: number): Promise<Rates> {
  const messages = Array.from({ length: count }, (_, n) => ({ topic, key: syntheticEvent(n).streamId, event: syntheticEvent(n) }));
  // Untimed warm-up batch: topic creation and the producer id come first on both sides.
  await bus.publish(messages.slice(0, BATCH));
  const start = process.hrtime.bigint();
  for (let i = BATCH; i < count; i += BATCH) await bus.publish(messages.slice(i, i + BATCH));
  return { events: count - BATCH, seconds: seconds(start) };
}

/** The same messages (already encoded: the raw side does no envelope work) through a plain producer. */
async function publishRaw(kafka: Kafka, topic: string, count: number): Promise<Rates> {
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
  await producer.connect();
  const messages: Message[] = Array.from({ length: count }, (_, n) => toKafkaMessage({ topic, key: '', event: syntheticEvent(n) })).map((m, n) => ({
    ...m,
    key: `bench-case-${n % KEYS}`,
  }));
  try {
    await producer.send({ topic, acks: -1, messages: messages.slice(0, BATCH) });
    const start = process.hrtime.bigint();
    for (let i = BATCH; i < count; i += BATCH) await producer.send({ topic, acks: -1, messages: messages.slice(i, i + BATCH) });
    return { events: count - BATCH, seconds: seconds(start) };
  } finally {
    await producer.disconnect();
  }
}

/** Times from the first delivered message to the last, so the group join is not counted. */
function countdown(count: number): { tick(): void; done: Promise<Rates> } {
  let seen = 0;
  let start = 0n;
  let finish!: (rates: Rates) => void;
  const done = new Promise<Rates>((resolve) => (finish = resolve));
  return {
    tick: () => {
      if (seen === 0) start = process.hrtime.bigint();
      seen += 1;
      // The first message starts the clock: count-1 intervals measured.
      if (seen === count) finish({ events: count - 1, seconds: seconds(start) });
    },
    done,
  };
}

async function consumeWithBus(bus: MessageBus, topic: string, count: number): Promise<Rates> {
  const clock = countdown(count);
  const sub = await bus.subscribe({ topic, subscriberId: `bench-${randomUUID()}`, handler: async () => clock.tick() });
  try {
    return await clock.done;
  } finally {
    await sub.close();
  }
}

/**
 * The baseline: what a plain kafkajs user writes for at-least-once delivery with a handler, and
 * nothing more. eachMessage (kafkajs resolves each offset after its handler returns, heartbeats
 * and checks auto-commit between messages, commits after each fetched batch), the same fetch
 * wait and group settings as the bus (kafkajs's defaults), and no decoding of the message.
 */
async function consumeRaw(kafka: Kafka, prefix: string, kafkaTopic: string, count: number): Promise<Rates> {
  const clock = countdown(count);
  const consumer = kafka.consumer({ groupId: `${prefix}raw-${randomUUID()}`, maxWaitTimeInMs: 500 });
  await consumer.connect();
  await consumer.subscribe({ topics: [kafkaTopic], fromBeginning: true });
  await consumer.run({ eachMessage: async () => clock.tick() });
  try {
    return await clock.done;
  } finally {
    await consumer.disconnect();
  }
}

/**
 * The ceiling: kafkajs eachBatch doing nothing per message (kafkajs resolves the batch's last
 * offset when it returns, and commits after each batch), still without decoding. No consumer with
 * a per-message handler and commit-after-handle can do less.
 */
async function consumeRawBatches(kafka: Kafka, prefix: string, kafkaTopic: string, count: number): Promise<Rates> {
  const clock = countdown(count);
  const consumer = kafka.consumer({ groupId: `${prefix}raw-batch-${randomUUID()}`, maxWaitTimeInMs: 500 });
  await consumer.connect();
  await consumer.subscribe({ topics: [kafkaTopic], fromBeginning: true });
  await consumer.run({
    eachBatch: async ({ batch }) => {
      for (let i = 0; i < batch.messages.length; i++) clock.tick();
    },
  });
  try {
    return await clock.done;
  } finally {
    await consumer.disconnect();
  }
}

function add(total: Rates, r: Rates): void {
  total.events += r.events;
  total.seconds += r.seconds;
}

async function run(options: BenchOptions): Promise<BenchRow[]> {
  const brokers = kafkaBrokers();
  const count = options.quick ? 2_000 : 20_000;
  const rounds = options.quick ? 1 : 2;
  const prefix = testRunPrefix('bench');
  const bus = new KafkaBus({ brokers, clientId: 'casetrail-bench', topicPrefix: prefix, partitions: PARTITIONS });
  try {
    await bus.connect();
  } catch (error) {
    console.log(`SKIPPED: Kafka bus benchmark (${(error as Error).message}; npm run infra:up starts a broker)`);
    return [];
  }
  const kafka = new Kafka({ clientId: 'casetrail-bench-raw', brokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const upcasting = new UpcastingMessageBus(bus, benchRegistry);
  const totals = {
    busPublish: { events: 0, seconds: 0 },
    rawPublish: { events: 0, seconds: 0 },
    busConsume: { events: 0, seconds: 0 },
    rawConsume: { events: 0, seconds: 0 },
    rawBatchConsume: { events: 0, seconds: 0 },
    upcastingConsume: { events: 0, seconds: 0 },
  };
  try {
    // Alternating rounds, each side on its own fresh topic, so a slow spell falls on both alike.
    for (let round = 0; round < rounds; round++) {
      const busTopic = `bench.bus-${round}`;
      const rawTopic = `${prefix}bench.raw-${round}`;
      await admin.createTopics({ waitForLeaders: true, topics: [{ topic: rawTopic, numPartitions: PARTITIONS }] });
      add(totals.busPublish, await publishWithBus(bus, busTopic, count));
      add(totals.rawPublish, await publishRaw(kafka, rawTopic, count));
      // Each topic read twice per consumer by fresh groups, in one order and then the reverse, so
      // no side always runs first (cold code) or last; the upcasting bus reads the bus's topic.
      const consumers = [
        async () => add(totals.busConsume, await consumeWithBus(bus, busTopic, count)),
        async () => add(totals.upcastingConsume, await consumeWithBus(upcasting, busTopic, count)),
        async () => add(totals.rawConsume, await consumeRaw(kafka, prefix, rawTopic, count)),
        async () => add(totals.rawBatchConsume, await consumeRawBatches(kafka, prefix, rawTopic, count)),
      ];
      for (const consume of [...consumers, ...[...consumers].reverse()]) await consume();
    }
  } finally {
    await admin.disconnect();
    await bus.close();
    await deleteTestRun(brokers, prefix).catch(() => undefined);
  }
  const rate = (r: Rates) => r.events / r.seconds;
  return [
    {
      benchmark: `publish, ${BATCH}-message batches`,
      setting: `acks=all, idempotent, ${PARTITIONS} partitions`,
      events: totals.busPublish.events,
      eventsPerSecond: rate(totals.busPublish),
      baselineEventsPerSecond: rate(totals.rawPublish),
    },
    {
      benchmark: 'consume, one group, no-op handler',
      setting: `fromBeginning, ${PARTITIONS} partitions`,
      events: totals.busConsume.events,
      eventsPerSecond: rate(totals.busConsume),
      baselineEventsPerSecond: rate(totals.rawConsume),
    },
    {
      benchmark: 'consume, no-op handler (raw = eachBatch, nothing per message)',
      setting: `fromBeginning, ${PARTITIONS} partitions`,
      events: totals.busConsume.events,
      eventsPerSecond: rate(totals.busConsume),
      baselineEventsPerSecond: rate(totals.rawBatchConsume),
    },
    {
      // Beside the plain bus of the same run: the cost of upcasting every delivered event.
      benchmark: 'consume via UpcastingMessageBus (raw = plain bus)',
      setting: 'registry upcast + data check per event',
      events: totals.upcastingConsume.events,
      eventsPerSecond: rate(totals.upcastingConsume),
      baselineEventsPerSecond: rate(totals.busConsume),
    },
  ];
}

export const kafkaBusBenchmark: Benchmark = {
  name: 'kafka-bus',
  description: 'KafkaBus publish and consume vs plain kafkajs, same messages, and the upcasting wrapper vs the plain bus (needs a broker at KAFKA_BROKERS)',
  run,
};

/**
 * The distributed read side: a statistics-like projection fed from Kafka into MongoReadModelStore,
 * wired as ProjectionHost wires it in bus mode. The same events, in the same run, consumed by two
 * consumer groups: one event per `applyBatch` call (a subscription with only `handler`), then
 * runs of a partition per call (`handleBatch`). Needs Kafka and MongoDB; skips with one line otherwise.
 */
import type { RecordedEvent } from '@casetrail/event-sourcing';
import { timeout, type BusSubscribeOptions } from '@casetrail/messaging';
import { deleteTestRun, kafkaBrokers, KafkaBus, testRunPrefix } from '@casetrail/messaging-kafka';
import { CHECKPOINTS_COLLECTION, ProjectionRunner } from '@casetrail/read-models';
import { MongoReadModelStore } from '@casetrail/read-models-mongodb';
import { randomBytes } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { BenchOptions, BenchRow, Benchmark } from './bench-row';
import { BENCH_MONGODB_URI, caseEvent, caseTally, EVENTS_PER_CASE, mongoServerName, type Tally } from './synthetic-cases';

const TOPIC = 'bench.enforcement';
const PARTITIONS = 3;
/** A guard against a hang (a stuck consumer), never a measurement. */
const SIDE_TIMEOUT_MS = 10 * 60_000;

/** Every case opened first, then the later events round-robin across cases, as real traffic interleaves. */
function syntheticLog(cases: number): RecordedEvent[] {
  const log: RecordedEvent[] = [];
  for (let step = 0; step < EVENTS_PER_CASE; step++) {
    for (let c = 0; c < cases; c++) {
      log.push({ ...caseEvent(c, step), streamId: `bench-case-${c}`, streamRevision: step, globalPosition: log.length + 1, recordedAt: '2024-01-01T00:00:00.000Z' });
    }
  }
  return log;
}

interface Timed {
  events: number;
  seconds: number;
}

/** Times from the first handler call to the last event applied, so the group join is not counted. */
function stopwatch(count: number): { started(): void; applied(n: number): void; done: Promise<Timed> } {
  let start: bigint | undefined;
  let applied = 0;
  let finish!: (timed: Timed) => void;
  const done = new Promise<Timed>((resolve) => (finish = resolve));
  return {
    started: () => void (start ??= process.hrtime.bigint()),
    applied: (n) => {
      applied += n;
      if (applied >= count) finish({ events: applied, seconds: Number(process.hrtime.bigint() - start!) / 1e9 });
    },
    done,
  };
}

type Delivery = Pick<BusSubscribeOptions, 'handler' | 'handleBatch'>;

/** The subscription as ProjectionHost makes it: one event per call, or runs of a partition as well. */
function delivery(runner: ProjectionRunner, clock: ReturnType<typeof stopwatch>, batched: boolean): Delivery {
  const apply = async (events: readonly RecordedEvent[]) => {
    clock.started();
    await runner.applyBatch(events);
    clock.applied(events.length);
  };
  return batched ? { handler: (event) => apply([event]), handleBatch: apply } : { handler: (event) => apply([event]) };
}

/** One consumer group from the start of the topic into its own collections, until every event is applied. */
async function consumeSide(bus: KafkaBus, store: MongoReadModelStore, count: number, batched: boolean): Promise<Timed> {
  const clock = stopwatch(count);
  const runner = new ProjectionRunner(store, [caseTally]);
  const subscription = await bus.subscribe({ topic: TOPIC, subscriberId: batched ? 'batched' : 'one-by-one', ...delivery(runner, clock, batched) });
  const limit = timeout(SIDE_TIMEOUT_MS, `the bus projection did not apply ${count} events within ${SIDE_TIMEOUT_MS} ms`);
  try {
    return await Promise.race([clock.done, limit.promise]);
  } finally {
    limit.cancel();
    await subscription.close();
  }
}

/** Both sides must have written the same documents, or the comparison means nothing. */
async function checkSameDocuments(sides: readonly MongoReadModelStore[], cases: number): Promise<void> {
  const read = async (store: MongoReadModelStore) =>
    (await store.find<Tally>(caseTally.collection)).map(({ id, data, applied }) => ({ id, data, applied })).sort((a, b) => a.id.localeCompare(b.id));
  const [first, second] = await Promise.all(sides.map(read));
  if (first!.length !== cases || !isDeepStrictEqual(first, second)) {
    throw new Error(`bus-projection: one by one wrote ${first!.length} documents, batched ${second!.length}, and they differ`);
  }
}


/** The bus and the store, or null after printing why the benchmark is skipped. */
async function connect(brokers: string[], topicPrefix: string): Promise<{ bus: KafkaBus; store: MongoReadModelStore } | null> {
  const bus = new KafkaBus({ brokers, clientId: 'casetrail-bench-projection', topicPrefix, partitions: PARTITIONS, topics: [TOPIC] });
  try {
    await bus.connect();
  } catch (error) {
    console.log(`SKIPPED: bus-projection benchmark (${(error as Error).message}; npm run infra:up starts a broker)`);
    return null;
  }
  try {
    return { bus, store: await MongoReadModelStore.connect(BENCH_MONGODB_URI) };
  } catch {
    await bus.close();
    console.log(`SKIPPED: bus-projection benchmark (no MongoDB server at ${BENCH_MONGODB_URI}; npm run infra:up starts one)`);
    return null;
  }
}

async function run(options: BenchOptions): Promise<BenchRow[]> {
  const brokers = kafkaBrokers();
  const topicPrefix = testRunPrefix('bench-projection');
  const connected = await connect(brokers, topicPrefix);
  if (!connected) return [];
  const { bus, store } = connected;
  // Collections of this run only, one set per side.
  const run = `bench_${randomBytes(4).toString('hex')}`;
  const sides = ['one_', 'batched_'].map((side) => new MongoReadModelStore(store.connection, { collectionPrefix: `${run}_${side}` }));
  const cases = options.quick ? 200 : 500;
  try {
    const log = syntheticLog(cases);
    for (let from = 0; from < log.length; from += 500) {
      await bus.publish(log.slice(from, from + 500).map((event) => ({ topic: TOPIC, key: event.streamId, event })));
    }
    const oneByOne = await consumeSide(bus, sides[0]!, log.length, false);
    const batched = await consumeSide(bus, sides[1]!, log.length, true);
    await checkSameDocuments(sides, cases);
    const rate = (t: Timed) => t.events / t.seconds;
    const setting = `${cases} cases x ${EVENTS_PER_CASE} events, ${PARTITIONS} partitions, ${await mongoServerName(store)}`;
    return [
      { benchmark: 'Kafka → projection, one event per applyBatch (handler)', setting, events: oneByOne.events, eventsPerSecond: rate(oneByOne) },
      {
        benchmark: 'Kafka → projection, runs of a partition (handleBatch)',
        setting: `${setting}; x${(rate(batched) / rate(oneByOne)).toFixed(1)} one by one`,
        events: batched.events,
        eventsPerSecond: rate(batched),
      },
    ];
  } finally {
    for (const side of sides) {
      await Promise.all([side.drop(caseTally.collection), side.drop(CHECKPOINTS_COLLECTION)]).catch(() => undefined);
    }
    await store.close();
    await bus.close();
    await deleteTestRun(brokers, topicPrefix).catch(() => undefined);
  }
}

export const busProjectionBenchmark: Benchmark = {
  name: 'bus-projection',
  description:
    'a statistics-like projection fed from Kafka into MongoDB as ProjectionHost runs it: one event per read-model write ' +
    'vs runs of a partition per write, same events, same run (needs Kafka and MongoDB)',
  run,
};

/**
 * End-to-end lag of the distributed mode: a command accepted by the enforcement process (its
 * events appended to SQLite) → published to Kafka → projected by the statistics process into
 * MongoDB → visible there. Baseline, same run and rate: a raw kafkajs produce → consume.
 * Needs Kafka and MongoDB (npm run infra:up); skips with one line otherwise.
 */
import { Kafka, logLevel } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import { policeCaseStreamId } from '@casetrail/enforcement-contracts';
import { kafkaBrokers } from '@casetrail/messaging-kafka';
import { MongoReadModelStore } from '@casetrail/read-models-mongodb';
import { POLICE_CASE_FACTS_COLLECTION } from '@casetrail/statistics-api';
// The process harness of the distributed e2e suite: one way to spawn the services.
import { DistributedRun } from '../../test/distributed/support/distributed-run';
import type { BenchOptions, BenchRow, Benchmark } from './bench-row';

/**
 * A steady rate well below the statistics projection's capacity (see the bus-projection
 * benchmark), so this measures lag, not a queue.
 */
const RATE_PER_SECOND = 8;
const WARM_UP_MS = 1_000;

interface Pending {
  streamId: string;
  revision: number;
  sentAt: bigint;
}

const msSince = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function reachable(address: string): Promise<boolean> {
  const [host, port] = address.replace(/^mongodb:\/\//, '').split('/')[0]!.split(',')[0]!.split(':');
  return new Promise((resolve) => {
    const socket = connect({ host: host || '127.0.0.1', port: Number(port) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_500, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Sends `count` commands at a steady rate, one at a time (a late one does not bunch the next). */
async function atSteadyRate(count: number, perSecond: number, send: (n: number) => Promise<void>): Promise<number> {
  const started = process.hrtime.bigint();
  for (let n = 0; n < count; n++) {
    await sleep((n * 1000) / perSecond - msSince(started));
    await send(n);
  }
  return msSince(started) / 1000;
}

async function postJson(url: string, token: string, body: object): Promise<{ caseId: string; revision: number }> {
  const res = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (res.status !== 200 && res.status !== 201) throw new Error(`POST ${url}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as { caseId: string; revision: number };
}

/** Appends (a case opened, then victims rescued into it) and times each until its facts document shows it. */
async function measureEndToEnd(run: DistributedRun, count: number): Promise<{ lagsMs: number[]; seconds: number }> {
  const token = await run.policeToken();
  const base = `${run.enforcement.url}/api/enforcement/cases`;
  const store = await MongoReadModelStore.connect(run.mongoUri);
  const pending: Pending[] = [];
  const lagsMs: number[] = [];
  let sending = true;
  // One watcher polls the documents of the cases still pending: the time to visible, at ~20 ms resolution.
  const watcher = (async () => {
    while (sending || pending.length > 0) {
      const ids = [...new Set(pending.map((p) => p.streamId))];
      if (ids.length > 0) {
        const entries = await store.getEntries(POLICE_CASE_FACTS_COLLECTION, ids);
        const applied = new Map(entries.map((e) => [e.id, e.applied?.streamRevision ?? -1]));
        for (let i = pending.length - 1; i >= 0; i--) {
          const p = pending[i]!;
          if ((applied.get(p.streamId) ?? -1) >= p.revision) {
            lagsMs.push(msSince(p.sentAt));
            pending.splice(i, 1);
          }
        }
      }
      await sleep(20);
    }
  })();
  let caseId = '';
  try {
    const seconds = await atSteadyRate(count, RATE_PER_SECOND, async (n) => {
      const sentAt = process.hrtime.bigint();
      // Ten victims per case: the case stream stays short, as real ones are.
      const accepted =
        n % 10 === 0
          ? await postJson(base, token, { unit: { code: 'police-battambang', type: 'provincial_police' }, province: 'battambang', offences: ['trafficking_in_persons_with_purpose'], openedOn: '2020-03-14' })
          : await postJson(`${base}/${caseId}/victims`, token, { sex: 'F', ageAtRescue: 16, nationality: 'KHM', exploitationType: 'sexual', rescuedOn: '2020-03-16' });
      caseId = accepted.caseId;
      pending.push({ streamId: policeCaseStreamId(accepted.caseId), revision: accepted.revision, sentAt });
    });
    sending = false;
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${pending.length} appends never became visible within 120 s`)), 120_000);
    });
    try {
      await Promise.race([watcher, limit]);
    } finally {
      clearTimeout(timer);
    }
    return { lagsMs, seconds };
  } finally {
    sending = false;
    pending.length = 0;
    await watcher.catch(() => undefined);
    await store.close();
  }
}

/** The same rate of single messages through a plain kafkajs producer and an already-joined consumer. */
async function measureRawKafka(brokers: string[], prefix: string, count: number): Promise<{ lagsMs: number[]; seconds: number }> {
  const kafka = new Kafka({ clientId: 'casetrail-bench-lag', brokers, logLevel: logLevel.NOTHING });
  const topic = `${prefix}bench.raw-lag`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 3 }] });
  await admin.disconnect();
  const sent = new Map<string, bigint>();
  const lagsMs: number[] = [];
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
  const consumer = kafka.consumer({ groupId: `${prefix}raw-lag-${randomUUID()}`, maxWaitTimeInMs: 100 });
  await Promise.all([producer.connect(), consumer.connect()]);
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    let joined!: () => void;
    const hasJoined = new Promise<void>((resolve) => (joined = resolve));
    consumer.on(consumer.events.GROUP_JOIN, () => joined());
    await consumer.run({
      eachMessage: async ({ message }) => {
        const key = message.key?.toString() ?? '';
        const at = sent.get(key);
        if (at !== undefined) lagsMs.push(msSince(at));
      },
    });
    await hasJoined;
    const seconds = await atSteadyRate(count, RATE_PER_SECOND, async (n) => {
      const key = `bench-${n}`;
      sent.set(key, process.hrtime.bigint());
      await producer.send({ topic, acks: -1, messages: [{ key, value: JSON.stringify({ n }) }] });
    });
    const deadline = Date.now() + 30_000;
    while (lagsMs.length < count && Date.now() < deadline) await sleep(20);
    return { lagsMs, seconds };
  } finally {
    await Promise.allSettled([producer.disconnect(), consumer.disconnect()]);
  }
}

function lagSetting(lags: readonly number[], warmUp: number): string {
  const sorted = lags.slice(warmUp).sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(0)} ms, p99 ${percentile(sorted, 99).toFixed(0)} ms`;
}

async function run(options: BenchOptions): Promise<BenchRow[]> {
  const brokers = kafkaBrokers();
  const mongo = process.env['MONGODB_URI'] ?? 'mongodb://127.0.0.1:27017';
  const [kafkaUp, mongoUp] = await Promise.all([reachable(brokers[0]!), reachable(mongo)]);
  if (!kafkaUp || !mongoUp) {
    const absent = [kafkaUp ? null : `no Kafka at ${brokers.join(',')}`, mongoUp ? null : `no MongoDB at ${mongo}`].filter(Boolean).join(', ');
    console.log(`SKIPPED: end-to-end lag benchmark (${absent}; npm run infra:up)`);
    return [];
  }
  const count = RATE_PER_SECOND * (options.quick ? 5 : 20);
  const warmUp = Math.round((WARM_UP_MS / 1000) * RATE_PER_SECOND);
  const distributed = await DistributedRun.create({ label: 'bench-lag', kafkaBrokers: brokers.join(','), mongoServerUri: mongo });
  try {
    await distributed.startBoth();
    const endToEnd = await measureEndToEnd(distributed, count);
    const raw = await measureRawKafka(brokers, distributed.settings.topicPrefix, count);
    const e2eSorted = endToEnd.lagsMs.slice(warmUp).sort((a, b) => a - b);
    const rawSorted = raw.lagsMs.slice(warmUp).sort((a, b) => a - b);
    const ratio = (p: number) => (percentile(e2eSorted, p) / percentile(rawSorted, p)).toFixed(1);
    return [
      {
        benchmark: 'command accepted → visible in statistics (MongoDB)',
        setting: `${RATE_PER_SECOND}/s; ${lagSetting(endToEnd.lagsMs, warmUp)}; vs raw: p50 ×${ratio(50)}, p99 ×${ratio(99)}`,
        events: endToEnd.lagsMs.length,
        eventsPerSecond: endToEnd.lagsMs.length / endToEnd.seconds,
      },
      {
        benchmark: 'raw kafkajs produce → consume (baseline)',
        setting: `${RATE_PER_SECOND}/s; ${lagSetting(raw.lagsMs, warmUp)}`,
        events: raw.lagsMs.length,
        eventsPerSecond: raw.lagsMs.length / raw.seconds,
      },
    ];
  } catch (error) {
    console.log(distributed.keepLogs());
    throw error;
  } finally {
    await distributed.cleanup();
  }
}

export const endToEndLagBenchmark: Benchmark = {
  name: 'end-to-end-lag',
  description: 'distributed mode: append in enforcement → visible in statistics, vs raw Kafka (needs Kafka and MongoDB)',
  run,
};

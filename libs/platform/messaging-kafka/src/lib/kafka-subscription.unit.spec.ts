import type { RecordedEvent } from '@casetrail/event-sourcing';
import { silentLogger, type BusBatchHandler, type BusHandler } from '@casetrail/messaging';
import type { Consumer, EachBatchPayload, KafkaMessage } from 'kafkajs';
import { toKafkaMessage } from './kafka-message.codec';
import { CHECKPOINT_MESSAGES, KafkaSubscription, Progress, type GiveUp } from './kafka-subscription';

/*
 * The offset discipline of a subscription, without a broker: a fake consumer hands fetched
 * batches to the subscription's `eachBatch` and records what it resolves, commits and heartbeats.
 * The rule under test: an offset is resolved only once its message was handled or dead-lettered,
 * and what was handled is resolved before anything that may commit (and when a batch ends).
 */

const TOPIC = 'casetrail.bench';

function wire(event: RecordedEvent, offset: number): KafkaMessage {
  const m = toKafkaMessage({ topic: TOPIC, key: event.streamId, event });
  return {
    key: Buffer.from(m.key),
    value: Buffer.from(m.value as string),
    headers: Object.fromEntries(Object.entries(m.headers).map(([k, v]) => [k, Buffer.from(v)])),
    offset: String(offset),
    timestamp: '0',
    attributes: 0,
  } as KafkaMessage;
}

/** The event at `revision` of one synthetic stream (no personal data). */
const anEvent = (revision: number): RecordedEvent => ({
  eventId: `event-${revision}`,
  type: 'test.ThingHappened',
  schemaVersion: 1,
  data: { note: 'synthetic' },
  actor: { userId: 'test-user', role: 'police' },
  correlationId: 'corr-test',
  causationId: null,
  occurredAt: '2024-01-01T00:00:00.000Z',
  streamId: 'case-1',
  streamRevision: revision,
  globalPosition: revision + 1,
  recordedAt: '2024-01-01T00:00:00.000Z',
});

/** Messages at offsets 0..count-1, the offset equal to the revision. */
const messages = (count: number) => Array.from({ length: count }, (_, i) => wire(anEvent(i), i));

/** What the subscription did to kafkajs, in order. */
type Call = { resolve: string } | 'commit' | 'heartbeat' | { handled: number } | { deadLettered: string };

/** A consumer that joins at once and lets the test call the subscription's `eachBatch`. */
function fakeConsumer() {
  let eachBatch!: (payload: EachBatchPayload) => Promise<void>;
  let joined: (() => void) | undefined;
  const consumer = {
    events: { GROUP_JOIN: 'join', CRASH: 'crash' },
    on: (name: string, listener: () => void) => {
      if (name === 'join') joined = listener;
      return () => undefined;
    },
    connect: async () => undefined,
    subscribe: async () => undefined,
    run: async (config: { eachBatch: typeof eachBatch }) => {
      eachBatch = config.eachBatch;
      joined?.();
    },
    disconnect: async () => undefined,
  };
  return { consumer: consumer as unknown as Consumer, eachBatch: (payload: EachBatchPayload) => eachBatch(payload) };
}

function payloadOf(batch: KafkaMessage[], calls: Call[], running: () => boolean = () => true, stale: () => boolean = () => false): EachBatchPayload {
  return {
    batch: { topic: TOPIC, partition: 0, messages: batch },
    resolveOffset: (offset: string) => calls.push({ resolve: offset }),
    commitOffsetsIfNecessary: async () => void calls.push('commit'),
    heartbeat: async () => void calls.push('heartbeat'),
    isRunning: running,
    isStale: stale,
  } as unknown as EachBatchPayload;
}

async function subscription(options: {
  handler?: BusHandler;
  handleBatch?: BusBatchHandler;
  maxAttempts?: number;
  calls: Call[];
  deadLetter?: (g: GiveUp) => Promise<void>;
  keepAliveMs?: number;
}) {
  const { consumer, eachBatch } = fakeConsumer();
  const sub = new KafkaSubscription({
    consumer,
    topic: TOPIC,
    kafkaTopic: TOPIC,
    subscriberId: 'unit',
    handler: options.handler ?? (async (e) => void options.calls.push({ handled: e.streamRevision })),
    ...(options.handleBatch ? { handleBatch: options.handleBatch } : {}),
    batchLimit: options.handleBatch ? 500 : 1,
    retry: { maxAttempts: options.maxAttempts ?? 1, initialDelayMs: 1, maxDelayMs: 1 },
    joinTimeoutMs: 1_000,
    logger: silentLogger,
    ...(options.keepAliveMs ? { keepAliveMs: options.keepAliveMs } : {}),
    // A clock that stands still: checkpoints come by message count alone.
    now: () => 0,
    deadLetter:
      options.deadLetter ??
      (async (g) => {
        options.calls.push({ deadLettered: g.message.offset });
      }),
  });
  await sub.start();
  return { sub, eachBatch };
}

/** Every resolved offset was handled (or dead-lettered) before it was resolved. */
function expectResolvedOnlyWhenDone(calls: Call[]): void {
  const done = new Set<string>();
  for (const call of calls) {
    if (typeof call === 'string') continue;
    if ('handled' in call) done.add(String(call.handled));
    if ('deadLettered' in call) done.add(call.deadLettered);
    if ('resolve' in call) expect(done.has(call.resolve)).toBe(true);
  }
}

const resolved = (calls: Call[]) => calls.flatMap((c) => (typeof c !== 'string' && 'resolve' in c ? [c.resolve] : []));

describe('KafkaSubscription offsets', () => {
  it('resolves a handled batch up to its last message, at checkpoints and at its end, never ahead of the handler', async () => {
    const calls: Call[] = [];
    const { eachBatch } = await subscription({ calls });
    const count = 2 * CHECKPOINT_MESSAGES + 7;
    await eachBatch(payloadOf(messages(count), calls));
    expect(calls.filter((c) => typeof c !== 'string' && 'handled' in c)).toHaveLength(count);
    expectResolvedOnlyWhenDone(calls);
    expect(resolved(calls)).toEqual([String(CHECKPOINT_MESSAGES - 1), String(2 * CHECKPOINT_MESSAGES - 1), String(count - 1)]);
    // Each checkpoint resolves, then lets kafkajs commit if due, then heartbeats.
    const first = calls.findIndex((c) => typeof c !== 'string' && 'resolve' in c);
    expect(calls.slice(first, first + 3)).toEqual([{ resolve: String(CHECKPOINT_MESSAGES - 1) }, 'commit', 'heartbeat']);
  });

  it('heartbeats on its own while one batch handler call runs longer than the heartbeat interval, and stops with the batch', async () => {
    const calls: Call[] = [];
    const { eachBatch } = await subscription({
      calls,
      keepAliveMs: 10,
      handleBatch: async (events) => {
        // A slow read-model server: the one call lasts several heartbeat intervals.
        await new Promise((resolve) => setTimeout(resolve, 120));
        for (const e of events) calls.push({ handled: e.streamRevision });
      },
    });
    await eachBatch(payloadOf(messages(3), calls));
    const firstHandled = calls.findIndex((c) => typeof c !== 'string' && 'handled' in c);
    expect(calls.slice(0, firstHandled).filter((c) => c === 'heartbeat').length).toBeGreaterThanOrEqual(3);
    expectResolvedOnlyWhenDone(calls);
    const after = calls.length;
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(calls).toHaveLength(after);
  });

  it('keeps handling when a keep-alive heartbeat fails (a rebalance is met again at the next checkpoint)', async () => {
    const calls: Call[] = [];
    const { eachBatch } = await subscription({
      calls,
      keepAliveMs: 5,
      handleBatch: async (events) => {
        await new Promise((resolve) => setTimeout(resolve, 40));
        for (const e of events) calls.push({ handled: e.streamRevision });
      },
    });
    const payload = payloadOf(messages(2), calls);
    let failures = 0;
    (payload as { heartbeat: () => Promise<void> }).heartbeat = async () => {
      failures++;
      throw new Error('The group is rebalancing, so a rejoin is needed');
    };
    await eachBatch(payload);
    expect(failures).toBeGreaterThan(0);
    expect(resolved(calls)).toEqual(['1']);
  });

  it('resolves what was handled before the subscription stopped, and nothing after', async () => {
    const calls: Call[] = [];
    let running = true;
    const { eachBatch } = await subscription({
      calls,
      handler: async (e) => {
        calls.push({ handled: e.streamRevision });
        if (e.streamRevision === 4) running = false;
      },
    });
    await eachBatch(payloadOf(messages(10), calls, () => running));
    expect(resolved(calls)).toEqual(['4']);
    expectResolvedOnlyWhenDone(calls);
  });

  it('leaves a batch whose partition was sought, from its first message or at the next checkpoint', async () => {
    const calls: Call[] = [];
    const { eachBatch } = await subscription({ calls });
    await eachBatch(payloadOf(messages(3), calls, () => true, () => true));
    expect(calls).toEqual([]);
    let sought = false;
    const later: Call[] = [];
    const { eachBatch: second } = await subscription({
      calls: later,
      handler: async (e) => {
        later.push({ handled: e.streamRevision });
        if (e.streamRevision === 10) sought = true;
      },
    });
    await second(payloadOf(messages(2 * CHECKPOINT_MESSAGES), later, () => true, () => sought));
    expect(resolved(later)).toEqual([String(CHECKPOINT_MESSAGES - 1)]);
    expect(later.filter((c) => typeof c !== 'string' && 'handled' in c)).toHaveLength(CHECKPOINT_MESSAGES);
  });

  it('resolves what was handled before a dead-letter write failed, and lets the batch fail', async () => {
    const calls: Call[] = [];
    const { eachBatch } = await subscription({
      calls,
      handler: async (e) => {
        if (e.streamRevision === 3) throw new Error('poison');
        calls.push({ handled: e.streamRevision });
      },
      deadLetter: async () => {
        throw new Error('broker gone');
      },
    });
    await expect(eachBatch(payloadOf(messages(6), calls))).rejects.toThrow('broker gone');
    expect(resolved(calls)).toEqual(['2']);
  });

  it('resolves a dead-lettered message like a handled one', async () => {
    const calls: Call[] = [];
    const { eachBatch } = await subscription({
      calls,
      handler: async (e) => {
        if (e.streamRevision === 5) throw new Error('poison');
        calls.push({ handled: e.streamRevision });
      },
    });
    await eachBatch(payloadOf(messages(6), calls));
    expect(calls).toContainEqual({ deadLettered: '5' });
    expect(resolved(calls)).toEqual(['5']);
    expectResolvedOnlyWhenDone(calls);
  });

  it('resolves what was handled before heartbeating between the retries of a failing handler', async () => {
    const calls: Call[] = [];
    let failures = 0;
    const { eachBatch } = await subscription({
      calls,
      maxAttempts: 3,
      handler: async (e) => {
        if (e.streamRevision === 2 && failures++ < 2) throw new Error('flaky');
        calls.push({ handled: e.streamRevision });
      },
    });
    await eachBatch(payloadOf(messages(4), calls));
    const firstHeartbeat = calls.indexOf('heartbeat');
    expect(calls.slice(firstHeartbeat - 1, firstHeartbeat + 1)).toEqual([{ resolve: '1' }, 'heartbeat']);
    expect(calls.filter((c) => c === 'heartbeat')).toHaveLength(2);
    expect(resolved(calls)).toEqual(['1', '3']);
    expectResolvedOnlyWhenDone(calls);
  });

  it('resolves each run a batch handler took', async () => {
    const calls: Call[] = [];
    const { eachBatch } = await subscription({
      calls,
      handleBatch: async (events) => {
        for (const e of events) calls.push({ handled: e.streamRevision });
      },
    });
    await eachBatch(payloadOf(messages(12), calls));
    expect(resolved(calls)).toEqual(['11']);
    expectResolvedOnlyWhenDone(calls);
  });
});

describe('Progress', () => {
  it('checkpoints once the interval passed, before the message count is reached', async () => {
    const calls: Call[] = [];
    let now = 0;
    const progress = new Progress(payloadOf([], calls), () => now);
    const [first, second] = messages(2);
    expect(progress.note(first!, 1)).toBe(false);
    expect(calls).toEqual([]);
    now = 10_000;
    expect(progress.note(second!, 1)).toBe(true);
    await progress.checkpoint();
    expect(calls).toEqual([{ resolve: '1' }, 'commit', 'heartbeat']);
    // Nothing new is done: nothing is resolved again.
    progress.resolve();
    expect(calls).toHaveLength(3);
  });
});

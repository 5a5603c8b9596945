import type { RecordedEvent } from '@casetrail/event-sourcing';
import { aRecordedEvent, deadline } from '../support/recorded-event.fixture';
import { InProcessBus } from './in-process-bus';
import type { BusMessage } from './message-bus.port';

const TOPIC = 'casetrail.enforcement';
const message = (streamId: string, revision: number): BusMessage => ({
  topic: TOPIC,
  key: streamId,
  event: aRecordedEvent(streamId, revision),
});
const ids = (events: RecordedEvent[]) => events.map((e) => `${e.streamId}#${e.streamRevision}`);

describe('InProcessBus', () => {
  let bus: InProcessBus;
  beforeEach(() => {
    bus = new InProcessBus({ maxAttempts: 3, initialDelayMs: 1, maxDelayMs: 5 });
  });
  afterEach(() => bus.close());

  it('delivers every message in publish order, so in order per key', async () => {
    const got: RecordedEvent[] = [];
    await bus.subscribe({ topic: TOPIC, subscriberId: 'g1', handler: async (e) => void got.push(e) });
    await bus.publish([message('a', 0), message('b', 0), message('a', 1)]);
    await bus.publish([message('b', 1), message('a', 2)]);
    await bus.idle();
    expect(ids(got)).toEqual(['a#0', 'b#0', 'a#1', 'b#1', 'a#2']);
  });

  it('never calls the handler from inside publish', async () => {
    const got: RecordedEvent[] = [];
    await bus.subscribe({ topic: TOPIC, subscriberId: 'g1', handler: async (e) => void got.push(e) });
    const publishing = bus.publish([message('a', 0)]);
    expect(got).toHaveLength(0);
    await publishing;
    await bus.idle();
    expect(got).toHaveLength(1);
  });

  it('calls one handler at a time per subscription', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    await bus.subscribe({
      topic: TOPIC,
      subscriberId: 'g1',
      handler: async () => {
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise((r) => setImmediate(r));
        inFlight -= 1;
      },
    });
    await bus.publish([message('a', 0), message('a', 1), message('b', 0), message('b', 1)]);
    await bus.idle();
    expect(maxInFlight).toBe(1);
  });

  it('delivers messages published before the subscription from the start of the topic', async () => {
    await bus.publish([message('a', 0), message('a', 1)]);
    const got: RecordedEvent[] = [];
    await bus.subscribe({ topic: TOPIC, subscriberId: 'late', handler: async (e) => void got.push(e) });
    await bus.idle();
    expect(ids(got)).toEqual(['a#0', 'a#1']);
  });

  it('keeps an offset per consumer group, across its subscriptions', async () => {
    const first: RecordedEvent[] = [];
    const other: RecordedEvent[] = [];
    const sub = await bus.subscribe({ topic: TOPIC, subscriberId: 'g1', handler: async (e) => void first.push(e) });
    await bus.subscribe({ topic: TOPIC, subscriberId: 'g2', handler: async (e) => void other.push(e) });
    await bus.publish([message('a', 0), message('a', 1)]);
    await bus.idle();
    await sub.close();
    await bus.publish([message('a', 2)]);
    await bus.idle();
    expect(ids(first)).toEqual(['a#0', 'a#1']);

    const resumed: RecordedEvent[] = [];
    await bus.subscribe({ topic: TOPIC, subscriberId: 'g1', handler: async (e) => void resumed.push(e) });
    await bus.idle();
    expect(ids(resumed)).toEqual(['a#2']);
    expect(ids(other)).toEqual(['a#0', 'a#1', 'a#2']);
  });

  it('refuses a second live subscription of the same group to a topic', async () => {
    await bus.subscribe({ topic: TOPIC, subscriberId: 'g1', handler: async () => undefined });
    await expect(bus.subscribe({ topic: TOPIC, subscriberId: 'g1', handler: async () => undefined })).rejects.toThrow(
      /already has a subscription/,
    );
  });

  it('retries a failing handler with backoff and carries on once it succeeds', async () => {
    let calls = 0;
    await bus.subscribe({
      topic: TOPIC,
      subscriberId: 'g1',
      handler: async () => {
        calls += 1;
        if (calls < 3) throw new Error('projection store unavailable');
      },
    });
    await bus.publish([message('a', 0)]);
    await bus.idle();
    expect(calls).toBe(3);
    expect(bus.deadLetters(TOPIC)).toEqual([]);
  });

  it('dead-letters a message after the bounded attempts, with the reason, and moves on', async () => {
    const handled: RecordedEvent[] = [];
    const calls: string[] = [];
    const poison = message('a', 1);
    await bus.subscribe({
      topic: TOPIC,
      subscriberId: 'g1',
      handler: async (e) => {
        calls.push(e.eventId);
        if (e.eventId === poison.event.eventId) throw new Error('cannot apply a#1');
        handled.push(e);
      },
    });
    await bus.publish([message('a', 0), poison, message('a', 2)]);
    await bus.idle();
    expect(ids(handled)).toEqual(['a#0', 'a#2']);
    expect(calls.filter((id) => id === poison.event.eventId)).toHaveLength(3);
    const [letter, ...rest] = bus.deadLetters(TOPIC);
    expect(rest).toEqual([]);
    expect(letter).toMatchObject({ subscriberId: 'g1', offset: 1, attempts: 3, reason: 'Error: cannot apply a#1' });
    expect(letter.message.event.eventId).toBe(poison.event.eventId);
  });

  it('stops delivering to a closed subscription and refuses publishes once closed', async () => {
    const got: RecordedEvent[] = [];
    const sub = await bus.subscribe({ topic: TOPIC, subscriberId: 'g1', handler: async (e) => void got.push(e) });
    await bus.publish([message('a', 0)]);
    await bus.idle();
    await sub.close();
    await bus.publish([message('a', 1)]);
    await bus.idle();
    expect(ids(got)).toEqual(['a#0']);
    await bus.close();
    await expect(bus.publish([message('a', 2)])).rejects.toThrow(/closed/);
  });

  it('close waits for the handler in flight and interrupts a retry backoff', async () => {
    const slowBus = new InProcessBus({ maxAttempts: 5, initialDelayMs: 60_000, maxDelayMs: 60_000 });
    let failing!: () => void;
    const failed = new Promise<void>((r) => (failing = r));
    const sub = await slowBus.subscribe({
      topic: TOPIC,
      subscriberId: 'g1',
      handler: async () => {
        failing();
        throw new Error('down');
      },
    });
    await slowBus.publish([message('a', 0)]);
    await failed;
    await Promise.race([sub.close(), deadline(5_000, 'close stuck in backoff')]);
    // Not dead-lettered: the group will get the message again when it resubscribes.
    expect(slowBus.deadLetters(TOPIC)).toEqual([]);
    await slowBus.close();
  });

  it('gives each handler its own copy of the event', async () => {
    const seen: unknown[] = [];
    await bus.subscribe({
      topic: TOPIC,
      subscriberId: 'mutator',
      handler: async (e) => {
        (e.data as { note: string }).note = 'changed';
      },
    });
    await bus.subscribe({ topic: TOPIC, subscriberId: 'reader', handler: async (e) => void seen.push(e.data) });
    await bus.publish([message('a', 0)]);
    await bus.idle();
    expect(seen).toEqual([{ note: 'synthetic' }]);
  });
});

import type { RecordedEvent } from '@casetrail/event-sourcing';
import type { DeadLetter } from '../bus/dead-letter';
import type { BusSubscription, MessageBus } from '../bus/message-bus.port';
import type { RetryPolicy } from '../support/backoff';
import { Collector, contractEvent, exactly, fence, label, message, revisions, subscribeCollector, uniqueName, waitUntil } from './message-bus-contract.fixtures';

export interface MessageBusContractFactory<Bus extends MessageBus = MessageBus> {
  /** A bus whose handler retries follow `retry`. Tests may share it: each uses its own topics and groups. */
  create(retry: RetryPolicy): Promise<Bus>;
  /** Releases what `create` made (default: `bus.close()`). */
  dispose?(bus: Bus): Promise<void>;
  /** The messages a consumer group gave up on (Kafka keeps them in a topic, so this is async). */
  readDeadLetters(bus: Bus, topic: string): Promise<readonly DeadLetter[]>;
  /** Makes a test's unique topic name the adapter's (e.g. adds a run prefix); default: as is. */
  topic?(name: string): string;
  /** Longest wait for a delivery before a test fails; a guard against hangs (default 20 s). */
  deliveryTimeoutMs?: number;
}

/** The handler retry policy the contract asks for: short delays, three attempts in all. */
export const CONTRACT_RETRY: RetryPolicy = { maxAttempts: 3, initialDelayMs: 5, maxDelayMs: 20 };

/**
 * The one contract of the bus port, run against every adapter (InProcessBus, KafkaBus).
 *
 * Duplicates, decided here: delivery is at-least-once, but a redelivery is only allowed for a
 * message whose group had not committed it (a crash, a close during the handler's retries, a
 * rebalance mid-batch). In the steady state tested below (subscriptions open before or after a
 * publish, orderly closes) each group receives each message exactly once, and the suite checks
 * that by waiting for a fence published after the messages on each key.
 */
export function describeMessageBusContract<Bus extends MessageBus>(name: string, factory: MessageBusContractFactory<Bus>): void {
  const timeoutMs = factory.deliveryTimeoutMs ?? 20_000;
  const newTopic = (what: string) => (factory.topic ? factory.topic(uniqueName(what)) : uniqueName(what));
  const collector = () => new Collector(timeoutMs);

  describe(`MessageBus contract: ${name}`, () => {
    let bus: Bus;
    const subscriptions: BusSubscription[] = [];
    const track = (s: BusSubscription) => (subscriptions.push(s), s);

    beforeAll(async () => {
      bus = await factory.create(CONTRACT_RETRY);
    });
    afterEach(async () => {
      await Promise.all(subscriptions.splice(0).map((s) => s.close()));
    });
    afterAll(async () => {
      if (!bus) return;
      if (factory.dispose) await factory.dispose(bus);
      else await bus.close();
    });

    it('delivers every message once, in publish order per key, with several keys interleaved', async () => {
      const topic = newTopic('order');
      const keys = ['a', 'b', 'c', 'd'].map((k) => uniqueName(`case-${k}`));
      const sink = collector();
      track(await subscribeCollector(bus, topic, uniqueName('group'), sink));
      const published = Array.from({ length: 15 }, (_, revision) => keys.map((key) => message(topic, key, revision))).flat();
      for (let i = 0; i < published.length; i += 7) await bus.publish(published.slice(i, i + 7));

      await sink.until(published.length);
      await fence(bus, topic, keys, [sink], timeoutMs);
      expect(sink.events).toHaveLength(published.length);
      for (const key of keys) expect(sink.labels(key)).toEqual(revisions(0, 14, key));
    });

    it('lets one subscriber id consume several topics, each subscription receiving its own topic in full', async () => {
      // A process subscribes its one consumer group to every topic it reads (statistics reads
      // enforcement and court): each (topic, group) pair is its own position, never shared.
      const [topicA, topicB] = [newTopic('multi-a'), newTopic('multi-b')];
      const group = uniqueName('projections');
      const keys = [uniqueName('case-a'), uniqueName('case-b')];
      const [first, second] = [collector(), collector()];
      track(await subscribeCollector(bus, topicA, group, first));
      track(await subscribeCollector(bus, topicB, group, second));
      await bus.publish(keys.flatMap((key) => [0, 1, 2].map((r) => message(topicA, key, r))));
      await bus.publish(keys.flatMap((key) => [0, 1, 2, 3].map((r) => message(topicB, key, r))));

      await Promise.all([first.until(6), second.until(8)]);
      await fence(bus, topicA, keys, [first], timeoutMs);
      await fence(bus, topicB, keys, [second], timeoutMs);
      for (const key of keys) {
        expect(first.labels(key)).toEqual(revisions(0, 2, key));
        expect(second.labels(key)).toEqual(revisions(0, 3, key));
      }
    });

    it('gives each consumer group every message', async () => {
      const topic = newTopic('groups');
      const keys = [uniqueName('case-a'), uniqueName('case-b')];
      const [first, second] = [collector(), collector()];
      track(await subscribeCollector(bus, topic, uniqueName('stats'), first));
      track(await subscribeCollector(bus, topic, uniqueName('reactor'), second));
      await bus.publish(keys.flatMap((key) => [0, 1, 2, 3, 4].map((r) => message(topic, key, r))));

      await Promise.all([first.until(10), second.until(10)]);
      await fence(bus, topic, keys, [first], timeoutMs);
      await fence(bus, topic, keys, [second], timeoutMs);
      for (const sink of [first, second]) {
        expect(sink.events).toHaveLength(10);
        for (const key of keys) expect(sink.labels(key)).toEqual(revisions(0, 4, key));
      }
    });

    it('within a group, hands each message to one subscription (or refuses a second live one)', async () => {
      const topic = newTopic('shared-group');
      const group = uniqueName('workers');
      const keys = Array.from({ length: 6 }, (_, i) => uniqueName(`case-${i}`));
      const [first, second] = [collector(), collector()];
      track(await subscribeCollector(bus, topic, group, first));
      // Either behaviour keeps "one handler per message in a group"; the test below checks it.
      await subscribeCollector(bus, topic, group, second).then(track, () => undefined);
      const published = keys.flatMap((key) => [0, 1, 2, 3, 4].map((r) => message(topic, key, r)));
      await bus.publish(published);

      await waitUntil(() => first.events.length + second.events.length >= published.length, 'all messages of the group', timeoutMs);
      await fence(bus, topic, keys, [first, second], timeoutMs);
      const handled = [...first.labels(), ...second.labels()].sort();
      expect(handled).toEqual(published.map((m) => label(m.event)).sort());
      // Per-key order holds within whichever subscription handled the key.
      for (const sink of [first, second]) {
        for (const key of keys) {
          const got = sink.events.filter((e) => e.streamId === key).map((e) => e.streamRevision);
          expect(got).toEqual([...got].sort((x, y) => x - y));
        }
      }
    });

    it('delivers to a late subscriber the messages published before it joined', async () => {
      const topic = newTopic('replay');
      const key = uniqueName('case');
      await bus.publish([0, 1, 2, 3, 4, 5].map((r) => message(topic, key, r)));
      const late = collector();
      track(await subscribeCollector(bus, topic, uniqueName('late'), late));

      await late.until(6);
      await fence(bus, topic, [key], [late], timeoutMs);
      expect(late.labels()).toEqual(revisions(0, 5, key));
    });

    it('resumes a group after its last handled message when it subscribes again', async () => {
      const topic = newTopic('resume');
      const group = uniqueName('projection');
      const key = uniqueName('case');
      const before = collector();
      const first = await subscribeCollector(bus, topic, group, before);
      await bus.publish([0, 1, 2, 3, 4].map((r) => message(topic, key, r)));
      await before.until(5);
      await first.close();

      await bus.publish([5, 6, 7].map((r) => message(topic, key, r)));
      const after = collector();
      track(await subscribeCollector(bus, topic, group, after));
      await after.until(3);
      await fence(bus, topic, [key], [after], timeoutMs);
      // Every handled message was committed by the orderly close: no loss and no duplicate.
      expect(after.labels()).toEqual(revisions(5, 7, key));
      expect(before.labels()).toEqual(revisions(0, 4, key));
    });

    it('gives a message whose handler had not succeeded when its subscription closed to the next subscription of the group', async () => {
      const topic = newTopic('interrupted');
      const key = uniqueName('case');
      const group = uniqueName('reactor');
      let inFlight = false;
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const first = await bus.subscribe({
        topic,
        subscriberId: group,
        handler: async () => {
          inFlight = true;
          await gate;
          throw new Error('interrupted by shutdown');
        },
      });
      await bus.publish([message(topic, key, 0), message(topic, key, 1)]);
      await waitUntil(() => inFlight, 'the first handler call', timeoutMs);
      const closing = first.close();
      release();
      await closing;

      const after = collector();
      track(await subscribeCollector(bus, topic, group, after));
      await after.until(2);
      await fence(bus, topic, [key], [after], timeoutMs);
      // Not lost and not dead-lettered: the group had not finished with it.
      expect(after.labels()).toEqual(revisions(0, 1, key));
      expect(await factory.readDeadLetters(bus, topic)).toEqual([]);
    });

    it('retries a failing handler and carries on without a dead letter once it succeeds', async () => {
      const topic = newTopic('retry');
      const key = uniqueName('case');
      const flaky = message(topic, key, 0);
      let calls = 0;
      const handled: RecordedEvent[] = [];
      track(
        await bus.subscribe({
          topic,
          subscriberId: uniqueName('flaky'),
          handler: async (e) => {
            if (e.eventId === flaky.event.eventId && ++calls < CONTRACT_RETRY.maxAttempts) throw new Error('read model unavailable');
            handled.push(e);
          },
        }),
      );
      await bus.publish([flaky, message(topic, key, 1)]);

      await waitUntil(() => handled.length >= 2, 'both messages handled', timeoutMs);
      expect(handled.map(label)).toEqual(revisions(0, 1, key));
      expect(calls).toBe(CONTRACT_RETRY.maxAttempts);
      expect(await factory.readDeadLetters(bus, topic)).toEqual([]);
    });

    it('dead-letters a message after the bounded attempts, with the reason, and delivers later messages', async () => {
      const topic = newTopic('poison');
      const key = uniqueName('case');
      const group = uniqueName('reactor');
      const published = [0, 1, 2].map((r) => message(topic, key, r));
      const poison = published[1];
      const calls: string[] = [];
      const handled: RecordedEvent[] = [];
      const healthy = collector();
      track(
        await bus.subscribe({
          topic,
          subscriberId: group,
          handler: async (e) => {
            calls.push(e.eventId);
            if (e.eventId === poison.event.eventId) throw new Error('cannot apply contract event');
            handled.push(e);
          },
        }),
      );
      track(await subscribeCollector(bus, topic, uniqueName('healthy'), healthy));
      await bus.publish(published);

      await waitUntil(() => handled.length >= 2, 'the message after the poison', timeoutMs);
      expect(handled.map(label)).toEqual([label(published[0].event), label(published[2].event)]);
      expect(calls.filter((id) => id === poison.event.eventId)).toHaveLength(CONTRACT_RETRY.maxAttempts);
      const letters = await factory.readDeadLetters(bus, topic);
      expect(letters).toHaveLength(1);
      expect(letters[0]).toMatchObject({ subscriberId: group, attempts: CONTRACT_RETRY.maxAttempts, message: { topic, key } });
      expect(letters[0].reason).toContain('cannot apply contract event');
      expect(exactly(letters[0].message.event)).toEqual(exactly(poison.event));
      // Another group is not held back by this group's poison message.
      await healthy.until(3);
      expect(healthy.labels()).toEqual(revisions(0, 2, key));
    });

    it('hands a batch handler queued messages in calls of several, each message once, in order per key, within the cap', async () => {
      const topic = newTopic('batches');
      const keys = ['a', 'b', 'c'].map((k) => uniqueName(`case-${k}`));
      const published = Array.from({ length: 12 }, (_, revision) => keys.map((key) => message(topic, key, revision))).flat();
      // Published before the group exists, so everything is queued when delivery starts.
      await bus.publish(published);
      const sink = collector();
      let oneByOne = 0;
      track(
        await bus.subscribe({
          topic,
          subscriberId: uniqueName('projection'),
          handler: async (e) => {
            oneByOne += 1;
            await sink.handler(e);
          },
          handleBatch: sink.handleBatch,
          maxBatchSize: 5,
        }),
      );

      await sink.until(published.length);
      await fence(bus, topic, keys, [sink], timeoutMs);
      expect(sink.events).toHaveLength(published.length);
      for (const key of keys) expect(sink.labels(key)).toEqual(revisions(0, 11, key));
      expect(Math.max(...sink.batchSizes)).toBeGreaterThan(1);
      expect(Math.max(...sink.batchSizes)).toBeLessThanOrEqual(5);
      // The batch handler never failed, so the one-by-one path had nothing to do.
      expect(oneByOne).toBe(0);
    });

    it('delivers a failed batch one by one: its poison message is dead-lettered alone, the others and later messages handled once', async () => {
      const topic = newTopic('batch-poison');
      const key = uniqueName('case');
      const group = uniqueName('projection');
      const queued = [0, 1, 2].map((r) => message(topic, key, r));
      const isPoison = (e: RecordedEvent) => e.eventId === queued[1].event.eventId;
      const handled: RecordedEvent[] = [];
      const poisonedBatchSizes: number[] = [];
      let poisonCalls = 0;
      await bus.publish(queued);
      track(
        await bus.subscribe({
          topic,
          subscriberId: group,
          handleBatch: async (events) => {
            if (events.some(isPoison)) {
              poisonedBatchSizes.push(events.length);
              throw new Error('cannot apply contract batch');
            }
            handled.push(...events);
          },
          handler: async (e) => {
            if (isPoison(e)) {
              poisonCalls += 1;
              throw new Error('cannot apply contract event');
            }
            handled.push(e);
          },
        }),
      );
      await waitUntil(() => handled.length >= 2, 'the messages around the poison', timeoutMs);
      await bus.publish([3, 4].map((r) => message(topic, key, r)));
      // Order per key: once #4 is in, nothing before it on the key is still on its way.
      await waitUntil(() => handled.length >= 4, 'the messages published after the poison', timeoutMs);

      expect(handled.map(label)).toEqual([0, 2, 3, 4].map((r) => `${key}#${r}`));
      // One batch call saw the poison with its neighbours, and none after: nothing loops.
      expect(poisonedBatchSizes).toEqual([3]);
      expect(poisonCalls).toBe(CONTRACT_RETRY.maxAttempts);
      const letters = await factory.readDeadLetters(bus, topic);
      expect(letters).toHaveLength(1);
      expect(letters[0]).toMatchObject({ subscriberId: group, attempts: CONTRACT_RETRY.maxAttempts, message: { topic, key } });
      expect(letters[0].reason).toContain('cannot apply contract event');
      expect(exactly(letters[0].message.event)).toEqual(exactly(queued[1].event));
    });

    it('round-trips the whole envelope exactly, Khmer text included', async () => {
      const topic = newTopic('envelope');
      const key = uniqueName('enforcement-case');
      const full = contractEvent(key, 0, {
        type: 'enforcement.SuspectArrested',
        schemaVersion: 3,
        data: { province: 'បាត់ដំបង', count: 2, ratio: 0.5, flags: [true, false], nested: { empty: null, list: ['ក', 1] } },
        actor: { userId: 'user-7', role: 'police', unit: 'anti-trafficking-unit', province: 'បាត់ដំបង' },
        correlationId: 'corr-ក-1',
        causationId: 'cmd-42',
        occurredAt: '2023-12-31T23:59:59.999Z',
        globalPosition: 9_007_199_254_740,
        recordedAt: '2024-01-01T00:00:00.001Z',
      });
      const minimal = contractEvent(key, 1, { actor: { userId: 'user-8', role: 'prosecutor' }, causationId: null, data: {} });
      const sink = collector();
      track(await subscribeCollector(bus, topic, uniqueName('audit'), sink));
      await bus.publish([
        { topic, key, event: full },
        { topic, key, event: minimal },
      ]);

      await sink.until(2);
      expect(sink.events).toEqual([full, minimal]);
      expect(sink.events.map(exactly)).toEqual([full, minimal].map(exactly));
    });

    it('gives each handler its own copy of the event', async () => {
      const topic = newTopic('copies');
      const key = uniqueName('case');
      const reader = collector();
      track(
        await bus.subscribe({
          topic,
          subscriberId: uniqueName('mutator'),
          handler: async (e) => void ((e.data as { note: string }).note = 'changed'),
        }),
      );
      track(await subscribeCollector(bus, topic, uniqueName('reader'), reader));
      const sent = message(topic, key, 0);
      await bus.publish([sent]);
      await reader.until(1);
      expect(reader.events[0].data).toEqual({ revision: 0, note: 'synthetic' });
      expect(sent.event.data).toEqual({ revision: 0, note: 'synthetic' });
    });

    it('refuses a batch with a message lacking a topic or a key, publishing none of it', async () => {
      const topic = newTopic('invalid');
      const key = uniqueName('case');
      const valid = message(topic, key, 0);
      await expect(bus.publish([valid, { ...message(topic, key, 1), key: '' }])).rejects.toThrow();
      await expect(bus.publish([valid, { ...message(topic, key, 1), topic: '' }])).rejects.toThrow();
      const sink = collector();
      track(await subscribeCollector(bus, topic, uniqueName('group'), sink));
      await fence(bus, topic, [key], [sink], timeoutMs);
      expect(sink.events).toEqual([]);
    });

    it('after close, refuses to publish', async () => {
      const own = await factory.create(CONTRACT_RETRY);
      const topic = newTopic('closing');
      const sink = collector();
      await subscribeCollector(own, topic, uniqueName('group'), sink);
      await own.publish([message(topic, uniqueName('case'), 0)]);
      await sink.until(1);
      if (factory.dispose) await factory.dispose(own);
      else await own.close();
      await expect(own.publish([message(topic, uniqueName('case'), 1)])).rejects.toThrow(/closed/);
    });
  });
}

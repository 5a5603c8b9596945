import type { RecordedEvent } from '@casetrail/event-sourcing';
import type { BusMessage, BusSubscription, MessageBus } from '../bus/message-bus.port';

const FENCE = 'contract.Fence';
let position = 0;

/** A unique, Kafka-legal name (letters, digits, `.`, `-`) so tests can share one bus. */
export function uniqueName(what: string): string {
  return `contract-${what}-${Date.now().toString(36)}-${globalThis.crypto.randomUUID().slice(0, 8)}`;
}

/** A synthetic recorded event (no personal data) whose every envelope field is set. */
export function contractEvent(streamId: string, streamRevision: number, overrides: Partial<RecordedEvent> = {}): RecordedEvent {
  position += 1;
  return {
    eventId: globalThis.crypto.randomUUID(),
    type: 'contract.ThingHappened',
    schemaVersion: 1,
    data: { revision: streamRevision, note: 'synthetic' },
    actor: { userId: 'contract-user', role: 'police', unit: 'contract-unit', province: 'Battambang' },
    correlationId: `corr-${streamId}`,
    causationId: null,
    occurredAt: '2021-05-04T03:02:01.000Z',
    streamId,
    streamRevision,
    globalPosition: position,
    recordedAt: '2021-05-04T03:02:02.123Z',
    ...overrides,
  };
}

export const message = (topic: string, key: string, revision: number): BusMessage => ({
  topic,
  key,
  event: contractEvent(key, revision),
});

export const label = (e: RecordedEvent) => `${e.streamId}#${e.streamRevision}`;

/** Waits for a condition by polling; the time limit is a guard against a hang, never an assertion. */
export async function waitUntil(condition: () => boolean, what: string, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10).unref());
  }
}

/** Records what a subscription receives; fences are kept apart from the events under test. */
export class Collector {
  readonly events: RecordedEvent[] = [];
  readonly fences = new Set<string>();

  constructor(private readonly timeoutMs: number) {}

  readonly handler = async (event: RecordedEvent): Promise<void> => {
    if (event.type === FENCE) this.fences.add(event.eventId);
    else this.events.push(event);
  };

  /** Sizes of the batch handler's calls, in order. */
  readonly batchSizes: number[] = [];

  readonly handleBatch = async (events: readonly RecordedEvent[]): Promise<void> => {
    this.batchSizes.push(events.length);
    for (const event of events) await this.handler(event);
  };

  labels(key?: string): string[] {
    return this.events.filter((e) => key === undefined || e.streamId === key).map(label);
  }

  until(count: number, what = `${count} events`): Promise<void> {
    return waitUntil(() => this.events.length >= count, what, this.timeoutMs);
  }
}

/**
 * Publishes one fence per key and waits until the collectors together have received them all.
 * Order per key means that once a key's fence arrived, nothing published before it on that key
 * can still be on its way (so a late duplicate would already be in the collector).
 */
export async function fence(bus: MessageBus, topic: string, keys: readonly string[], collectors: readonly Collector[], timeoutMs: number): Promise<void> {
  const fences = keys.map((key) => ({ topic, key, event: contractEvent(key, 1_000_000, { type: FENCE }) }));
  await bus.publish(fences);
  const seen = () => fences.every((f) => collectors.some((c) => c.fences.has(f.event.eventId)));
  await waitUntil(seen, `the fences of ${keys.length} keys`, timeoutMs);
}

export async function subscribeCollector(bus: MessageBus, topic: string, subscriberId: string, collector: Collector): Promise<BusSubscription> {
  return bus.subscribe({ topic, subscriberId, handler: collector.handler });
}

export function revisions(from: number, to: number, key: string): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => `${key}#${from + i}`);
}

/**
 * A realm-free, exact picture of a value: keys sorted, `undefined` kept visible, number vs string
 * kept apart. (`toStrictEqual` also compares prototypes, which differ for structured clones.)
 */
export function exactly(value: unknown): unknown {
  if (value === undefined) return '<undefined>';
  if (Array.isArray(value)) return value.map(exactly);
  if (value !== null && typeof value === 'object') {
    return Object.keys(value)
      .sort()
      .map((k) => [k, exactly((value as Record<string, unknown>)[k])]);
  }
  return typeof value === 'string' ? `"${value}"` : value;
}

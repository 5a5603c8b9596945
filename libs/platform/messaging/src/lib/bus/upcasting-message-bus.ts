import type { EventTypeRegistry, RecordedEvent } from '@casetrail/event-sourcing';
import type { BusSubscribeOptions, BusSubscription, BusMessage, MessageBus } from './message-bus.port';

/** What the decorator needs of the process's registry. */
export type EventUpcaster = Pick<EventTypeRegistry, 'upcast'>;

/**
 * Integration events are versioned like stored events: a message on the bus carries the schema
 * version it was stored with, and a consumer reads it at the current version, as a read from the
 * store would. This decorator wraps any bus: publishing is unchanged (the publisher carries the
 * store's events as stored); every event delivered to a subscriber, to `handler` and to
 * `handleBatch` alike, goes through `registry.upcast` first.
 *
 * An unknown type, an unsupported version or data the current version refuses throws inside the
 * delivery, so the wrapped bus treats it like any failing handler: a failed batch is delivered
 * again one by one, and the message is retried, then dead-lettered with the reason. It is never
 * skipped silently (a skipped event would corrupt every state built on it).
 */
export class UpcastingMessageBus implements MessageBus {
  constructor(
    private readonly inner: MessageBus,
    private readonly registry: EventUpcaster,
  ) {}

  publish(messages: readonly BusMessage[]): Promise<void> {
    return this.inner.publish(messages);
  }

  subscribe(options: BusSubscribeOptions): Promise<BusSubscription> {
    const { handler, handleBatch } = options;
    const upcast = (event: RecordedEvent): RecordedEvent => this.registry.upcast(event);
    return this.inner.subscribe({
      ...options,
      handler: async (event) => handler(upcast(event)),
      ...(handleBatch ? { handleBatch: async (events: readonly RecordedEvent[]) => handleBatch(events.map(upcast)) } : {}),
    });
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}

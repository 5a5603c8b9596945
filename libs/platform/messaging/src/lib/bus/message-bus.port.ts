import type { RecordedEvent } from '@casetrail/event-sourcing';

/** One event on its way to a topic. The key orders delivery: same key, same order as published. */
export interface BusMessage {
  topic: string;
  /** The stream id: events of one case stay in order (a Kafka partition key). */
  key: string;
  event: RecordedEvent;
}

export type BusHandler = (event: RecordedEvent) => Promise<void>;

export interface BusSubscribeOptions {
  topic: string;
  /**
   * The consumer group. Each group receives every message of the topic once (at least once:
   * after a crash, a redelivery); the group's position survives its subscriptions.
   */
  subscriberId: string;
  handler: BusHandler;
}

export interface BusSubscription {
  /** Stops delivery; resolves once the handler call in flight (if any) has finished. */
  close(): Promise<void>;
}

/**
 * The bus port (in-process now, Kafka later). Delivery is at-least-once and in order per key, so
 * every consumer must be idempotent by event id (architecture principle 4).
 */
export interface MessageBus {
  /** Resolves when every message is durably accepted by the bus. */
  publish(messages: readonly BusMessage[]): Promise<void>;
  subscribe(options: BusSubscribeOptions): Promise<BusSubscription>;
  close(): Promise<void>;
}

import type { RecordedEvent } from '@casetrail/event-sourcing';

/** One event on its way to a topic. The key orders delivery: same key, same order as published. */
export interface BusMessage {
  topic: string;
  /** The stream id: events of one case stay in order (a Kafka partition key). */
  key: string;
  event: RecordedEvent;
}

export type BusHandler = (event: RecordedEvent) => Promise<void>;

/** Consecutive messages of one ordering unit, in per-key order (see `BusSubscribeOptions.handleBatch`). */
export type BusBatchHandler = (events: readonly RecordedEvent[]) => Promise<void>;

/** Most messages per `handleBatch` call unless a subscription says otherwise. */
export const DEFAULT_MAX_BATCH_SIZE = 500;

export interface BusSubscribeOptions {
  topic: string;
  /**
   * The consumer group. Each group receives every message of the topic once (at least once:
   * after a crash, a redelivery); the group's position survives its subscriptions.
   */
  subscriberId: string;
  /** One message at a time; also the fallback when `handleBatch` fails. */
  handler: BusHandler;
  /**
   * Optional, for consumers whose cost is per call rather than per event (e.g. a read model
   * write): the adapter may hand it several consecutive messages of one ordering unit (a Kafka
   * partition; for the in-process bus, whatever is queued for the subscription), in per-key
   * order. If it throws, the adapter delivers those same messages one by one through `handler`,
   * with the usual retries and dead letters: a poison message is dead-lettered alone and the
   * others are handled. So a batch may be seen again, in part or whole, by `handler`; consumers
   * are idempotent by event id anyway. The group's position moves past a batch only once it was
   * handled (or its messages were handled or dead-lettered one by one).
   */
  handleBatch?: BusBatchHandler;
  /** Most messages per `handleBatch` call (default `DEFAULT_MAX_BATCH_SIZE`). */
  maxBatchSize?: number;
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

/** How many consecutive messages one delivery may take: 1 without a batch handler. */
export function batchLimitOf({ handleBatch, maxBatchSize = DEFAULT_MAX_BATCH_SIZE }: BusSubscribeOptions): number {
  if (!handleBatch) return 1;
  if (!Number.isInteger(maxBatchSize) || maxBatchSize < 1) throw new RangeError('maxBatchSize must be an integer of at least 1');
  return maxBatchSize;
}

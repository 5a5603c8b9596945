import type { NewEvent, RecordedEvent } from './envelope';

/** Append only if the stream does not exist yet. */
export const NO_STREAM = 'no_stream' as const;
/** Append whatever the stream's revision (no concurrency check). */
export const ANY_REVISION = 'any' as const;

/**
 * What the writer expects the stream's current revision to be: an exact revision (0-based
 * revision of the stream's last event), `NO_STREAM`, or `ANY_REVISION`.
 */
export type ExpectedRevision = number | typeof NO_STREAM | typeof ANY_REVISION;

export interface AppendResult {
  /** Revision of the stream's last event after the append (pass it as the next expected revision). */
  nextExpectedRevision: number;
  /** Global positions of the appended events, in order. */
  globalPositions: number[];
  /** True when every event id was already stored: the retry was acknowledged, nothing was written. */
  alreadyStored: boolean;
}

export interface ReadStreamOptions {
  direction?: 'forwards' | 'backwards';
  /** First revision to return (inclusive); in `backwards` direction the highest one. */
  fromRevision?: number;
  /** Last revision to return (inclusive); in `backwards` direction the lowest one. */
  toRevision?: number;
  /** Only events recorded at or before this instant (as-of read, ISO-8601 or Date). */
  asOf?: string | Date;
  maxCount?: number;
}

export interface ReadAllOptions {
  /** Return events whose global position is strictly greater than this (0 = from the start). */
  after?: number;
  /** At most this many events (the batch size). */
  maxCount?: number;
}

export interface SubscribeAllOptions {
  /** Deliver events whose global position is strictly greater than this (0 = from the start). */
  after?: number;
  /** Events fetched per read while catching up. */
  batchSize?: number;
  /**
   * How often a live subscription looks for events appended by another process. Appends made
   * through the same store instance wake the subscription at once.
   */
  pollIntervalMs?: number;
}

/**
 * A subscription to the global log. It is pulled: the store reads the next batch only when the
 * consumer has taken the previous one (backpressure). It catches up, then waits for new events.
 */
export interface EventSubscription extends AsyncIterable<RecordedEvent> {
  /** Stop delivering; a pending `next()` resolves with `done: true`. */
  close(): Promise<void>;
}

/** The event store port. Every adapter passes `describeEventStoreContract`. */
export interface EventStore {
  append(
    streamId: string,
    events: readonly NewEvent[],
    expectedRevision: ExpectedRevision,
  ): Promise<AppendResult>;
  /** Events of one stream; an absent stream reads as empty. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /** One batch of the global log, ordered by global position. */
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /** Global position of the last stored event (0 when empty). */
  headPosition(): Promise<number>;
  subscribeAll(options?: SubscribeAllOptions): EventSubscription;
  close(): Promise<void>;
}

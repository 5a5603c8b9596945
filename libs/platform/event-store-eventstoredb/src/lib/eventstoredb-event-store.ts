import {
  AppendSignal,
  IdempotencyConflictError,
  InvalidAppendError,
  WrongExpectedRevisionError,
  asOfIso,
  checkAppend,
  pollingSubscription,
  type AppendResult,
  type EventStore,
  type EventSubscription,
  type ExpectedRevision,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeAllOptions,
} from '@casetrail/event-sourcing';
import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  START,
  type Position,
  type ReadPosition,
} from '@eventstore/db-client';
import { isEsdbStreamNotFound, mapAppendError } from './append-error.mapping';
import { toEsdbEventId } from './esdb-event-id';
import { visitRead } from './esdb-reading';
import { EVENT_ID_INDEX_PREFIX, EventIdIndex, isDomainEvent } from './event-id-index';
import { fromEsdbCurrentRevision, toEsdbExpectedRevision, toSafeNumber } from './expected-revision.mapping';
import { fromEsdbEvent, toEsdbEventData } from './recorded-event.mapping';

export interface EventStoreDbEventStoreOptions {
  /** Events fetched per read while scanning `$all` past system and index events. */
  scanPageSize?: number;
}

/**
 * The event store on EventStoreDB (gRPC client 6.x, server 22.6 or later: reads must carry log
 * positions). Optimistic concurrency, per-stream reads and `$all` are ESDB's own; what ESDB does
 * not give — an event id unique across streams, retries acknowledged with their original
 * positions — comes from a small event-id index (see `EventIdIndex`). Live subscriptions poll
 * `$all` through the shared `pollingSubscription` (appends through this instance wake it at once).
 */
export class EventStoreDbEventStore implements EventStore {
  private readonly client: EventStoreDBClient;
  private readonly ownsClient: boolean;
  private readonly index: EventIdIndex;
  private readonly signal = new AppendSignal();
  private readonly scanPageSize: number;

  /** A connection string (the store owns and closes the client) or a client the caller owns. */
  constructor(connection: string | EventStoreDBClient, options: EventStoreDbEventStoreOptions = {}) {
    this.ownsClient = typeof connection === 'string';
    this.client = typeof connection === 'string' ? EventStoreDBClient.connectionString(connection) : connection;
    this.index = new EventIdIndex(this.client);
    this.scanPageSize = options.scanPageSize ?? 500;
  }

  async append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    checkAppend(streamId, events, expected);
    if (streamId.startsWith(EVENT_ID_INDEX_PREFIX)) {
      throw new InvalidAppendError(`Stream ids starting with ${EVENT_ID_INDEX_PREFIX} are reserved`);
    }
    const owners = await Promise.all(events.map((e) => this.index.streamOf(e.eventId)));
    if (owners.some((o) => o !== undefined)) return this.acknowledgeRetry(streamId, events, owners);

    let written;
    try {
      written = await this.client.appendToStream(streamId, events.map(toEsdbEventData), {
        expectedRevision: toEsdbExpectedRevision(expected),
      });
    } catch (error) {
      throw mapAppendError(error, streamId, expected);
    }
    if (!written.success) {
      const actual = written.nextExpectedRevision < 0n ? -1 : fromEsdbCurrentRevision(written.nextExpectedRevision);
      throw new WrongExpectedRevisionError(streamId, expected, actual);
    }
    // ESDB answers one position for the whole write; the port wants each event's, so read them back.
    const last = toSafeNumber(written.nextExpectedRevision, 'revision');
    const stored = await this.readStream(streamId, { fromRevision: last - events.length + 1, maxCount: events.length });
    if (stored.map((e) => e.eventId).join() !== events.map((e) => e.eventId).join()) {
      // ESDB acknowledged the ids as an earlier write (retry after a crash before indexing).
      return this.acknowledgeRetry(streamId, events, events.map(() => streamId));
    }
    await this.index.record(
      events.map((e) => e.eventId),
      streamId,
    );
    this.signal.notify();
    return { nextExpectedRevision: last, globalPositions: stored.map((e) => e.globalPosition), alreadyStored: false };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const asOf = asOfIso(options);
    const { maxCount, toRevision, fromRevision } = options;
    if (maxCount !== undefined && maxCount <= 0) return [];
    const backwards = options.direction === 'backwards';
    const out: RecordedEvent[] = [];
    try {
      const read = this.client.readStream(streamId, {
        direction: backwards ? BACKWARDS : FORWARDS,
        fromRevision: fromRevision !== undefined ? BigInt(fromRevision) : backwards ? END : START,
        // With as-of, events past the instant are skipped, so the count is applied here instead.
        maxCount: asOf === undefined && maxCount !== undefined ? maxCount : Number.MAX_SAFE_INTEGER,
      });
      await visitRead(read, (resolved) => {
        if (!resolved.event) return true;
        const event = fromEsdbEvent(resolved.event);
        if (toRevision !== undefined && (backwards ? event.streamRevision < toRevision : event.streamRevision > toRevision)) {
          return false;
        }
        if (asOf === undefined || event.recordedAt <= asOf) out.push(event);
        return maxCount === undefined || out.length < maxCount;
      });
    } catch (error) {
      if (isEsdbStreamNotFound(error)) return [];
      throw error;
    }
    return out;
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const maxCount = options.maxCount ?? 1000;
    const out: RecordedEvent[] = [];
    if (maxCount <= 0) return out;
    // ESDB's position {commit, prepare} is read as >=, so the event at `after` comes back and is dropped.
    let cursor = BigInt(options.after ?? 0);
    const page = Math.max(maxCount, this.scanPageSize);
    for (;;) {
      let seen = 0;
      let furthest = cursor;
      const from: ReadPosition = cursor === 0n ? START : { commit: cursor, prepare: cursor };
      await visitRead(this.client.readAll({ fromPosition: from, maxCount: page }), (resolved) => {
        seen += 1;
        const event = resolved.event;
        if (!event || event.position.commit <= cursor) return true;
        furthest = event.position.commit;
        if (isDomainEvent(event)) out.push(fromEsdbEvent(event));
        return out.length < maxCount;
      });
      if (out.length >= maxCount || seen < page || furthest === cursor) return out;
      cursor = furthest;
    }
  }

  async headPosition(): Promise<number> {
    let from: ReadPosition = END;
    for (;;) {
      let seen = 0;
      let last: Position | undefined;
      let head: bigint | undefined;
      const before = from === END ? undefined : from.commit;
      await visitRead(this.client.readAll({ direction: BACKWARDS, fromPosition: from, maxCount: this.scanPageSize }), (resolved) => {
        seen += 1;
        const event = resolved.event;
        if (!event || (before !== undefined && event.position.commit >= before)) return true;
        last = event.position;
        if (!isDomainEvent(event)) return true;
        head = event.position.commit;
        return false;
      });
      if (head !== undefined) return toSafeNumber(head, 'commit position');
      if (seen < this.scanPageSize || last === undefined) return 0;
      from = last;
    }
  }

  subscribeAll(options?: SubscribeAllOptions): EventSubscription {
    return pollingSubscription((o) => this.readAll(o), this.signal, options);
  }

  async close(): Promise<void> {
    this.signal.notify();
    if (this.ownsClient) await this.client.dispose();
  }

  /**
   * Some ids are already stored. The whole batch, in order and contiguous in this stream, is an
   * acknowledged retry (original revisions and positions); anything else is rejected whole.
   */
  private async acknowledgeRetry(
    streamId: string,
    events: readonly NewEvent[],
    owners: ReadonlyArray<string | undefined>,
  ): Promise<AppendResult> {
    const known = events.filter((_, i) => owners[i] !== undefined).map((e) => e.eventId);
    if (owners.some((o) => o !== undefined && o !== streamId)) throw new IdempotencyConflictError(streamId, known);
    const found = await this.findInStream(streamId, events);
    const stored = events.map((e) => found.get(e.eventId));
    const replay = stored.every(
      (s, i) => s !== undefined && (i === 0 || s.streamRevision === stored[i - 1]!.streamRevision + 1),
    );
    if (!replay) {
      const present = events.filter((e) => found.has(e.eventId)).map((e) => e.eventId);
      throw new IdempotencyConflictError(streamId, present.length > 0 ? present : known);
    }
    // Repairs index entries a crash between append and indexing left out.
    await this.index.record(
      events.map((e) => e.eventId),
      streamId,
    );
    return {
      nextExpectedRevision: stored[stored.length - 1]!.streamRevision,
      globalPositions: stored.map((s) => s!.globalPosition),
      alreadyStored: true,
    };
  }

  /** The batch's events present in the stream, by envelope id; reads backwards, stops when all are found. */
  private async findInStream(streamId: string, events: readonly NewEvent[]): Promise<Map<string, RecordedEvent>> {
    const wanted = new Set(events.map((e) => toEsdbEventId(e.eventId)));
    const found = new Map<string, RecordedEvent>();
    try {
      await visitRead(this.client.readStream(streamId, { direction: BACKWARDS, fromRevision: END }), (resolved) => {
        if (resolved.event && wanted.has(resolved.event.id.toLowerCase())) {
          const event = fromEsdbEvent(resolved.event);
          found.set(event.eventId, event);
        }
        return found.size < wanted.size;
      });
    } catch (error) {
      if (!isEsdbStreamNotFound(error)) throw error;
    }
    return found;
  }
}

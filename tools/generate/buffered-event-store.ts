import {
  NO_STREAM,
  WrongExpectedRevisionError,
  checkAppend,
  type AppendResult,
  type EventStore,
  type EventSubscription,
  type ExpectedRevision,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
} from '@casetrail/event-sourcing';
import type { SqliteEventStore } from '@casetrail/event-store-sqlite';

interface PendingAppend {
  streamId: string;
  events: readonly NewEvent[];
  expected: ExpectedRevision;
  recordedAt: string;
}

/**
 * The generator's event store: appends are decided against streams kept in memory and written
 * to the SQLite store later, many appends in one transaction (`flush`), each still through the
 * store's own `append` (revision check, idempotency, hash chain), in the order they were made.
 * Only for a single writer loading a store nobody else writes to meanwhile: streams are read
 * from the store once, then served from memory.
 */
export class BufferedEventStore implements EventStore {
  private readonly streams = new Map<string, RecordedEvent[]>();
  private pending: PendingAppend[] = [];
  private pendingEvents = 0;
  private nextPosition = 0;
  /** The store was empty at start: every stream is new, none is read from it. */
  private fresh = false;

  /** `now` is the simulated clock: recordedAt of each append. */
  constructor(
    private readonly store: SqliteEventStore,
    private readonly now: () => Date,
  ) {}

  async init(): Promise<void> {
    const head = await this.store.headPosition();
    this.fresh = head === 0;
    this.nextPosition = head + 1;
  }

  get bufferedEvents(): number {
    return this.pendingEvents;
  }

  async append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    checkAppend(streamId, events, expected);
    const stream = await this.loaded(streamId);
    const current = stream.length === 0 ? -1 : stream[stream.length - 1]!.streamRevision;
    if (expected === NO_STREAM ? current !== -1 : typeof expected === 'number' && expected !== current) {
      throw new WrongExpectedRevisionError(streamId, expected, current);
    }
    const recordedAt = this.now().toISOString();
    const globalPositions: number[] = [];
    events.forEach((e, i) => {
      const globalPosition = this.nextPosition++;
      globalPositions.push(globalPosition);
      stream.push({ ...e, streamId, streamRevision: current + 1 + i, globalPosition, recordedAt });
    });
    this.pending.push({ streamId, events, expected, recordedAt });
    this.pendingEvents += events.length;
    return { nextExpectedRevision: current + events.length, globalPositions, alreadyStored: false };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    if (Object.keys(options).length > 0) throw new Error('BufferedEventStore reads whole streams only');
    return [...(await this.loaded(streamId))];
  }

  /**
   * Writes the buffered appends in one IMMEDIATE transaction (the store's appends nest as
   * savepoints), each with its own recordedAt. A refusal (another writer on the file) is
   * reported after the commit, with the appends before it written: the generator stops there.
   */
  async flush(setRecordedAt: (iso: string) => void): Promise<number> {
    const batch = this.pending;
    if (batch.length === 0) return 0;
    this.pending = [];
    const written = this.pendingEvents;
    this.pendingEvents = 0;
    let failure: unknown;
    this.store.database.transaction(() => {
      for (const a of batch) {
        setRecordedAt(a.recordedAt);
        // The store's append is synchronous up to its promise: the rows are written by now.
        this.store.append(a.streamId, a.events, a.expected).catch((error: unknown) => (failure ??= error));
      }
    }).immediate();
    await Promise.resolve();
    if (failure) throw failure;
    return written;
  }

  /** Forgets streams held in memory (after a flush, when their cases are done). */
  forgetStreams(): void {
    if (this.pending.length > 0) throw new Error('Flush before forgetting streams');
    this.streams.clear();
  }

  async readAll(_options?: ReadAllOptions): Promise<RecordedEvent[]> {
    throw new Error('BufferedEventStore does not read the global log');
  }

  async headPosition(): Promise<number> {
    return this.nextPosition - 1;
  }

  subscribeAll(): EventSubscription {
    throw new Error('BufferedEventStore has no subscriptions');
  }

  async close(): Promise<void> {
    this.streams.clear();
  }

  private async loaded(streamId: string): Promise<RecordedEvent[]> {
    let stream = this.streams.get(streamId);
    if (!stream) {
      stream = this.fresh ? [] : await this.store.readStream(streamId);
      this.streams.set(streamId, stream);
    }
    return stream;
  }
}

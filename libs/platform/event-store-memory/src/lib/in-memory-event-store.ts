import {
  ANY_REVISION,
  AppendSignal,
  IdempotencyConflictError,
  NO_STREAM,
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

/** The event store in memory: for unit tests and as the reference behaviour of the port. */
export class InMemoryEventStore implements EventStore {
  private readonly log: RecordedEvent[] = [];
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly byId = new Map<string, RecordedEvent>();
  private readonly signal = new AppendSignal();

  constructor(private readonly clock: () => Date = () => new Date()) {}

  async append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    checkAppend(streamId, events, expected);
    const stream = this.streams.get(streamId) ?? [];
    const stored = events.map((e) => this.byId.get(e.eventId));
    if (stored.some(Boolean)) {
      const replay = stored.every(
        (s, i) => s && s.streamId === streamId && (i === 0 || s.streamRevision === stored[i - 1]!.streamRevision + 1),
      );
      if (!replay) {
        throw new IdempotencyConflictError(streamId, events.filter((_, i) => stored[i]).map((e) => e.eventId));
      }
      return {
        nextExpectedRevision: stored[stored.length - 1]!.streamRevision,
        globalPositions: stored.map((s) => s!.globalPosition),
        alreadyStored: true,
      };
    }
    const current = stream.length - 1;
    if (expected === NO_STREAM ? current !== -1 : expected !== ANY_REVISION && expected !== current) {
      throw new WrongExpectedRevisionError(streamId, expected, current);
    }
    const recordedAt = this.clock().toISOString();
    const recorded = events.map((e, i): RecordedEvent => ({
      ...structuredClone(e),
      streamId,
      streamRevision: current + 1 + i,
      globalPosition: this.log.length + 1 + i,
      recordedAt,
    }));
    for (const r of recorded) {
      this.log.push(r);
      stream.push(r);
      this.byId.set(r.eventId, r);
    }
    this.streams.set(streamId, stream);
    this.signal.notify();
    return {
      nextExpectedRevision: current + recorded.length,
      globalPositions: recorded.map((r) => r.globalPosition),
      alreadyStored: false,
    };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const asOf = asOfIso(options);
    const backwards = options.direction === 'backwards';
    let events = (this.streams.get(streamId) ?? []).filter((e) => {
      if (asOf !== undefined && e.recordedAt > asOf) return false;
      if (options.fromRevision !== undefined && (backwards ? e.streamRevision > options.fromRevision : e.streamRevision < options.fromRevision)) return false;
      if (options.toRevision !== undefined && (backwards ? e.streamRevision < options.toRevision : e.streamRevision > options.toRevision)) return false;
      return true;
    });
    if (backwards) events = events.reverse();
    if (options.maxCount !== undefined) events = events.slice(0, options.maxCount);
    return structuredClone(events);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const after = options.after ?? 0;
    // Positions are contiguous from 1 here, so position p sits at index p-1.
    return structuredClone(this.log.slice(after, after + (options.maxCount ?? 1000)));
  }

  async headPosition(): Promise<number> {
    return this.log.length;
  }

  subscribeAll(options?: SubscribeAllOptions): EventSubscription {
    return pollingSubscription((o) => this.readAll(o), this.signal, options);
  }

  async close(): Promise<void> {
    this.signal.notify();
  }
}

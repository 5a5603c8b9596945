import type { EventStore, EventSubscription, RecordedEvent } from '@casetrail/event-sourcing';
import { isDeleteOperation, type ReadModelEntry, type ReadModelStore, type WriteOperation } from '../read-model-store.port';
import { InvalidProjectionSetError, ReadModelConflictRetriesExhaustedError } from '../read-model.errors';
import { liveBatches } from './live-batches';
import { planDocumentWrite } from './plan-document-write';
import type { Projection } from './projection';
import { ProjectionCheckpoints } from './projection-checkpoints';
import { DocumentCache } from './document-cache';

export interface ProjectionRunnerOptions {
  /** Most events applied per batch while following the log live. Default 500. */
  batchSize?: number;
  /**
   * Most events applied per batch when catching up and rebuilding. Default 20,000: a document is
   * written once per batch that holds events of its stream, and a case's events lie a few
   * thousand positions apart in a national log (median 2,100, 9 in 10 under 5,700 in the
   * generated decade), so batches of 500 rewrite each document ~6 times and batches of 20,000
   * about once; a batch of events and its documents take tens of MiB. When only `batchSize` is
   * given, it is used here too.
   */
  bulkBatchSize?: number;
  /** Tries per batch when other writers change the same documents. Default 5. */
  maxWriteAttempts?: number;
  /** Poll interval of the live subscription for appends made by other processes. */
  pollIntervalMs?: number;
  /** Told what the runner does on its own (e.g. rebuilding after a version change). No personal data. */
  log?: (message: string) => void;
  /** Told of the documents each successful write left (see `DocumentWritesObserver`). */
  observer?: DocumentWritesObserver;
  /**
   * Most documents per collection the runner keeps as it wrote or read them, so that the next
   * batch touching them folds on them without reading them back (see `DocumentCache`; every
   * write stays conditional). Default 2,000; 0 reads every document before each write.
   */
  cachedDocuments?: number;
}

/** A document as a write of the runner left it: its new version and data (null when it was deleted). */
export interface DocumentChange {
  id: string;
  version: number;
  data: unknown;
  deleted: boolean;
}

/**
 * Told, synchronously, of what the runner writes: after each successful conditional write, the
 * documents it changed (conflicted ops are not included: they were not applied), and when a
 * collection is dropped (rebuild, version change). For something kept in memory as a function of
 * the documents (e.g. running totals), which stays right under redelivery and replay as long as it
 * keys each document's part by id and version. Must not throw.
 */
export interface DocumentWritesObserver {
  written(collection: string, changes: readonly DocumentChange[]): void;
  dropped(collection: string): void;
}

export interface RebuildReport {
  events: number;
  durationMs: number;
  eventsPerSecond: number;
}

export interface RebuildOptions {
  /** Called after every batch, in global positions (`done` of `total` = the head when the rebuild began). */
  onProgress?(done: number, total: number): void;
}

type AnyProjection = Projection<unknown>;
interface LiveRun {
  stopped: boolean;
  subscription?: EventSubscription;
  done?: Promise<void>;
}
type LogReader = Pick<EventStore, 'readAll' | 'headPosition'>;

/**
 * Runs projections over the global log. Correctness comes from the per-document markers (see
 * `Projection`); checkpoints only say where to resume. Each projection has its own checkpoint
 * document (`_checkpoints/<name>`, with the projection version); the runner reads from the lowest
 * of them and shows every event to every projection, whose markers skip what it already has —
 * so a projection added to a group is built from 0 without special handling.
 *
 * A projection whose stored checkpoint has another version is rebuilt in place at start (its
 * collection dropped, its checkpoint reset); blue/green rebuilds are left for later.
 */
export class ProjectionRunner {
  private readonly projections: readonly AnyProjection[];
  private readonly checkpoints: ProjectionCheckpoints;
  /** Each projection's event types as a set: asked for every event of every batch. */
  private readonly handled: ReadonlyMap<AnyProjection, ReadonlySet<string>>;
  private readonly batchSize: number;
  private readonly bulkBatchSize: number;
  private readonly maxWriteAttempts: number;
  private readonly documents: DocumentCache;
  private prepared: Promise<void> | undefined;
  private appliedPosition = 0;
  private exclusiveTail: Promise<unknown> = Promise.resolve();
  private live: LiveRun | undefined;
  private positionWaiters: Array<{ position: number; resolve(): void }> = [];

  constructor(
    private readonly store: ReadModelStore,
    projections: ReadonlyArray<Projection<unknown>>,
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    this.projections = [...projections];
    checkProjectionSet(this.projections);
    this.handled = new Map(this.projections.map((p) => [p, new Set(p.handles)]));
    this.checkpoints = new ProjectionCheckpoints(store);
    this.batchSize = options.batchSize ?? 500;
    this.bulkBatchSize = options.bulkBatchSize ?? (options.batchSize !== undefined ? options.batchSize : 20_000);
    this.maxWriteAttempts = options.maxWriteAttempts ?? 5;
    this.documents = new DocumentCache(options.cachedDocuments ?? 2_000);
  }

  /** The global position up to which every projection of the runner has applied the log. */
  get position(): number {
    return this.appliedPosition;
  }

  /**
   * Applies a batch of events to every projection, one batched write per collection, then
   * advances the checkpoints. Idempotent: applying it again changes nothing.
   *
   * The events need only be in order per stream (a document is fed by one stream, and its marker
   * skips what it has), not in global-position order: a run of a Kafka partition mixes streams
   * whose positions interleave with other partitions'. The checkpoint then moves to the batch's
   * highest position, past events of other partitions not yet applied. That is harmless where
   * the bus feeds the runner (Kafka offsets are the real progress; the checkpoint is never read
   * to resume, only its projection version is, and `position` is merely reported), and it was
   * already so one event at a time, with partitions consumed side by side. Such a checkpoint
   * must not be used to catch up from a store.
   */
  async applyBatch(events: readonly RecordedEvent[]): Promise<void> {
    await this.prepare();
    await this.exclusive(() => this.applyBatchNow(events));
  }

  /**
   * Loads the checkpoints (rebuilding in place a projection whose version changed) and returns
   * the position a catch-up resumes from: the lowest checkpoint of the runner's projections.
   */
  async resumePosition(): Promise<number> {
    await this.prepare();
    return this.appliedPosition;
  }

  /** Applies everything up to the head of the log as it is now; returns the position reached. */
  async catchUp(source: LogReader): Promise<number> {
    await this.prepare();
    const head = await source.headPosition();
    let position = this.appliedPosition;
    while (position < head) {
      const batch = await source.readAll({ after: position, maxCount: this.bulkBatchSize });
      if (batch.length === 0) break;
      await this.exclusive(() => this.applyBatchNow(batch));
      position = batch[batch.length - 1]!.globalPosition;
    }
    return this.appliedPosition;
  }

  /**
   * Follows the log from the checkpoint until `stop()`: batches of whatever is available (up to
   * `batchSize`). Resolves when stopped; rejects if applying fails (the checkpoint then stays
   * where the last good batch left it).
   */
  async runLive(source: Pick<EventStore, 'subscribeAll'>): Promise<void> {
    if (this.live) throw new InvalidProjectionSetError('This projection runner is already running live');
    const live: LiveRun = { stopped: false };
    this.live = live;
    try {
      await this.prepare();
      if (live.stopped) return;
      live.subscription = source.subscribeAll({
        after: this.appliedPosition,
        batchSize: this.batchSize,
        pollIntervalMs: this.options.pollIntervalMs,
      });
      live.done = this.follow(live.subscription);
      await live.done;
    } finally {
      this.live = undefined;
    }
  }

  /** Stops `runLive` after the batch in hand; never throws (the failure belongs to `runLive`). */
  async stop(): Promise<void> {
    const live = this.live;
    if (!live) return;
    live.stopped = true;
    await live.subscription?.close();
    await live.done?.catch(() => undefined);
  }

  /** Resolves once the runner has applied the log up to `position` (read-your-writes for callers). */
  waitForPosition(position: number, timeoutMs = 5000): Promise<void> {
    if (this.appliedPosition >= position) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.positionWaiters = this.positionWaiters.filter((w) => w !== waiter);
        reject(new Error(`Projections did not reach position ${position} within ${timeoutMs} ms`));
      }, timeoutMs);
      timer.unref();
      const waiter = {
        position,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      this.positionWaiters.push(waiter);
    });
  }

  /**
   * Drops every collection of the runner and its checkpoints, then replays the log from 0 up to
   * the head as it was when the rebuild began. Readers see partial data meanwhile. An interrupted
   * rebuild resumes correctly from its checkpoint (catchUp/runLive). To rebuild one projection,
   * give a runner just that one.
   */
  async rebuild(source: LogReader, options: RebuildOptions = {}): Promise<RebuildReport> {
    if (this.live) throw new InvalidProjectionSetError('Stop the live run before rebuilding');
    await this.prepare();
    const started = performance.now();
    await this.exclusive(async () => {
      // Every checkpoint back to 0 before any collection is dropped: a rebuild that dies in
      // between must not leave an emptied collection behind a checkpoint at the head, which
      // the next catch-up would believe. Reset but not yet dropped, the documents' markers
      // make the next catch-up skip what they already hold.
      for (const projection of this.projections) {
        await this.checkpoints.reset(projection.name, { position: 0, projectionVersion: projection.version });
      }
      for (const projection of this.projections) await this.drop(projection.collection);
      this.appliedPosition = 0;
    });
    const head = await source.headPosition();
    options.onProgress?.(0, head);
    let position = 0;
    let events = 0;
    while (position < head) {
      const batch = await source.readAll({ after: position, maxCount: this.bulkBatchSize });
      if (batch.length === 0) break;
      await this.exclusive(() => this.applyBatchNow(batch));
      position = batch[batch.length - 1]!.globalPosition;
      events += batch.length;
      options.onProgress?.(Math.min(position, head), head);
    }
    const durationMs = performance.now() - started;
    return { events, durationMs, eventsPerSecond: durationMs > 0 ? Math.round((events * 1000) / durationMs) : events };
  }

  private async follow(subscription: EventSubscription): Promise<void> {
    try {
      for await (const batch of liveBatches(subscription, this.batchSize)) {
        await this.exclusive(() => this.applyBatchNow(batch));
      }
    } finally {
      await subscription.close();
    }
  }

  private prepare(): Promise<void> {
    this.prepared ??= this.loadCheckpoints().catch((error: unknown) => {
      this.prepared = undefined;
      throw error;
    });
    return this.prepared;
  }

  private async loadCheckpoints(): Promise<void> {
    const stored = await this.checkpoints.load(this.projections.map((p) => p.name));
    const positions: number[] = [];
    for (const projection of this.projections) {
      const checkpoint = stored.get(projection.name) ?? null;
      if (checkpoint && checkpoint.projectionVersion !== projection.version) {
        this.options.log?.(
          `Projection ${projection.name}: version ${checkpoint.projectionVersion} -> ${projection.version}, rebuilding ${projection.collection}`,
        );
        await this.drop(projection.collection);
        await this.checkpoints.reset(projection.name, { position: 0, projectionVersion: projection.version });
        positions.push(0);
      } else {
        positions.push(checkpoint?.position ?? 0);
      }
    }
    this.appliedPosition = positions.length > 0 ? Math.min(...positions) : 0;
  }

  private async applyBatchNow(events: readonly RecordedEvent[]): Promise<void> {
    if (events.length === 0) return;
    for (const projection of this.projections) {
      const byDocument = new Map<string, RecordedEvent[]>();
      const handles = this.handled.get(projection)!;
      for (const event of events) {
        if (!handles.has(event.type)) continue;
        const id = projection.documentId(event);
        if (id === null) continue;
        const list = byDocument.get(id) ?? [];
        list.push(event);
        byDocument.set(id, list);
      }
      await this.writeDocuments(projection, byDocument);
    }
    let last = 0;
    for (const e of events) if (e.globalPosition > last) last = e.globalPosition;
    // Only after the documents are written: a crash in between repeats the batch, which the markers absorb.
    await this.checkpoints.advance(
      this.projections.map((p) => ({ name: p.name, position: last, projectionVersion: p.version })),
    );
    this.advanceTo(last);
  }

  private async writeDocuments(projection: AnyProjection, byDocument: Map<string, RecordedEvent[]>): Promise<void> {
    const collection = projection.collection;
    let pending = byDocument;
    for (let attempt = 1; attempt <= this.maxWriteAttempts; attempt += 1) {
      if (pending.size === 0) return;
      const entryById = new Map<string, ReadModelEntry<unknown> | null>();
      const unknown: string[] = [];
      for (const id of pending.keys()) {
        const known = this.documents.lookup(collection, id);
        if (known === undefined) unknown.push(id);
        else entryById.set(id, known);
      }
      const read = unknown.length > 0 ? await this.store.getEntries<unknown>(collection, unknown) : [];
      for (const entry of read) entryById.set(entry.id, entry);
      const ops: WriteOperation<unknown>[] = [];
      for (const [id, events] of pending) {
        const op = planDocumentWrite(projection, id, entryById.get(id) ?? null, events);
        if (op) ops.push(op);
      }
      // What was read and needs no write is kept as read; what is written is kept as written, below.
      if (read.length > 0) {
        const writing = new Set(ops.map((op) => op.id));
        for (const entry of read) if (!writing.has(entry.id)) this.documents.remember(collection, entry);
      }
      if (ops.length === 0) return;
      let conflicts: string[];
      try {
        ({ conflicts } = await this.store.write(collection, ops));
      } catch (error) {
        // Some of the ops may have been applied: what the store holds is unknown now.
        this.documents.forget(collection, pending.keys());
        throw error;
      }
      const lost = new Set(conflicts);
      for (const op of ops) {
        if (!lost.has(op.id)) this.documents.remember(collection, writtenEntry(op));
      }
      // Another writer moved these documents (or the cache was stale): read them on the next try.
      this.documents.forget(collection, conflicts);
      if (this.options.observer) this.tellWritten(collection, ops, conflicts);
      // Lost races: reload those documents and redo their events on what the other writer left.
      pending = new Map(conflicts.map((id) => [id, pending.get(id)!]));
    }
    if (pending.size > 0) {
      throw new ReadModelConflictRetriesExhaustedError(collection, [...pending.keys()], this.maxWriteAttempts);
    }
  }

  /**
   * Runs `work` between batches: no write of the runner happens until it settles. For a reader
   * that must see the documents at rest (e.g. an observer loading them page by page).
   */
  whileIdle<R>(work: () => Promise<R>): Promise<R> {
    return this.exclusive(work);
  }

  private async drop(collection: string): Promise<void> {
    this.documents.forgetCollection(collection);
    await this.store.drop(collection);
    this.options.observer?.dropped(collection);
  }

  private tellWritten(collection: string, ops: readonly WriteOperation<unknown>[], conflicts: readonly string[]): void {
    const lost = new Set(conflicts);
    const changes: DocumentChange[] = [];
    for (const op of ops) {
      if (lost.has(op.id)) continue;
      const deleted = isDeleteOperation(op);
      changes.push({ id: op.id, version: (op.expectedVersion ?? 0) + 1, data: deleted ? null : op.data, deleted });
    }
    if (changes.length > 0) this.options.observer!.written(collection, changes);
  }

  private advanceTo(position: number): void {
    if (position <= this.appliedPosition) return;
    this.appliedPosition = position;
    const ready = this.positionWaiters.filter((w) => w.position <= position);
    this.positionWaiters = this.positionWaiters.filter((w) => w.position > position);
    for (const waiter of ready) waiter.resolve();
  }

  /** Batches never interleave: live, catch-up, rebuild and direct calls take turns. */
  private exclusive<R>(work: () => Promise<R>): Promise<R> {
    const result = this.exclusiveTail.then(work);
    this.exclusiveTail = result.catch(() => undefined);
    return result;
  }
}

/** The entry a successful write left in the store. */
function writtenEntry(op: WriteOperation<unknown>): ReadModelEntry<unknown> {
  const version = (op.expectedVersion ?? 0) + 1;
  if (isDeleteOperation(op)) return { id: op.id, version, deleted: true, applied: op.applied };
  return { id: op.id, version, data: op.data, applied: op.applied };
}

function checkProjectionSet(projections: readonly AnyProjection[]): void {
  const names = new Set<string>();
  const collections = new Set<string>();
  for (const p of projections) {
    if (names.has(p.name)) throw new InvalidProjectionSetError(`Two projections are named ${p.name}`);
    if (collections.has(p.collection)) {
      throw new InvalidProjectionSetError(`Two projections write collection ${p.collection}; each owns its own`);
    }
    if (p.collection.startsWith('_')) {
      throw new InvalidProjectionSetError(`Projection ${p.name}: collection names starting with "_" are reserved`);
    }
    names.add(p.name);
    collections.add(p.collection);
  }
}

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
import Database from 'better-sqlite3';
import type { ChainVerification } from './event-chain-verifier';
import { SqliteChainWriter } from './sqlite-chain-writer';
import { verifySqliteEventLog, type VerifySqliteEventLogOptions } from './sqlite-chain-verify';
import { translateAppendError } from './sqlite-errors';
import { EVENT_COLUMNS, toInsertParams, toRecordedEvent, type EventRow } from './sqlite-event-row';
import { migrateSqliteSchema } from './sqlite-migrations';
import { openSqliteDatabase } from '@casetrail/platform-sqlite';

export interface SqliteEventStoreOptions {
  /** Path of the database file; its directory is created when missing. */
  filename: string;
  /**
   * FULL (default): an acknowledged append survives power loss. NORMAL: survives a process
   * crash, but the last appends may be lost on power loss (never corrupted).
   */
  synchronous?: 'FULL' | 'NORMAL';
  /** How long an append waits for another process's write lock before failing. Default 5000. */
  busyTimeoutMs?: number;
  clock?: () => Date;
  /**
   * The audit key (see `readAuditHmacKey`): each append also MACs the chain head, so rewriting
   * the chain needs the key as well as the file. Once used, give it to every writer of the file.
   */
  auditHmacKey?: Buffer;
}

interface StoredIdRow {
  stream_id: string;
  stream_revision: number;
  global_position: number;
}

interface StreamRangeParams {
  streamId: string;
  low: number;
  high: number;
  asOf: string | null;
  limit: number;
}

/** One append waiting for the next group commit. */
interface PendingAppend {
  streamId: string;
  events: readonly NewEvent[];
  expected: ExpectedRevision;
  resolve(result: AppendResult): void;
  reject(error: unknown): void;
}

/** What one append of a group came to inside the group's transaction. */
type GroupOutcome = { result: AppendResult } | { error: unknown };

/**
 * The event store on one SQLite file (better-sqlite3, WAL). Appends are group-committed: the
 * appends made through this instance in one turn of the event loop are queued and written on
 * `setImmediate` in ONE `BEGIN IMMEDIATE` transaction, one SAVEPOINT per append, so they share
 * one commit (one fsync under synchronous=FULL) instead of each paying its own while the event
 * loop waits. Each append keeps its own checks (idempotency by event id, expected revision) and
 * fails alone: its savepoint is rolled back and the others commit. Every append is answered only
 * after the commit (no acknowledgement before the data is durable); if the transaction itself
 * fails (busy, I/O error, commit refused) every append of the group fails.
 *
 * Writers in several processes on the same file are serialized by SQLite's write lock and
 * global positions are committed in order, gap-free (a poller never sees a later position before
 * an earlier one). Live subscriptions wake at once for appends through this instance and poll
 * for other processes' appends.
 */
export class SqliteEventStore implements EventStore {
  readonly filename: string;
  /** The open connection, for adapters that share this file (the checkpoint store). */
  readonly database: Database.Database;
  private readonly clock: () => Date;
  private readonly auditHmacKey: Buffer | undefined;
  private readonly chain: SqliteChainWriter;
  private readonly signal = new AppendSignal();
  private readonly subscriptions = new Set<EventSubscription>();
  private readonly statements: ReturnType<SqliteEventStore['prepare']>;
  /** One append: a SAVEPOINT when called inside the group's transaction. */
  private readonly appendTransaction: Database.Transaction<
    (streamId: string, events: readonly NewEvent[], expected: ExpectedRevision) => AppendResult
  >;
  /** A group of appends, each in its own savepoint, in one IMMEDIATE transaction and one commit. */
  private readonly groupTransaction: Database.Transaction<(group: readonly PendingAppend[]) => GroupOutcome[]>;
  private pending: PendingAppend[] = [];
  private flushScheduled: NodeJS.Immediate | undefined;

  constructor(options: SqliteEventStoreOptions) {
    this.filename = options.filename;
    this.clock = options.clock ?? (() => new Date());
    this.auditHmacKey = options.auditHmacKey;
    this.database = openSqliteDatabase(
      { filename: options.filename, synchronous: options.synchronous ?? 'FULL', busyTimeoutMs: options.busyTimeoutMs },
      (db) => {
        migrateSqliteSchema(db, undefined, this.clock);
        return db;
      },
    );
    const db = this.database;
    try {
      this.statements = this.prepare();
      this.chain = new SqliteChainWriter(db, options.auditHmacKey);
      this.appendTransaction = db.transaction((streamId, events, expected) => this.appendInTransaction(streamId, events, expected));
      this.groupTransaction = db.transaction((group) => group.map((append) => this.appendInSavepoint(append)));
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /**
   * Resolves once the append is committed (on disk under synchronous=FULL) together with the
   * other appends of the same turn of the event loop; see the class comment.
   *
   * Called while this connection is already in a transaction (a caller batching appends in its
   * own `database.transaction`, as the national-data generator does), the append is written at
   * once in a savepoint of that transaction, as before group commit: its durability is that
   * transaction's commit, which the caller makes.
   */
  async append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    checkAppend(streamId, events, expected);
    if (this.database.inTransaction) return this.appendInCallersTransaction(streamId, events, expected);
    return new Promise<AppendResult>((resolve, reject) => {
      this.pending.push({ streamId, events, expected, resolve, reject });
      this.flushScheduled ??= setImmediate(() => this.flush());
    });
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const first = options.fromRevision;
    const last = options.toRevision;
    const params: StreamRangeParams = {
      streamId,
      low: (backwards ? last : first) ?? 0,
      high: (backwards ? first : last) ?? Number.MAX_SAFE_INTEGER,
      asOf: asOfIso(options) ?? null,
      limit: options.maxCount ?? -1,
    };
    const statement = backwards ? this.statements.readBackwards : this.statements.readForwards;
    return (statement.all(params) as EventRow[]).map(toRecordedEvent);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const rows = this.statements.readAll.all(options.after ?? 0, options.maxCount ?? 1000) as EventRow[];
    return rows.map(toRecordedEvent);
  }

  async headPosition(): Promise<number> {
    return (this.statements.head.get() as { head: number }).head;
  }

  subscribeAll(options?: SubscribeAllOptions): EventSubscription {
    const inner = pollingSubscription((o) => this.readAll(o), this.signal, options);
    const subscription: EventSubscription = {
      close: async () => {
        this.subscriptions.delete(subscription);
        await inner.close();
      },
      [Symbol.asyncIterator]: () => inner[Symbol.asyncIterator](),
    };
    this.subscriptions.add(subscription);
    return subscription;
  }

  /**
   * Recomputes the hash chain of the whole log (tamper evidence), in batches, on a read-only
   * connection of its own (an in-memory store reads on its own connection, without yielding).
   * The store's audit key, if any, is used unless the options give one.
   */
  async verifyChain(options: VerifySqliteEventLogOptions = {}): Promise<ChainVerification> {
    const source = this.filename === ':memory:' ? this.database : this.filename;
    return verifySqliteEventLog(source, { hmacKey: this.auditHmacKey, ...options });
  }

  /** Ends live subscriptions first, so none reads from a closed connection; commits the appends still queued. */
  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.close()));
    this.flush();
    if (this.database.open) this.database.close();
  }

  /** Commits the queued appends in one transaction, then answers each (after the commit only). */
  private flush(): void {
    if (this.flushScheduled) clearImmediate(this.flushScheduled);
    this.flushScheduled = undefined;
    const group = this.pending;
    this.pending = [];
    if (group.length === 0) return;
    let outcomes: GroupOutcome[];
    try {
      outcomes = this.groupTransaction.immediate(group);
    } catch (error) {
      // Rolled back whole (busy past the timeout, an I/O error, the commit refused): nothing of it is stored.
      for (const append of group) append.reject(this.translate(error, append));
      return;
    }
    let appended = false;
    group.forEach((append, i) => {
      const outcome = outcomes[i]!;
      if ('error' in outcome) {
        append.reject(this.translate(outcome.error, append));
      } else {
        appended ||= !outcome.result.alreadyStored;
        append.resolve(outcome.result);
      }
    });
    if (appended) this.signal.notify();
    this.flushAfterThisTurn();
  }

  /**
   * Appends made in reaction to this commit (a reactor woken by it, a command retried after a
   * refused revision) are queued in the promise jobs that follow it. They are committed as soon
   * as those jobs have run, before the event loop reads the next request, as they were before
   * group commit: a client that sees an answer and asks for the reaction's result finds it, and
   * a reaction does not wait behind the next turn's requests. A job queued now runs after the
   * answers' jobs; the tick it queues runs only once the job queue is empty.
   */
  private flushAfterThisTurn(): void {
    queueMicrotask(() => process.nextTick(() => this.flush()));
  }

  /**
   * One append of a group, in its own savepoint: a refused append (wrong revision, idempotency
   * conflict, a constraint) is rolled back alone and the group goes on. An error after which
   * SQLite has already rolled back the whole transaction (disk full, I/O) is rethrown: the
   * appends before it in the group are gone too, so the whole group must fail.
   */
  private appendInSavepoint({ streamId, events, expected }: PendingAppend): GroupOutcome {
    try {
      return { result: this.appendTransaction(streamId, events, expected) };
    } catch (error) {
      if (!this.database.inTransaction) throw error;
      return { error };
    }
  }

  private appendInCallersTransaction(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): AppendResult {
    let result: AppendResult;
    try {
      result = this.appendTransaction(streamId, events, expected);
    } catch (error) {
      throw this.translate(error, { streamId, events, expected, resolve: () => undefined, reject: () => undefined });
    }
    if (!result.alreadyStored) this.signal.notify();
    return result;
  }

  private translate(error: unknown, { streamId, events, expected }: PendingAppend): unknown {
    return translateAppendError(error, streamId, expected, {
      storedEventIds: () => events.filter((e) => this.statements.findById.get(e.eventId)).map((e) => e.eventId),
      currentRevision: () => this.currentRevision(streamId),
    });
  }

  private appendInTransaction(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): AppendResult {
    const { findById } = this.statements;
    const stored = events.map((e) => findById.get(e.eventId) as StoredIdRow | undefined);
    if (stored.some(Boolean)) return this.acknowledgeRetry(streamId, events, stored);
    const current = this.currentRevision(streamId);
    if (expected === NO_STREAM ? current !== -1 : expected !== ANY_REVISION && expected !== current) {
      throw new WrongExpectedRevisionError(streamId, expected, current);
    }
    const recordedAt = this.clock().toISOString();
    const globalPositions = this.chain.insert(events.map((e, i) => toInsertParams(e, streamId, current + 1 + i, recordedAt)));
    return { nextExpectedRevision: current + events.length, globalPositions, alreadyStored: false };
  }

  /** A retry is acknowledged only when the whole batch is stored, in this stream, in order. */
  private acknowledgeRetry(
    streamId: string,
    events: readonly NewEvent[],
    stored: (StoredIdRow | undefined)[],
  ): AppendResult {
    const replay = stored.every(
      (s, i) => s && s.stream_id === streamId && (i === 0 || s.stream_revision === stored[i - 1]!.stream_revision + 1),
    );
    if (!replay) {
      throw new IdempotencyConflictError(streamId, events.filter((_, i) => stored[i]).map((e) => e.eventId));
    }
    return {
      nextExpectedRevision: stored[stored.length - 1]!.stream_revision,
      globalPositions: stored.map((s) => s!.global_position),
      alreadyStored: true,
    };
  }

  private currentRevision(streamId: string): number {
    return (this.statements.revision.get(streamId) as { revision: number | null }).revision ?? -1;
  }

  private prepare() {
    const db = this.database;
    const range = `SELECT ${EVENT_COLUMNS} FROM events
      WHERE stream_id = @streamId AND stream_revision BETWEEN @low AND @high
        AND (@asOf IS NULL OR recorded_at <= @asOf)`;
    return {
      findById: db.prepare<[string]>('SELECT stream_id, stream_revision, global_position FROM events WHERE event_id = ?'),
      revision: db.prepare<[string]>('SELECT MAX(stream_revision) AS revision FROM events WHERE stream_id = ?'),
      readForwards: db.prepare<[StreamRangeParams]>(`${range} ORDER BY stream_revision ASC LIMIT @limit`),
      readBackwards: db.prepare<[StreamRangeParams]>(`${range} ORDER BY stream_revision DESC LIMIT @limit`),
      readAll: db.prepare<[number, number]>(`SELECT ${EVENT_COLUMNS} FROM events WHERE global_position > ? ORDER BY global_position LIMIT ?`),
      head: db.prepare('SELECT COALESCE(MAX(global_position), 0) AS head FROM events'),
    };
  }
}

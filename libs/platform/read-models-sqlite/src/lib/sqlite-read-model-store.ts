import {
  InvalidReadModelRequestError,
  isDeleteOperation,
  type AppliedMarker,
  type FindOptions,
  type ReadModelDocument,
  type ReadModelEntry,
  type ReadModelFilter,
  type ReadModelStore,
  type WriteOperation,
  type WriteResult,
} from '@casetrail/read-models';
import Database from 'better-sqlite3';
import { openSqliteDatabase } from '@casetrail/platform-sqlite';
import { migrateReadModelSchema } from './sqlite-read-model-migrations';
import { compileFilter, compileSort, pageParams } from './sqlite-query';

export interface SqliteReadModelStoreOptions {
  /** Path of the database file (its directory is created when missing), or `:memory:`. */
  filename: string;
  /**
   * NORMAL (default): a committed write survives a process crash; on power loss the last commits
   * may be lost, never reordered (WAL), so checkpoints never run ahead of the documents they
   * cover and the next start catches up again from the events. FULL: fsync on every commit.
   */
  synchronous?: 'FULL' | 'NORMAL';
  /**
   * SQLite's page cache for this file, in MiB. Default 64 (SQLite's own default is 2): a rebuild
   * rewrites documents all over a file of hundreds of MiB, and every page missing from the cache
   * is a system call.
   */
  cacheSizeMiB?: number;
  /** How long a write waits for another process's lock on the file. Default 5000. */
  busyTimeoutMs?: number;
}

/** A row as read (raw mode): id, version, deleted, data, applied_stream, applied_revision, applied_position. */
type Row = [string, number, number, string | null, string | null, number | null, number | null];

const COLUMNS = 'id, version, deleted, data, applied_stream, applied_revision, applied_position';
/** Prepared statements kept per query shape; shapes come from code, so this bound is never reached in practice. */
const MAX_CACHED_QUERIES = 500;

/**
 * The read-model store on one SQLite file (better-sqlite3, WAL): the embedded runtime keeps its
 * read models and their checkpoints (`_checkpoints`, a collection like any other) beside the
 * events, so a restart resumes from the checkpoints instead of replaying the whole log.
 *
 * All collections share one table (see `sqlite-read-model-migrations.ts`). A `write` call is one
 * IMMEDIATE transaction; each op is one conditional statement (an INSERT that does nothing when
 * the id exists, or an UPDATE at the expected version), and an op that changes no row is a
 * conflict, reported without failing the others. Filters and sorts run in SQLite on the JSON
 * text (`sqlite-query.ts`), one prepared statement per query shape; a read document costs one
 * `JSON.parse`. Calls are synchronous underneath (better-sqlite3) and answered as promises.
 */
export class SqliteReadModelStore implements ReadModelStore {
  readonly filename: string;
  private readonly db: Database.Database;
  private readonly statements: ReturnType<SqliteReadModelStore['prepare']>;
  private readonly queries = new Map<string, Database.Statement>();
  private readonly writeTransaction: Database.Transaction<(collection: string, ops: readonly WriteOperation<unknown>[]) => string[]>;
  private closed = false;

  constructor(options: SqliteReadModelStoreOptions) {
    this.filename = options.filename;
    this.db = openSqliteDatabase(
      { filename: options.filename, synchronous: options.synchronous ?? 'NORMAL', busyTimeoutMs: options.busyTimeoutMs, cacheSizeMiB: options.cacheSizeMiB ?? 64 },
      (db) => {
        migrateReadModelSchema(db);
        return db;
      },
    );
    try {
      this.statements = this.prepare();
      this.writeTransaction = this.db.transaction((collection, ops) => this.writeInTransaction(collection, ops));
    } catch (error) {
      this.db.close();
      throw error;
    }
  }

  async get<T>(collection: string, id: string): Promise<ReadModelDocument<T> | null> {
    checkName('collection', collection);
    this.checkOpen();
    const row = this.statements.get.get(collection, id) as Row | undefined;
    return row && row[2] === 0 ? (toEntry<T>(row) as ReadModelDocument<T>) : null;
  }

  async getEntries<T>(collection: string, ids: readonly string[]): Promise<ReadModelEntry<T>[]> {
    checkName('collection', collection);
    this.checkOpen();
    if (ids.length === 0) return [];
    const rows = this.statements.getMany.all(collection, JSON.stringify([...new Set(ids)])) as Row[];
    return rows.map((row) => toEntry<T>(row));
  }

  async write<T>(collection: string, ops: readonly WriteOperation<T>[]): Promise<WriteResult> {
    checkName('collection', collection);
    this.checkOpen();
    const seen = new Set<string>();
    for (const op of ops) {
      checkName('document id', op.id);
      if (seen.has(op.id)) throw new InvalidReadModelRequestError(`Document ${op.id} appears twice in one write`);
      seen.add(op.id);
      if (op.expectedVersion !== null && !Number.isSafeInteger(op.expectedVersion)) {
        throw new InvalidReadModelRequestError(`Document ${op.id}: bad expectedVersion ${String(op.expectedVersion)}`);
      }
      checkMarker(op.id, op.applied);
    }
    if (ops.length === 0) return { conflicts: [] };
    return { conflicts: this.writeTransaction.immediate(collection, ops as readonly WriteOperation<unknown>[]) };
  }

  async find<T>(collection: string, filter?: ReadModelFilter, options: FindOptions = {}): Promise<ReadModelDocument<T>[]> {
    checkName('collection', collection);
    this.checkOpen();
    const where = compileFilter(filter);
    const order = compileSort(options.sort);
    const [limit, offset] = pageParams(options);
    if (limit === 0) return [];
    const statement = this.query(
      `SELECT ${COLUMNS} FROM read_model_documents WHERE collection = ? AND deleted = 0 AND ${where.sql} ORDER BY ${order.sql} LIMIT ? OFFSET ?`,
    );
    const rows = statement.all(collection, ...where.params, ...order.params, limit, offset) as Row[];
    const documents = new Array<ReadModelDocument<T>>(rows.length);
    for (let i = 0; i < rows.length; i += 1) documents[i] = toEntry<T>(rows[i]!) as ReadModelDocument<T>;
    return documents;
  }

  async count(collection: string, filter?: ReadModelFilter): Promise<number> {
    checkName('collection', collection);
    this.checkOpen();
    const where = compileFilter(filter);
    const statement = this.query(`SELECT count(*) FROM read_model_documents WHERE collection = ? AND deleted = 0 AND ${where.sql}`, true);
    return statement.get(collection, ...where.params) as number;
  }

  async drop(collection: string): Promise<void> {
    checkName('collection', collection);
    this.checkOpen();
    this.statements.drop.run(collection);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.queries.clear();
    this.db.close();
  }

  private writeInTransaction(collection: string, ops: readonly WriteOperation<unknown>[]): string[] {
    const conflicts: string[] = [];
    for (const op of ops) {
      const deleted = isDeleteOperation(op);
      const data = deleted ? null : JSON.stringify(op.data);
      if (!deleted && data === undefined) throw new InvalidReadModelRequestError(`Document ${op.id}: data is not JSON`);
      const a = op.applied;
      const applied = a === null ? [null, null, null] : [a.streamId, a.streamRevision, a.globalPosition];
      const changes =
        op.expectedVersion === null
          ? this.statements.insert.run(collection, op.id, deleted ? 1 : 0, data, ...applied).changes
          : this.statements.update.run(deleted ? 1 : 0, data, ...applied, collection, op.id, op.expectedVersion).changes;
      if (changes === 0) conflicts.push(op.id);
    }
    return conflicts;
  }

  private query(sql: string, pluck = false): Database.Statement {
    let statement = this.queries.get(sql);
    if (!statement) {
      if (this.queries.size >= MAX_CACHED_QUERIES) this.queries.clear();
      statement = this.db.prepare(sql);
      if (pluck) statement.pluck(true);
      else statement.raw(true);
      this.queries.set(sql, statement);
    }
    return statement;
  }

  private prepare() {
    const raw = (sql: string) => this.db.prepare(sql).raw(true);
    return {
      get: raw(`SELECT ${COLUMNS} FROM read_model_documents WHERE collection = ? AND id = ?`),
      getMany: raw(`SELECT ${COLUMNS} FROM read_model_documents WHERE collection = ? AND id IN (SELECT value FROM json_each(?))`),
      insert: this.db.prepare(
        `INSERT INTO read_model_documents (collection, id, version, deleted, data, applied_stream, applied_revision, applied_position)
         VALUES (?, ?, 1, ?, ?, ?, ?, ?) ON CONFLICT (collection, id) DO NOTHING`,
      ),
      update: this.db.prepare(
        `UPDATE read_model_documents SET version = version + 1, deleted = ?, data = ?, applied_stream = ?, applied_revision = ?, applied_position = ?
         WHERE collection = ? AND id = ? AND version = ?`,
      ),
      drop: this.db.prepare('DELETE FROM read_model_documents WHERE collection = ?'),
    };
  }

  private checkOpen(): void {
    if (this.closed) throw new Error(`Read-model store ${this.filename} is closed`);
  }
}

function toEntry<T>(row: Row): ReadModelEntry<T> {
  const [id, version, deleted, data, stream, revision, position] = row;
  const applied: AppliedMarker | null = stream === null ? null : { streamId: stream, streamRevision: revision!, globalPosition: position! };
  if (deleted === 1) return { id, version, deleted: true, applied };
  return { id, version, data: JSON.parse(data!) as T, applied };
}

function checkName(what: string, name: string): void {
  if (typeof name !== 'string' || name === '' || name.includes('\0') || (what === 'collection' && name.includes('$'))) {
    throw new InvalidReadModelRequestError(`Bad ${what} "${String(name)}"`);
  }
}

function checkMarker(id: string, applied: AppliedMarker | null): void {
  if (applied === null) return;
  const ok =
    typeof applied === 'object' &&
    typeof applied.streamId === 'string' &&
    Number.isSafeInteger(applied.streamRevision) &&
    Number.isSafeInteger(applied.globalPosition);
  if (!ok) throw new InvalidReadModelRequestError(`Document ${id}: bad applied marker`);
}

import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export type SqliteSynchronous = 'FULL' | 'NORMAL';

export interface OpenSqliteDatabaseOptions {
  /** A file path (its folder is created), or `:memory:`. */
  filename: string;
  synchronous: SqliteSynchronous;
  /** How long a statement waits for another connection's lock before SQLITE_BUSY. */
  busyTimeoutMs?: number;
  /** SQLite's page cache, in MiB (its default when absent). */
  cacheSizeMiB?: number;
}

/**
 * Opens a SQLite file the way every store of ours does: WAL (refused loudly when the file system
 * cannot give it, except in memory), the `synchronous` level asked for, an optional page cache.
 * `prepare` runs on the open connection (migrations, statements); if it throws, the connection is
 * closed and the error goes up, so no half-opened file is left behind.
 */
export function openSqliteDatabase<T>(options: OpenSqliteDatabaseOptions, prepare: (db: Database.Database) => T): T {
  const { filename, synchronous, cacheSizeMiB } = options;
  if (synchronous !== 'FULL' && synchronous !== 'NORMAL') throw new Error(`synchronous must be FULL or NORMAL, not ${String(synchronous)}`);
  if (cacheSizeMiB !== undefined && !(Number.isInteger(cacheSizeMiB) && cacheSizeMiB > 0 && cacheSizeMiB <= 4096)) {
    throw new Error(`cacheSizeMiB must be an integer from 1 to 4096, not ${String(cacheSizeMiB)}`);
  }
  const inMemory = filename === ':memory:';
  if (!inMemory) mkdirSync(dirname(filename), { recursive: true });
  const db = new Database(filename, { timeout: options.busyTimeoutMs ?? 5000 });
  try {
    const mode = db.pragma('journal_mode = WAL', { simple: true });
    if (mode !== 'wal' && !inMemory) throw new Error(`Could not switch ${filename} to WAL (got ${String(mode)})`);
    db.pragma(`synchronous = ${synchronous}`);
    if (cacheSizeMiB !== undefined) db.pragma(`cache_size = -${cacheSizeMiB * 1024}`);
    return prepare(db);
  } catch (error) {
    db.close();
    throw error;
  }
}

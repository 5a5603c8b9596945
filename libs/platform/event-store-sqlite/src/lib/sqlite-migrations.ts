import type Database from 'better-sqlite3';
import { backfillEventChain } from './sqlite-chain-backfill';
import { SqliteSchemaMismatchError } from './sqlite-errors';
import { applySqliteMigrations, type SqliteMigration } from '@casetrail/platform-sqlite';

export type { SqliteMigration };

/** The schema of the SQLite event store, in the order it is applied. */
export const SQLITE_MIGRATIONS: readonly SqliteMigration[] = [
  {
    version: 1,
    name: 'events',
    // AUTOINCREMENT: a global position is never reused, even after the last event is deleted.
    sql: `
      CREATE TABLE events (
        global_position INTEGER PRIMARY KEY AUTOINCREMENT,
        event_id        TEXT    NOT NULL UNIQUE,
        stream_id       TEXT    NOT NULL,
        stream_revision INTEGER NOT NULL,
        type            TEXT    NOT NULL,
        schema_version  INTEGER NOT NULL,
        data            TEXT,
        metadata        TEXT    NOT NULL,
        occurred_at     TEXT    NOT NULL,
        recorded_at     TEXT    NOT NULL,
        UNIQUE (stream_id, stream_revision)
      );`,
  },
  {
    version: 2,
    name: 'checkpoints',
    sql: `CREATE TABLE checkpoints (name TEXT PRIMARY KEY, position INTEGER NOT NULL);`,
  },
  {
    version: 3,
    name: 'event-hash-chain',
    // Tamper evidence: each event's hash covers the previous one; the head, kept apart from the
    // rows, shows a truncated tail. Rows already stored are chained in order by `up`.
    sql: `
      ALTER TABLE events ADD COLUMN prev_hash TEXT;
      ALTER TABLE events ADD COLUMN hash TEXT;
      CREATE TABLE chain_head (
        id       INTEGER PRIMARY KEY CHECK (id = 1),
        position INTEGER NOT NULL,
        hash     TEXT    NOT NULL,
        count    INTEGER NOT NULL,
        mac      TEXT
      );`,
    up: backfillEventChain,
  },
];

/** The schema version this build writes and reads. */
export const SQLITE_SCHEMA_VERSION = SQLITE_MIGRATIONS[SQLITE_MIGRATIONS.length - 1]!.version;

/**
 * Brings the database to `SQLITE_SCHEMA_VERSION` in one IMMEDIATE transaction, so two processes
 * opening the same file at once migrate it once. A database from a newer build, or one whose
 * history differs from ours, is refused: guessing would risk the event log.
 */
export function migrateSqliteSchema(
  db: Database.Database,
  migrations: readonly SqliteMigration[] = SQLITE_MIGRATIONS,
  now: () => Date = () => new Date(),
): number[] {
  return applySqliteMigrations(db, {
    table: 'schema_migrations',
    migrations,
    now,
    refuse: (row, mine) =>
      new SqliteSchemaMismatchError(
        mine
          ? `Database ${db.name} has migration ${row.version} named "${row.name}", this build calls it "${mine.name}"`
          : `Database ${db.name} has schema migration ${row.version} (${row.name}), unknown to this build ` +
              `(which knows up to ${migrations[migrations.length - 1]?.version ?? 0}); refusing to open it`,
      ),
  });
}

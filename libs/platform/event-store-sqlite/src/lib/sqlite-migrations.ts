import type Database from 'better-sqlite3';
import { backfillEventChain } from './sqlite-chain-backfill';
import { SqliteSchemaMismatchError } from './sqlite-errors';

/** One step of the schema. A released migration never changes: a change is a new migration. */
export interface SqliteMigration {
  version: number;
  name: string;
  sql: string;
  /** A data step run after `sql`, in the same transaction (e.g. hashing the rows already stored). */
  up?: (db: Database.Database) => void;
}

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
  const migrate = db.transaction((): number[] => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const applied = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as {
      version: number;
      name: string;
    }[];
    const known = new Map(migrations.map((m) => [m.version, m]));
    for (const row of applied) {
      const mine = known.get(row.version);
      if (!mine) {
        throw new SqliteSchemaMismatchError(
          `Database ${db.name} has schema migration ${row.version} (${row.name}), unknown to this build ` +
            `(which knows up to ${migrations[migrations.length - 1]?.version ?? 0}); refusing to open it`,
        );
      }
      if (mine.name !== row.name) {
        throw new SqliteSchemaMismatchError(
          `Database ${db.name} has migration ${row.version} named "${row.name}", this build calls it "${mine.name}"`,
        );
      }
    }
    const done = new Set(applied.map((r) => r.version));
    const insert = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    const newlyApplied: number[] = [];
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      db.exec(m.sql);
      m.up?.(db);
      insert.run(m.version, m.name, now().toISOString());
      newlyApplied.push(m.version);
    }
    return newlyApplied;
  });
  return migrate.immediate();
}

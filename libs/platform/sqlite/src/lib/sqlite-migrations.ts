import type Database from 'better-sqlite3';

/** One step of a schema. A released migration never changes: a change is a new migration. */
export interface SqliteMigration {
  version: number;
  name: string;
  sql: string;
  /** A data step run after `sql`, in the same transaction (e.g. hashing the rows already stored). */
  up?: (db: Database.Database) => void;
}

export interface ApplySqliteMigrationsOptions<M extends SqliteMigration> {
  /** The table that records what was applied (`version`, `name`, `applied_at`). */
  table: string;
  migrations: readonly M[];
  now?: () => Date;
  /**
   * The error for an applied migration this build does not know (`mine` undefined: a newer
   * build's) or knows under another name (another history).
   */
  refuse: (applied: { version: number; name: string }, mine: M | undefined) => Error;
}

/**
 * Brings the database to the last of `migrations` in one IMMEDIATE transaction, so two processes
 * opening the same file at once migrate it once. A file whose applied history is not a prefix of
 * ours is refused (`refuse`), never guessed at. Answers the versions applied now.
 */
export function applySqliteMigrations<M extends SqliteMigration>(db: Database.Database, options: ApplySqliteMigrationsOptions<M>): number[] {
  const { table, migrations, refuse } = options;
  const now = options.now ?? (() => new Date());
  const migrate = db.transaction((): number[] => {
    db.exec(`CREATE TABLE IF NOT EXISTS ${table} (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const applied = db.prepare(`SELECT version, name FROM ${table} ORDER BY version`).all() as { version: number; name: string }[];
    const known = new Map(migrations.map((m) => [m.version, m]));
    for (const row of applied) {
      const mine = known.get(row.version);
      if (!mine || mine.name !== row.name) throw refuse(row, mine);
    }
    const done = new Set(applied.map((r) => r.version));
    const insert = db.prepare(`INSERT INTO ${table} (version, name, applied_at) VALUES (?, ?, ?)`);
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

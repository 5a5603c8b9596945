import Database from 'better-sqlite3';
import { tempDatabase } from '../test-support/temp-database';
import { SqliteSchemaMismatchError } from './sqlite-errors';
import { SqliteEventStore } from './sqlite-event-store';
import { SQLITE_MIGRATIONS, SQLITE_SCHEMA_VERSION, migrateSqliteSchema } from './sqlite-migrations';

describe('SQLite schema migrations', () => {
  let temp: ReturnType<typeof tempDatabase>;
  beforeEach(() => (temp = tempDatabase()));
  afterEach(() => temp.remove());

  const appliedVersions = (filename: string) => {
    const db = new Database(filename, { readonly: true });
    try {
      return (db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[]).map((r) => r.version);
    } finally {
      db.close();
    }
  };

  it('applies every migration once, in order, and nothing on reopen', async () => {
    await new SqliteEventStore({ filename: temp.filename }).close();
    expect(appliedVersions(temp.filename)).toEqual(SQLITE_MIGRATIONS.map((m) => m.version));
    expect(SQLITE_SCHEMA_VERSION).toBe(SQLITE_MIGRATIONS[SQLITE_MIGRATIONS.length - 1].version);

    const db = new Database(temp.filename);
    try {
      expect(migrateSqliteSchema(db)).toEqual([]);
    } finally {
      db.close();
    }
    await new SqliteEventStore({ filename: temp.filename }).close();
    expect(appliedVersions(temp.filename)).toEqual(SQLITE_MIGRATIONS.map((m) => m.version));
  });

  it('keeps its versions strictly increasing (a migration list mistake fails here)', () => {
    const versions = SQLITE_MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('refuses loudly a database migrated by a newer build, and leaves it untouched', async () => {
    await new SqliteEventStore({ filename: temp.filename }).close();
    const db = new Database(temp.filename);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
      SQLITE_SCHEMA_VERSION + 1,
      'from-the-future',
      new Date().toISOString(),
    );
    db.close();
    expect(() => new SqliteEventStore({ filename: temp.filename })).toThrow(SqliteSchemaMismatchError);
    expect(() => new SqliteEventStore({ filename: temp.filename })).toThrow(/unknown to this build/);
    expect(appliedVersions(temp.filename)).toContain(SQLITE_SCHEMA_VERSION + 1);
  });

  it('refuses a database whose migration history differs from this build', async () => {
    await new SqliteEventStore({ filename: temp.filename }).close();
    const db = new Database(temp.filename);
    db.prepare('UPDATE schema_migrations SET name = ? WHERE version = 1').run('something-else');
    db.close();
    expect(() => new SqliteEventStore({ filename: temp.filename })).toThrow(SqliteSchemaMismatchError);
  });

  it('rolls back a failing migration whole', () => {
    const db = new Database(temp.filename.replace('/data/', '/'));
    try {
      const broken = [...SQLITE_MIGRATIONS, { version: 99, name: 'broken', sql: 'CREATE TABLE x (a); SELECT * FROM nowhere;' }];
      expect(() => migrateSqliteSchema(db, broken)).toThrow(/nowhere/);
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all();
      expect(tables).toEqual([]);
    } finally {
      db.close();
    }
  });
});

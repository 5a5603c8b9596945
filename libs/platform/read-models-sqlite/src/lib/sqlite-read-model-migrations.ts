import type Database from 'better-sqlite3';
import { applySqliteMigrations, type SqliteMigration } from '@casetrail/platform-sqlite';

/** One step of the read-model schema. A released migration never changes: a change is a new one. */
export type ReadModelMigration = Omit<SqliteMigration, 'up'>;

/** Refused to open: the file was written by a newer build, or its history is not ours. */
export class ReadModelSchemaMismatchError extends Error {
  override readonly name = 'ReadModelSchemaMismatchError';
}

/**
 * One table for every collection, so a collection needs no DDL and `drop` is a DELETE (a rowid
 * table since migration 2). `data` is
 * the JSON text of the document (NULL for a tombstone); the applied marker is kept in columns, so
 * reading a document costs one `JSON.parse`. The unique index on (collection, id) serves `get`,
 * `getEntries`, the conditional writes and the default id order of `find`.
 */
export const READ_MODEL_MIGRATIONS: readonly ReadModelMigration[] = [
  {
    version: 1,
    name: 'read-model-documents',
    sql: `
      CREATE TABLE read_model_documents (
        collection       TEXT    NOT NULL,
        id               TEXT    NOT NULL,
        version          INTEGER NOT NULL,
        deleted          INTEGER NOT NULL CHECK (deleted IN (0, 1)),
        data             TEXT    CHECK ((deleted = 1) = (data IS NULL)),
        applied_stream   TEXT,
        applied_revision INTEGER,
        applied_position INTEGER,
        CHECK ((applied_stream IS NULL) = (applied_revision IS NULL) AND (applied_stream IS NULL) = (applied_position IS NULL)),
        PRIMARY KEY (collection, id)
      ) WITHOUT ROWID;`,
  },
  {
    // Documents of a national decade are 0.1-7 KB: in a WITHOUT ROWID table every one sits in the
    // primary-key b-tree (SQLite advises it for rows under ~1/20 of a page), so each rewrite
    // moved large cells and overflow pages of that b-tree. A rowid table keeps the documents in
    // its own b-tree and (collection, id) in a small unique index that a rewrite leaves alone:
    // a rebuild of 1M events writes about a quarter faster. The rows are copied as they are.
    version: 2,
    name: 'read-model-documents-rowid',
    sql: `
      CREATE TABLE read_model_documents_rowid (
        collection       TEXT    NOT NULL,
        id               TEXT    NOT NULL,
        version          INTEGER NOT NULL,
        deleted          INTEGER NOT NULL CHECK (deleted IN (0, 1)),
        data             TEXT    CHECK ((deleted = 1) = (data IS NULL)),
        applied_stream   TEXT,
        applied_revision INTEGER,
        applied_position INTEGER,
        CHECK ((applied_stream IS NULL) = (applied_revision IS NULL) AND (applied_stream IS NULL) = (applied_position IS NULL)),
        UNIQUE (collection, id)
      );
      INSERT INTO read_model_documents_rowid (collection, id, version, deleted, data, applied_stream, applied_revision, applied_position)
        SELECT collection, id, version, deleted, data, applied_stream, applied_revision, applied_position FROM read_model_documents ORDER BY collection, id;
      DROP TABLE read_model_documents;
      ALTER TABLE read_model_documents_rowid RENAME TO read_model_documents;`,
  },
];

/**
 * Brings the file to the last migration in one IMMEDIATE transaction (two processes opening it at
 * once migrate it once). A file from a newer build is refused rather than guessed at; being
 * derived data, it can be deleted and rebuilt from the events.
 */
export function migrateReadModelSchema(db: Database.Database, migrations: readonly ReadModelMigration[] = READ_MODEL_MIGRATIONS): void {
  applySqliteMigrations(db, {
    table: 'read_model_migrations',
    migrations,
    refuse: (row) =>
      new ReadModelSchemaMismatchError(
        `Read-model database ${db.name} has migration ${row.version} (${row.name}), unknown to this build; ` +
          'refusing to open it (it holds derived data only: delete it to rebuild from the events)',
      ),
  });
}

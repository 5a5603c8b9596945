import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { PersonAlreadyForgottenError, PersonForgottenError, UnknownPersonError } from './person-key-store.errors';
import { PERSON_KEY_BYTES, type PersonKeyStore, type PersonTombstone } from './person-key-store.port';
import { assertPersonId, sha256Hex } from './person-key-store.support';

export interface SqlitePersonKeyStoreOptions {
  /** The key database, its own file (`<dataDir>/keys/person-keys.sqlite`), never the event store's. */
  filename: string;
  clock?: () => Date;
}

interface TombstoneRow {
  person_id: string;
  forgotten_at: string;
  reason_sha256: string;
  forgotten_by: string;
}

/**
 * Person keys in a SQLite file of their own (WAL, synchronous FULL: a key handed out has been
 * made durable before any data is sealed with it). `secure_delete` is on, so a deleted key's
 * bytes are zeroed in the page, and a destroy ends with a TRUNCATE checkpoint, so no old copy
 * of the key is left in the WAL either. (What a disk or file system keeps of overwritten blocks
 * is outside SQLite's reach: keep the data dir on an encrypted volume.)
 */
export class SqlitePersonKeyStore implements PersonKeyStore {
  readonly filename: string;
  private readonly db: Database.Database;
  private readonly clock: () => Date;
  private readonly statements;
  private readonly destroyTransaction;
  private readonly createKeyTransaction;
  private readonly createKeysTransaction;

  constructor(options: SqlitePersonKeyStoreOptions) {
    this.filename = options.filename;
    this.clock = options.clock ?? (() => new Date());
    keepPrivate(options.filename);
    this.db = new Database(options.filename);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('secure_delete = ON');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS person_keys (
        person_id TEXT PRIMARY KEY,
        key BLOB NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE IF NOT EXISTS person_tombstones (
        person_id TEXT PRIMARY KEY,
        forgotten_at TEXT NOT NULL,
        reason_sha256 TEXT NOT NULL,
        forgotten_by TEXT NOT NULL
      ) STRICT;
    `);
    this.statements = {
      key: this.db.prepare<[string], { key: Buffer }>('SELECT key FROM person_keys WHERE person_id = ?'),
      insertKey: this.db.prepare('INSERT INTO person_keys (person_id, key, created_at) VALUES (?, ?, ?) ON CONFLICT (person_id) DO NOTHING'),
      tombstone: this.db.prepare<[string], TombstoneRow>('SELECT * FROM person_tombstones WHERE person_id = ?'),
      overwriteKey: this.db.prepare('UPDATE person_keys SET key = zeroblob(length(key)) WHERE person_id = ?'),
      deleteKey: this.db.prepare('DELETE FROM person_keys WHERE person_id = ?'),
      insertTombstone: this.db.prepare('INSERT INTO person_tombstones (person_id, forgotten_at, reason_sha256, forgotten_by) VALUES (?, ?, ?, ?)'),
    };
    this.createKeyTransaction = this.db.transaction((personId: string): Buffer => {
      if (this.statements.tombstone.get(personId)) throw new PersonForgottenError(personId);
      this.statements.insertKey.run(personId, randomBytes(PERSON_KEY_BYTES), this.clock().toISOString());
      return Buffer.from(this.statements.key.get(personId)!.key);
    });
    this.createKeysTransaction = this.db.transaction((personIds: readonly string[]): Map<string, Buffer> => {
      const createdAt = this.clock().toISOString();
      const keys = new Map<string, Buffer>();
      for (const personId of personIds) {
        if (this.statements.tombstone.get(personId)) throw new PersonForgottenError(personId);
        this.statements.insertKey.run(personId, randomBytes(PERSON_KEY_BYTES), createdAt);
        keys.set(personId, Buffer.from(this.statements.key.get(personId)!.key));
      }
      return keys;
    });
    this.destroyTransaction = this.db.transaction((personId: string, tombstone: PersonTombstone) => {
      const existing = this.statements.tombstone.get(personId);
      if (existing) throw new PersonAlreadyForgottenError(personId, existing.forgotten_at);
      if (!this.statements.key.get(personId)) throw new UnknownPersonError(personId);
      // Overwrite first, then delete: the cell holding the key is zeroed even where a page is
      // not freed (secure_delete zeroes what a delete frees).
      this.statements.overwriteKey.run(personId);
      this.statements.deleteKey.run(personId);
      this.statements.insertTombstone.run(personId, tombstone.forgottenAt, tombstone.reasonSha256, tombstone.forgottenBy);
    });
  }

  async getOrCreateKey(personId: string): Promise<Buffer> {
    assertPersonId(personId);
    // IMMEDIATE: a concurrent forget cannot slip between the tombstone check and the insert.
    const known = this.statements.key.get(personId);
    if (known) return Buffer.from(known.key);
    return this.createKeyTransaction.immediate(personId);
  }

  /**
   * `getOrCreateKey` for many persons in one transaction (one sync to disk instead of one per
   * person): for bulk loads such as the national data generator. All or nothing.
   */
  async getOrCreateKeys(personIds: readonly string[]): Promise<Map<string, Buffer>> {
    for (const personId of personIds) assertPersonId(personId);
    return this.createKeysTransaction.immediate(personIds);
  }

  async getKey(personId: string): Promise<Buffer | null> {
    const row = this.statements.key.get(personId);
    return row ? Buffer.from(row.key) : null;
  }

  async destroyKey(personId: string, reason: string, actor: string): Promise<PersonTombstone> {
    const tombstone: PersonTombstone = {
      personId,
      forgottenAt: this.clock().toISOString(),
      reasonSha256: sha256Hex(reason),
      forgottenBy: actor,
    };
    this.destroyTransaction.immediate(personId, tombstone);
    // Copies the zeroed pages into the database and empties the WAL, where the key was written.
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    return tombstone;
  }

  async isForgotten(personId: string): Promise<boolean> {
    return this.statements.tombstone.get(personId) !== undefined;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

/**
 * Keys are for this process's user alone: the folder 0700, the database file 0600, whatever the
 * umask. The file is created before SQLite opens it, because SQLite gives the `-wal` and `-shm`
 * files it creates the permission bits of the database file. A folder or files left wider by an
 * earlier build are tightened too. (The folder is `<data dir>/keys`, which holds only keys.)
 */
function keepPrivate(filename: string): void {
  const folder = dirname(filename);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  chmodSync(folder, 0o700);
  closeSync(openSync(filename, 'a', 0o600));
  for (const file of [filename, `${filename}-wal`, `${filename}-shm`]) {
    if (existsSync(file)) chmodSync(file, 0o600);
  }
}

import Database from 'better-sqlite3';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describePersonKeyStoreContract } from './person-key-store.contract';
import { SqlitePersonKeyStore } from './sqlite-person-key-store';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function freshFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'casetrail-person-keys-'));
  dirs.push(dir);
  return join(dir, 'keys', 'person-keys.sqlite');
}

describePersonKeyStoreContract('SQLite', {
  create: async (now) => new SqlitePersonKeyStore({ filename: freshFile(), clock: now }),
  reopen: async (store, now) => {
    const filename = (store as SqlitePersonKeyStore).filename;
    await store.close();
    return new SqlitePersonKeyStore({ filename, clock: now });
  },
});

describe('SqlitePersonKeyStore on disk', () => {
  /** Every file SQLite keeps for the database (main file, WAL, shared memory). */
  function filesOf(filename: string): Buffer[] {
    const dir = join(filename, '..');
    return readdirSync(dir)
      .map((name) => join(dir, name))
      .filter((path) => statSync(path).isFile())
      .map((path) => readFileSync(path));
  }

  it('leaves no copy of a destroyed key in the database file or its WAL', async () => {
    const filename = freshFile();
    const store = new SqlitePersonKeyStore({ filename });
    const kept = await store.getOrCreateKey('person-kept');
    const destroyed = await store.getOrCreateKey('person-destroyed');
    // Before: the key bytes are on disk (so the search below can find them at all).
    expect(filesOf(filename).some((f) => f.includes(destroyed))).toBe(true);

    await store.destroyKey('person-destroyed', 'Erasure request (synthetic)', 'admin-1');
    const files = filesOf(filename);
    expect(files.some((f) => f.includes(destroyed))).toBe(false);
    expect(files.some((f) => f.includes(kept))).toBe(true);
    expect(existsSync(`${filename}-wal`) ? readFileSync(`${filename}-wal`).length : 0).toBe(0);
    await store.close();
  });

  /** The permission bits of a file or folder. */
  const mode = (path: string) => statSync(path).mode & 0o777;

  it('keeps the key file, its WAL and shared memory readable by the owner only (0600), the folder 0700', async () => {
    const filename = freshFile();
    const store = new SqlitePersonKeyStore({ filename });
    await store.getOrCreateKey('person-private');
    expect(mode(dirname(filename))).toBe(0o700);
    for (const file of [filename, `${filename}-wal`, `${filename}-shm`]) {
      expect(existsSync(file)).toBe(true);
      expect({ file, mode: mode(file).toString(8) }).toEqual({ file, mode: '600' });
    }
    await store.close();
  });

  it('tightens a folder and files that an earlier build left readable by others', async () => {
    const filename = freshFile();
    mkdirSync(dirname(filename), { recursive: true });
    chmodSync(dirname(filename), 0o755);
    const loose = new Database(filename);
    loose.pragma('journal_mode = WAL');
    loose.exec('CREATE TABLE t (x INTEGER)');
    loose.close();
    chmodSync(filename, 0o644);
    expect(mode(filename)).toBe(0o644);

    const store = new SqlitePersonKeyStore({ filename });
    await store.getOrCreateKey('person-private');
    expect(mode(dirname(filename))).toBe(0o700);
    for (const file of [filename, `${filename}-wal`, `${filename}-shm`]) expect({ file, mode: mode(file).toString(8) }).toEqual({ file, mode: '600' });
    await store.close();
  });
});

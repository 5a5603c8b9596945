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

  it('creates many keys in one go, keeps those that exist, and refuses the lot when one person is forgotten', async () => {
    const filename = freshFile();
    const store = new SqlitePersonKeyStore({ filename });
    const [known, a, b, gone] = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222', '33333333-3333-4333-8333-333333333333', '44444444-4444-4444-8444-444444444444'];
    const knownKey = await store.getOrCreateKey(known);
    const keys = await store.getOrCreateKeys([known, a, b]);
    expect(keys.get(known)).toEqual(knownKey);
    expect([...keys.keys()]).toEqual([known, a, b]);
    expect(new Set([...keys.values()].map((k) => k.toString('hex'))).size).toBe(3);
    await store.close();
    const reopened = new SqlitePersonKeyStore({ filename });
    expect(await reopened.getKey(a)).toEqual(keys.get(a));
    expect(await reopened.getKey(b)).toEqual(keys.get(b));
    await reopened.getOrCreateKey(gone);
    await reopened.destroyKey(gone, 'test', 'tester');
    const c = '55555555-5555-4555-8555-555555555555';
    await expect(reopened.getOrCreateKeys([c, gone])).rejects.toThrow(/forgotten/i);
    expect(await reopened.getKey(c)).toBeNull();
    await reopened.close();
  });

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

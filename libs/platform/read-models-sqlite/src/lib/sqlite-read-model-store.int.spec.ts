import { describeReadModelStoreContract, InvalidReadModelRequestError, uniqueCollection } from '@casetrail/read-models';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteReadModelStore } from './sqlite-read-model-store';
import { migrateReadModelSchema, READ_MODEL_MIGRATIONS, ReadModelSchemaMismatchError } from './sqlite-read-model-migrations';

const dirs: string[] = [];
function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'casetrail-rm-sqlite-'));
  dirs.push(dir);
  return join(dir, 'data', 'read-models.sqlite');
}
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describeReadModelStoreContract('sqlite (file on disk)', { create: async () => new SqliteReadModelStore({ filename: tempFile() }) });

describe('SqliteReadModelStore beyond the contract', () => {
  it('keeps documents, tombstones and versions across a reopen of the file', async () => {
    const filename = tempFile();
    const first = new SqliteReadModelStore({ filename });
    await first.write('facts', [
      { id: 'a', expectedVersion: null, data: { province: 'Kampot', n: 1 }, applied: { streamId: 'case-a', streamRevision: 0, globalPosition: 1 } },
      { id: 'b', expectedVersion: null, data: { province: 'Kep', n: 2 }, applied: null },
    ]);
    await first.write('facts', [{ id: 'b', expectedVersion: 1, delete: true, applied: null }]);
    await first.close();

    const second = new SqliteReadModelStore({ filename });
    expect(await second.find('facts')).toEqual([
      { id: 'a', version: 1, data: { province: 'Kampot', n: 1 }, applied: { streamId: 'case-a', streamRevision: 0, globalPosition: 1 } },
    ]);
    expect(await second.getEntries('facts', ['b'])).toEqual([{ id: 'b', version: 2, deleted: true, applied: null }]);
    expect((await second.write('facts', [{ id: 'b', expectedVersion: null, data: {}, applied: null }])).conflicts).toEqual(['b']);
    await second.close();
  });

  it('moves the documents of a file of the first schema (WITHOUT ROWID) into the rowid table as they were', async () => {
    const filename = tempFile();
    const first = new SqliteReadModelStore({ filename });
    await first.close();
    rmSync(filename);
    const db = new Database(filename);
    migrateReadModelSchema(db, READ_MODEL_MIGRATIONS.slice(0, 1));
    const insert = db.prepare(
      `INSERT INTO read_model_documents (collection, id, version, deleted, data, applied_stream, applied_revision, applied_position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    insert.run('facts', 'a', 3, 0, '{"n":1}', 'case-a', 2, 17);
    insert.run('facts', 'b', 2, 1, null, null, null, null);
    db.close();

    const store = new SqliteReadModelStore({ filename });
    expect(await store.getEntries('facts', ['a', 'b'])).toEqual(
      expect.arrayContaining([
        { id: 'a', version: 3, data: { n: 1 }, applied: { streamId: 'case-a', streamRevision: 2, globalPosition: 17 } },
        { id: 'b', version: 2, deleted: true, applied: null },
      ]),
    );
    expect((await store.write('facts', [{ id: 'a', expectedVersion: 3, data: { n: 2 }, applied: null }])).conflicts).toEqual([]);
    await store.close();
    const check = new Database(filename, { readonly: true });
    expect(check.prepare('SELECT max(version) FROM read_model_migrations').pluck().get()).toBe(2);
    expect(check.prepare(`SELECT rowid FROM read_model_documents WHERE id = 'a'`).pluck().get()).toEqual(expect.any(Number));
    check.close();
  });

  it('refuses a file migrated by a newer build', async () => {
    const filename = tempFile();
    await new SqliteReadModelStore({ filename }).close();
    const db = new Database(filename);
    db.prepare(`INSERT INTO read_model_migrations (version, name, applied_at) VALUES (99, 'from-the-future', '2030-01-01')`).run();
    db.close();
    expect(() => new SqliteReadModelStore({ filename })).toThrow(ReadModelSchemaMismatchError);
  });

  it('filters with an $in of thousands of values (one statement shape, no variable limit)', async () => {
    const store = new SqliteReadModelStore({ filename: tempFile() });
    const c = uniqueCollection('many');
    await store.write(c, Array.from({ length: 300 }, (_, i) => ({ id: `d${String(i).padStart(3, '0')}`, expectedVersion: null, data: { ref: `case-${i}` }, applied: null })));
    const wanted = Array.from({ length: 40_000 }, (_, i) => `case-${i * 3}`);
    expect(await store.count(c, { ref: { $in: wanted } })).toBe(100);
    expect((await store.find(c, { ref: { $in: ['case-5', 5, true, null] } })).map((d) => d.id)).toEqual(['d005']);
    await store.close();
  });

  it('does not take booleans for numbers or nested objects for their JSON text', async () => {
    const store = new SqliteReadModelStore({ filename: tempFile() });
    const c = uniqueCollection('types');
    await store.write(c, [
      { id: 'bool', expectedVersion: null, data: { v: true }, applied: null },
      { id: 'one', expectedVersion: null, data: { v: 1 }, applied: null },
      { id: 'object', expectedVersion: null, data: { v: { a: 1 } }, applied: null },
      { id: 'text', expectedVersion: null, data: { v: '{"a":1}' }, applied: null },
    ]);
    expect((await store.find(c, { v: 1 })).map((d) => d.id)).toEqual(['one']);
    expect((await store.find(c, { v: true })).map((d) => d.id)).toEqual(['bool']);
    expect((await store.find(c, { v: '{"a":1}' })).map((d) => d.id)).toEqual(['text']);
    expect((await store.find(c, { v: { $contains: 'a' } })).map((d) => d.id)).toEqual(['text']);
    expect((await store.find(c, {}, { sort: { v: -1 } })).map((d) => d.id)).toEqual(['bool', 'object', 'text', 'one']);
    await store.close();
  });

  it('compares scalars by their JSON text: escapes, astral characters and float spellings match themselves only', async () => {
    const store = new SqliteReadModelStore({ filename: tempFile() });
    const c = uniqueCollection('escapes');
    const values = ['a"b', 'a\\b', 'line\nbreak', '\u0001', 'ក😀', '\ud800x', 'é', 1e21, 0.1 + 0.2, -5, 2 ** 53, 1.5e-7];
    await store.write(c, values.map((v, i) => ({ id: `d${String(i).padStart(2, '0')}`, expectedVersion: null, data: { v, nested: { w: v } }, applied: null })));
    for (const [i, v] of values.entries()) {
      expect((await store.find(c, { v, 'nested.w': { $in: [v, 'other'] } })).map((d) => d.id)).toEqual([`d${String(i).padStart(2, '0')}`]);
    }
    await store.close();
  });

  it('refuses paths SQLite cannot quote, bad pages and a non-JSON document', async () => {
    const store = new SqliteReadModelStore({ filename: tempFile() });
    await expect(store.find('facts', { 'a."b': 1 })).rejects.toBeInstanceOf(InvalidReadModelRequestError);
    await expect(store.find('facts', {}, { skip: -1 })).rejects.toBeInstanceOf(InvalidReadModelRequestError);
    await expect(store.find('facts', {}, { sort: { n: 2 as 1 } })).rejects.toBeInstanceOf(InvalidReadModelRequestError);
    await expect(store.write('facts', [{ id: 'x', expectedVersion: null, data: undefined, applied: null }])).rejects.toBeInstanceOf(
      InvalidReadModelRequestError,
    );
    expect(await store.count('facts')).toBe(0);
    await store.close();
  });
});

import { isTombstone, type AppliedMarker, type ReadModelStore } from '../read-model-store.port';
import { InvalidReadModelRequestError } from '../read-model.errors';

export interface ReadModelStoreContractFactory {
  /** A store to test. It may be shared by several tests; every test uses its own collections. */
  create(): Promise<ReadModelStore>;
  /** Release what `create` made (default: `store.close()`). */
  dispose?(store: ReadModelStore): Promise<void>;
}

let counter = 0;
/** A unique collection per test, so suites may share one store (and one database). */
export function uniqueCollection(prefix = 'contract'): string {
  counter += 1;
  return `${prefix}_${Date.now().toString(36)}_${counter}_${globalThis.crypto.randomUUID().slice(0, 8)}`;
}

const marker = (streamRevision: number, streamId = 'case-1'): AppliedMarker => ({
  streamId,
  streamRevision,
  globalPosition: 100 + streamRevision,
});

interface Fact {
  province: string | null;
  stage?: string;
  victims: number;
  closed: boolean;
  place?: { province: string; district?: string };
}

/**
 * The one contract of the read-model store port. Every adapter runs it: in-memory in every test
 * run, MongoDB (FerretDB in tests) when a server is configured.
 */
export function describeReadModelStoreContract(name: string, factory: ReadModelStoreContractFactory): void {
  describe(`ReadModelStore contract: ${name}`, () => {
    let store: ReadModelStore;

    beforeAll(async () => {
      store = await factory.create();
    });
    afterAll(async () => {
      if (factory.dispose) await factory.dispose(store);
      else await store.close();
    });

    describe('conditional writes', () => {
      it('inserts with expectedVersion null and reads the document back at version 1', async () => {
        const c = uniqueCollection();
        expect(await store.write(c, [{ id: 'a', expectedVersion: null, data: { n: 1 }, applied: marker(0) }])).toEqual({
          conflicts: [],
        });
        expect(await store.get(c, 'a')).toEqual({ id: 'a', version: 1, data: { n: 1 }, applied: marker(0) });
      });

      it('reads an absent document as null', async () => {
        expect(await store.get(uniqueCollection(), 'nobody')).toBeNull();
      });

      it('replaces a document at the expected version and bumps its version', async () => {
        const c = uniqueCollection();
        await store.write(c, [{ id: 'a', expectedVersion: null, data: { n: 1 }, applied: marker(0) }]);
        const result = await store.write(c, [{ id: 'a', expectedVersion: 1, data: { n: 2 }, applied: marker(1) }]);
        expect(result.conflicts).toEqual([]);
        expect(await store.get(c, 'a')).toEqual({ id: 'a', version: 2, data: { n: 2 }, applied: marker(1) });
      });

      it('reports a conflict and changes nothing when the version moved', async () => {
        const c = uniqueCollection();
        await store.write(c, [{ id: 'a', expectedVersion: null, data: { n: 1 }, applied: marker(0) }]);
        await store.write(c, [{ id: 'a', expectedVersion: 1, data: { n: 2 }, applied: marker(1) }]);
        const stale = await store.write(c, [{ id: 'a', expectedVersion: 1, data: { n: 99 }, applied: marker(5) }]);
        expect(stale.conflicts).toEqual(['a']);
        expect(await store.get(c, 'a')).toEqual({ id: 'a', version: 2, data: { n: 2 }, applied: marker(1) });
      });

      it('reports a conflict on insert-if-absent when the document exists', async () => {
        const c = uniqueCollection();
        await store.write(c, [{ id: 'a', expectedVersion: null, data: { n: 1 }, applied: marker(0) }]);
        const again = await store.write(c, [{ id: 'a', expectedVersion: null, data: { n: 2 }, applied: marker(0) }]);
        expect(again.conflicts).toEqual(['a']);
        expect((await store.get(c, 'a'))?.data).toEqual({ n: 1 });
      });

      it('reports a conflict when a version is expected but the document is absent', async () => {
        const c = uniqueCollection();
        const result = await store.write(c, [{ id: 'ghost', expectedVersion: 3, data: { n: 1 }, applied: null }]);
        expect(result.conflicts).toEqual(['ghost']);
        expect(await store.get(c, 'ghost')).toBeNull();
      });

      it('applies the ops of a batch that did not conflict and reports the others', async () => {
        const c = uniqueCollection();
        await store.write(c, [
          { id: 'a', expectedVersion: null, data: { n: 1 }, applied: marker(0, 'a') },
          { id: 'b', expectedVersion: null, data: { n: 1 }, applied: marker(0, 'b') },
        ]);
        const result = await store.write(c, [
          { id: 'a', expectedVersion: 1, data: { n: 2 }, applied: marker(1, 'a') },
          { id: 'b', expectedVersion: 7, data: { n: 2 }, applied: marker(1, 'b') },
          { id: 'c', expectedVersion: null, data: { n: 1 }, applied: marker(0, 'c') },
          { id: 'a-again', expectedVersion: 1, data: { n: 1 }, applied: null },
        ]);
        expect([...result.conflicts].sort()).toEqual(['a-again', 'b']);
        expect((await store.get(c, 'a'))?.data).toEqual({ n: 2 });
        expect(await store.get(c, 'b')).toEqual({ id: 'b', version: 1, data: { n: 1 }, applied: marker(0, 'b') });
        expect((await store.get(c, 'c'))?.version).toBe(1);
        expect(await store.get(c, 'a-again')).toBeNull();
      });

      it('accepts an empty batch', async () => {
        expect(await store.write(uniqueCollection(), [])).toEqual({ conflicts: [] });
      });

      it('rejects a batch that names the same document twice, writing nothing', async () => {
        const c = uniqueCollection();
        await expect(
          store.write(c, [
            { id: 'a', expectedVersion: null, data: { n: 1 }, applied: null },
            { id: 'a', expectedVersion: 1, data: { n: 2 }, applied: null },
          ]),
        ).rejects.toBeInstanceOf(InvalidReadModelRequestError);
        expect(await store.get(c, 'a')).toBeNull();
      });

      it('keeps collections apart: the same id in two collections is two documents', async () => {
        const c1 = uniqueCollection();
        const c2 = uniqueCollection();
        await store.write(c1, [{ id: 'a', expectedVersion: null, data: { n: 1 }, applied: null }]);
        expect((await store.write(c2, [{ id: 'a', expectedVersion: null, data: { n: 2 }, applied: null }])).conflicts).toEqual([]);
        expect((await store.get(c1, 'a'))?.data).toEqual({ n: 1 });
        expect((await store.get(c2, 'a'))?.data).toEqual({ n: 2 });
      });
    });

    describe('deletes leave a tombstone with the marker', () => {
      it('hides a deleted document from get, find and count, and shows the tombstone to getEntries', async () => {
        const c = uniqueCollection();
        await store.write(c, [
          { id: 'a', expectedVersion: null, data: { n: 1 }, applied: marker(0, 'a') },
          { id: 'b', expectedVersion: null, data: { n: 1 }, applied: marker(0, 'b') },
        ]);
        const result = await store.write(c, [{ id: 'a', expectedVersion: 1, delete: true, applied: marker(1, 'a') }]);
        expect(result.conflicts).toEqual([]);
        expect(await store.get(c, 'a')).toBeNull();
        expect((await store.find(c)).map((d) => d.id)).toEqual(['b']);
        expect(await store.count(c)).toBe(1);
        expect(await store.count(c, { n: 1 })).toBe(1);
        const entries = await store.getEntries(c, ['a', 'b', 'missing']);
        const tombstone = entries.find((e) => e.id === 'a')!;
        expect(entries).toHaveLength(2);
        expect(isTombstone(tombstone)).toBe(true);
        expect(tombstone).toMatchObject({ id: 'a', version: 2, deleted: true, applied: marker(1, 'a') });
      });

      it('refuses insert-if-absent over a tombstone, and accepts a put at the tombstone version', async () => {
        const c = uniqueCollection();
        await store.write(c, [{ id: 'a', expectedVersion: null, data: { n: 1 }, applied: marker(0) }]);
        await store.write(c, [{ id: 'a', expectedVersion: 1, delete: true, applied: marker(1) }]);
        const insert = await store.write(c, [{ id: 'a', expectedVersion: null, data: { n: 5 }, applied: marker(0) }]);
        expect(insert.conflicts).toEqual(['a']);
        await store.write(c, [{ id: 'a', expectedVersion: 2, data: { n: 3 }, applied: marker(2) }]);
        expect(await store.get(c, 'a')).toEqual({ id: 'a', version: 3, data: { n: 3 }, applied: marker(2) });
      });

      it('inserts a tombstone for an absent id with expectedVersion null, and conflicts when the id exists', async () => {
        const c = uniqueCollection();
        await store.write(c, [{ id: 'live', expectedVersion: null, data: { n: 1 }, applied: null }]);
        const result = await store.write(c, [
          { id: 'gone', expectedVersion: null, delete: true, applied: marker(3, 'gone') },
          { id: 'live', expectedVersion: null, delete: true, applied: null },
        ]);
        expect(result.conflicts).toEqual(['live']);
        expect(await store.get(c, 'gone')).toBeNull();
        expect(await store.count(c)).toBe(1);
        expect(await store.getEntries(c, ['gone'])).toEqual([
          expect.objectContaining({ id: 'gone', version: 1, deleted: true, applied: marker(3, 'gone') }),
        ]);
        expect((await store.get(c, 'live'))?.data).toEqual({ n: 1 });
      });

      it('reports a conflict on a delete at a stale version', async () => {
        const c = uniqueCollection();
        await store.write(c, [{ id: 'a', expectedVersion: null, data: { n: 1 }, applied: null }]);
        expect((await store.write(c, [{ id: 'a', expectedVersion: 4, delete: true, applied: null }])).conflicts).toEqual(['a']);
        expect((await store.get(c, 'a'))?.data).toEqual({ n: 1 });
      });

      it('returns live entries from getEntries as documents with their data', async () => {
        const c = uniqueCollection();
        await store.write(c, [{ id: 'a', expectedVersion: null, data: { n: 1 }, applied: marker(0) }]);
        expect(await store.getEntries(c, ['a'])).toEqual([{ id: 'a', version: 1, data: { n: 1 }, applied: marker(0) }]);
        expect(await store.getEntries(c, [])).toEqual([]);
      });
    });

    describe('find and count', () => {
      let c: string;
      const facts: Array<[string, Fact]> = [
        ['f1', { province: 'បាត់ដំបង', stage: 'investigation', victims: 2, closed: false, place: { province: 'បាត់ដំបង', district: 'Sangkae' } }],
        ['f2', { province: 'Phnom Penh', stage: 'prosecution', victims: 0, closed: true, place: { province: 'Phnom Penh' } }],
        ['f3', { province: 'Siem Reap', stage: 'investigation', victims: 5, closed: false, place: { province: 'Siem Reap' } }],
        ['f4', { province: null, stage: 'trial', victims: 1, closed: true }],
        ['f5', { province: 'Phnom Penh', victims: 3, closed: false, place: { province: 'Phnom Penh', district: 'Daun Penh' } }],
      ];
      const ids = (docs: Array<{ id: string }>) => docs.map((d) => d.id);

      beforeAll(async () => {
        c = uniqueCollection('facts');
        await store.write(
          c,
          facts.map(([id, data]) => ({ id, expectedVersion: null, data, applied: marker(0, id) })),
        );
      });

      it('returns every live document ordered by id when there is no filter and no sort', async () => {
        expect(ids(await store.find(c))).toEqual(['f1', 'f2', 'f3', 'f4', 'f5']);
        expect(await store.count(c)).toBe(5);
      });

      it('filters by equality on strings (Khmer included), numbers and booleans', async () => {
        expect(ids(await store.find(c, { province: 'បាត់ដំបង' }))).toEqual(['f1']);
        expect(ids(await store.find(c, { province: 'Phnom Penh' }))).toEqual(['f2', 'f5']);
        expect(ids(await store.find(c, { victims: 5 }))).toEqual(['f3']);
        expect(ids(await store.find(c, { closed: true }))).toEqual(['f2', 'f4']);
        expect(ids(await store.find(c, { province: 'Phnom Penh', closed: false }))).toEqual(['f5']);
      });

      it('compares types strictly: the string "5" does not match the number 5', async () => {
        expect(await store.find(c, { victims: '5' })).toEqual([]);
      });

      it('filters with $in', async () => {
        expect(ids(await store.find(c, { stage: { $in: ['trial', 'prosecution'] } }))).toEqual(['f2', 'f4']);
        expect(ids(await store.find(c, { victims: { $in: [0, 5] } }))).toEqual(['f2', 'f3']);
        expect(await store.find(c, { stage: { $in: [] } })).toEqual([]);
      });

      it('filters on a dot path into nested data', async () => {
        expect(ids(await store.find(c, { 'place.province': 'Phnom Penh' }))).toEqual(['f2', 'f5']);
        expect(ids(await store.find(c, { 'place.district': 'Sangkae' }))).toEqual(['f1']);
      });

      it('matches null against a null or a missing field', async () => {
        expect(ids(await store.find(c, { province: null }))).toEqual(['f4']);
        expect(ids(await store.find(c, { stage: null }))).toEqual(['f5']);
        expect(ids(await store.find(c, { 'place.district': null }))).toEqual(['f2', 'f3', 'f4']);
        expect(ids(await store.find(c, { stage: { $in: [null, 'trial'] } }))).toEqual(['f4', 'f5']);
      });

      it('sorts ascending and descending, ties by id', async () => {
        expect(ids(await store.find(c, {}, { sort: { victims: 1 } }))).toEqual(['f2', 'f4', 'f1', 'f5', 'f3']);
        expect(ids(await store.find(c, {}, { sort: { victims: -1 } }))).toEqual(['f3', 'f5', 'f1', 'f4', 'f2']);
        expect(ids(await store.find(c, { closed: false }, { sort: { 'place.province': -1 } }))).toEqual(['f1', 'f3', 'f5']);
        expect(ids(await store.find(c, {}, { sort: { closed: 1, victims: -1 } }))).toEqual(['f3', 'f5', 'f1', 'f4', 'f2']);
        expect(ids(await store.find(c, {}, { sort: { stage: 1 } }))).toEqual(['f5', 'f1', 'f3', 'f2', 'f4']);
      });

      it('sorts strings by code point, not by locale: Latin before Khmer', async () => {
        expect(ids(await store.find(c, { province: { $in: ['បាត់ដំបង', 'Siem Reap'] } }, { sort: { province: 1 } }))).toEqual([
          'f3',
          'f1',
        ]);
      });

      it('pages with skip and limit after sorting', async () => {
        expect(ids(await store.find(c, {}, { sort: { victims: 1 }, skip: 1, limit: 2 }))).toEqual(['f4', 'f1']);
        expect(ids(await store.find(c, {}, { limit: 2 }))).toEqual(['f1', 'f2']);
        expect(ids(await store.find(c, {}, { skip: 4 }))).toEqual(['f5']);
        expect(await store.find(c, {}, { skip: 10 })).toEqual([]);
      });

      it('filters with $contains: a literal substring of a string field, case-sensitive', async () => {
        expect(ids(await store.find(c, { province: { $contains: 'Penh' } }))).toEqual(['f2', 'f5']);
        expect(ids(await store.find(c, { province: { $contains: 'Siem' } }))).toEqual(['f3']);
        expect(ids(await store.find(c, { province: { $contains: 'ដំប' } }))).toEqual(['f1']);
        expect(ids(await store.find(c, { 'place.district': { $contains: 'Penh' } }))).toEqual(['f5']);
        expect(await store.find(c, { province: { $contains: 'penh' } })).toEqual([]);
        expect(ids(await store.find(c, { province: { $contains: 'Phnom Penh' }, closed: false }))).toEqual(['f5']);
        expect(await store.count(c, { province: { $contains: 'e' } })).toBe(3);
      });

      it('matches $contains only on strings: never null, a missing field or a number; the empty text matches every string', async () => {
        expect(ids(await store.find(c, { province: { $contains: '' } }))).toEqual(['f1', 'f2', 'f3', 'f5']);
        expect(ids(await store.find(c, { stage: { $contains: '' } }))).toEqual(['f1', 'f2', 'f3', 'f4']);
        expect(await store.find(c, { victims: { $contains: '5' } })).toEqual([]);
      });

      it('reads $contains text literally: regular-expression characters match only themselves', async () => {
        const literal = uniqueCollection('literal');
        const refs = ['BTB/2020.031', 'BTB-2020-031', '(a+b)*', 'a\\b', 'x|y', '^$'];
        await store.write(literal, refs.map((reference, i) => ({ id: `r${i}`, expectedVersion: null, data: { reference }, applied: null })));
        const found = async (text: string) => ids(await store.find(literal, { reference: { $contains: text } }));
        expect(await found('2020.031')).toEqual(['r0']);
        expect(await found('.')).toEqual(['r0']);
        expect(await found('-2020-')).toEqual(['r1']);
        expect(await found('(a+b)*')).toEqual(['r2']);
        expect(await found('\\')).toEqual(['r3']);
        expect(await found('|')).toEqual(['r4']);
        expect(await found('^$')).toEqual(['r5']);
        expect(await found('B.B')).toEqual([]);
        expect(await found('a+')).toEqual(['r2']);
      });

      it('refuses a $contains that is not a string', async () => {
        await expect(store.find(c, { province: { $contains: 5 } as never })).rejects.toBeInstanceOf(InvalidReadModelRequestError);
        await expect(store.count(c, { province: { $contains: 'a', $in: ['a'] } as never })).rejects.toBeInstanceOf(InvalidReadModelRequestError);
      });

      it('counts with a filter', async () => {
        expect(await store.count(c, { closed: false })).toBe(3);
        expect(await store.count(c, { 'place.province': { $in: ['Phnom Penh', 'Siem Reap'] } })).toBe(3);
        expect(await store.count(c, { province: 'Kampot' })).toBe(0);
        expect(await store.count(uniqueCollection('empty'))).toBe(0);
      });
    });

    describe('drop', () => {
      it('removes documents and tombstones of one collection only', async () => {
        const c = uniqueCollection();
        const other = uniqueCollection();
        await store.write(c, [
          { id: 'a', expectedVersion: null, data: { n: 1 }, applied: null },
          { id: 'b', expectedVersion: null, data: { n: 1 }, applied: null },
        ]);
        await store.write(c, [{ id: 'b', expectedVersion: 1, delete: true, applied: null }]);
        await store.write(other, [{ id: 'a', expectedVersion: null, data: { n: 1 }, applied: null }]);
        await store.drop(c);
        expect(await store.count(c)).toBe(0);
        expect(await store.getEntries(c, ['a', 'b'])).toEqual([]);
        expect((await store.write(c, [{ id: 'b', expectedVersion: null, data: { n: 2 }, applied: null }])).conflicts).toEqual([]);
        expect(await store.count(other)).toBe(1);
      });

      it('accepts dropping a collection that does not exist', async () => {
        await expect(store.drop(uniqueCollection('never'))).resolves.toBeUndefined();
      });
    });

    describe('data round trip', () => {
      it('stores nested objects, arrays, numbers, booleans, null and Khmer text unchanged', async () => {
        const c = uniqueCollection();
        const data = {
          province: 'បាត់ដំបង',
          note: 'ករណីជួញដូរមនុស្ស — synthetic',
          counts: { victims: 3, minors: 0, ratio: 0.25, negative: -7, large: 2 ** 40 },
          stages: ['investigation', 'prosecution'],
          matrix: [[1, 2], [3]],
          people: [{ role: 'victim', age: 15 }, { role: 'witness', age: null }],
          empty: { list: [], object: {} },
          flags: { closed: false, forwarded: true },
          nothing: null,
        };
        await store.write(c, [{ id: 'ក-1', expectedVersion: null, data, applied: marker(0, 'ក-1') }]);
        expect(await store.get(c, 'ក-1')).toEqual({ id: 'ក-1', version: 1, data, applied: marker(0, 'ក-1') });
        expect((await store.find(c, { 'counts.large': 2 ** 40 })).map((d) => d.id)).toEqual(['ក-1']);
      });

      it('keeps a document without a marker (applied: null)', async () => {
        const c = uniqueCollection();
        await store.write(c, [{ id: 'checkpoint', expectedVersion: null, data: { position: 42 }, applied: null }]);
        expect(await store.get(c, 'checkpoint')).toEqual({ id: 'checkpoint', version: 1, data: { position: 42 }, applied: null });
      });

      it('is not changed by mutating what was written or what was read', async () => {
        const c = uniqueCollection();
        const data = { list: [1], nested: { n: 1 } };
        await store.write(c, [{ id: 'a', expectedVersion: null, data, applied: null }]);
        data.list.push(2);
        data.nested.n = 2;
        const read = await store.get<typeof data>(c, 'a');
        read!.data.list.push(3);
        expect((await store.get(c, 'a'))?.data).toEqual({ list: [1], nested: { n: 1 } });
      });
    });
  });
}

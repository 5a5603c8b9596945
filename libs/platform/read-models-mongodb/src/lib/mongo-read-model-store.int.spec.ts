import { describeReadModelStoreContract, InvalidReadModelRequestError, uniqueCollection } from '@casetrail/read-models';
import { MongoReadModelStore } from './mongo-read-model-store';
import { toMongoFilter } from './mongo-query';
import { connectTestStore, dropTestDatabase, MONGODB_URI, mongoSuiteRuns, testDatabaseName } from './mongo-test-server';

// Always on, server or not: what the contract's filters become on the wire.
describe('MongoReadModelStore filter translation', () => {
  it('reads data paths of live documents, null included, and refuses other operators', () => {
    expect(toMongoFilter({ 'place.province': 'Phnom Penh', stage: { $in: [null, 'trial'] } })).toEqual({
      deleted: { $ne: true },
      'data.place.province': { $eq: 'Phnom Penh' },
      'data.stage': { $in: [null, 'trial'] },
    });
    expect(() => toMongoFilter({ stage: { $regex: 'tri' } as never })).toThrow(InvalidReadModelRequestError);
  });
});

if (mongoSuiteRuns('MongoDB read-model contract')) {
  const dbName = testDatabaseName('rm_contract');
  let shared: MongoReadModelStore | undefined;

  describeReadModelStoreContract('mongodb (FerretDB)', {
    create: async () => {
      shared = await connectTestStore(dbName);
      return shared;
    },
    dispose: () => dropTestDatabase(shared),
  });

  describe('MongoReadModelStore beyond the contract', () => {
    let store: MongoReadModelStore;
    beforeAll(async () => {
      store = await connectTestStore(testDatabaseName('rm_extra'), { indexes: { facts: [{ 'data.province': 1 }] } });
    });
    afterAll(() => dropTestDatabase(store));

    const indexKeys = async (collection: string) =>
      (await store.connection.db!.collection(store.collectionName(collection)).indexes()).map((i) => i.key);

    it('creates the indexes a projection declares before the first write, and again after a drop', async () => {
      await store.write('facts', [{ id: 'a', expectedVersion: null, data: { province: 'Kampot' }, applied: null }]);
      expect(await indexKeys('facts')).toEqual(expect.arrayContaining([{ _id: 1 }, { 'data.province': 1 }]));
      await store.drop('facts');
      await store.write('facts', [{ id: 'b', expectedVersion: null, data: { province: 'Kep' }, applied: null }]);
      expect(await indexKeys('facts')).toEqual(expect.arrayContaining([{ 'data.province': 1 }]));
    });

    it('adds indexes on demand with ensureIndexes', async () => {
      const c = uniqueCollection('indexed');
      await store.ensureIndexes(c, [{ 'data.stage': 1, 'data.victims': -1 }]);
      expect(await indexKeys(c)).toEqual(expect.arrayContaining([{ 'data.stage': 1, 'data.victims': -1 }]));
    });

    it('keeps the prefix in the MongoDB collection name and refuses names MongoDB cannot hold', async () => {
      expect(store.collectionName('facts')).toBe('rm_facts');
      await expect(store.get('bad$name', 'a')).rejects.toBeInstanceOf(InvalidReadModelRequestError);
      await expect(store.write('facts', [{ id: '', expectedVersion: null, data: {}, applied: null }])).rejects.toBeInstanceOf(
        InvalidReadModelRequestError,
      );
    });

    it('reads entries by id with one find each on FerretDB (which never pushes $in down), the same entries as one $in', async () => {
      const dbName = testDatabaseName('rm_ids');
      const watched = await MongoReadModelStore.connect(MONGODB_URI, { connectOptions: { dbName, monitorCommands: true } });
      try {
        const filters: unknown[] = [];
        watched.connection.getClient().on('commandStarted', (e) => {
          if (e.commandName === 'find') filters.push(e.command.filter);
        });
        const c = uniqueCollection('ids');
        await watched.write(c, ['a', 'b', 'c'].map((id) => ({ id, expectedVersion: null, data: { id }, applied: null })));
        await watched.write(c, [{ id: 'c', expectedVersion: 1, delete: true, applied: null }]);
        const byId = (entries: Array<{ id: string }>) => [...entries].sort((x, y) => x.id.localeCompare(y.id));

        const each = byId(await watched.getEntries(c, ['a', 'c', 'missing', 'a']));
        // In flight at once, so the driver may start them in any order.
        expect(filters).toHaveLength(3);
        expect(filters).toEqual(expect.arrayContaining([{ _id: 'a' }, { _id: 'c' }, { _id: 'missing' }]));
        expect(each).toEqual([
          { id: 'a', version: 1, data: { id: 'a' }, applied: null },
          { id: 'c', version: 2, deleted: true, applied: null },
        ]);

        filters.length = 0;
        const oneIn = new MongoReadModelStore(watched.connection, { idLookups: 'in' });
        expect(byId(await oneIn.getEntries(c, ['a', 'c', 'missing', 'a']))).toEqual(each);
        expect(filters).toEqual([{ _id: { $in: ['a', 'c', 'missing'] } }]);
        expect(() => new MongoReadModelStore(watched.connection, { idLookups: 'some' as never })).toThrow(InvalidReadModelRequestError);
      } finally {
        await dropTestDatabase(watched);
      }
    });

    it('writes a call of 150 ops (FerretDB deadlocks on 100+ in one command) and finds the lost ones across commands', async () => {
      const c = uniqueCollection('large');
      const ids = Array.from({ length: 120 }, (_, i) => `doc-${String(i).padStart(3, '0')}`);
      await store.write(c, ids.map((id) => ({ id, expectedVersion: null, data: { n: 0 }, applied: null })));
      const stale = new Set(['doc-007', 'doc-064', 'doc-119']);
      const result = await store.write(c, [
        ...ids.map((id) => ({ id, expectedVersion: stale.has(id) ? 5 : 1, data: { n: 1 }, applied: null })),
        ...Array.from({ length: 30 }, (_, i) => ({ id: `new-${i}`, expectedVersion: null, data: { n: 1 }, applied: null })),
      ]);
      expect(result.conflicts).toEqual([...stale]);
      expect(await store.count(c, { n: 1 })).toBe(150 - stale.size);
    });

    it('names the inserts of existing documents as conflicts, whichever command of the call they fall in', async () => {
      const small = new MongoReadModelStore(store.connection, { maxOpsPerCommand: 3 });
      const c = uniqueCollection('inserts');
      await small.write(c, ['a', 'b', 'c', 'd'].map((id) => ({ id, expectedVersion: null, data: { n: 0 }, applied: null })));
      // Commands of three ops: [n1, a, b] [n2, n3, d] [c, n4]; a and c are inserted again, b updated.
      const result = await small.write(c, [
        { id: 'n1', expectedVersion: null, data: { n: 1 }, applied: null },
        { id: 'a', expectedVersion: null, data: { n: 1 }, applied: null },
        { id: 'b', expectedVersion: 1, data: { n: 1 }, applied: null },
        { id: 'n2', expectedVersion: null, data: { n: 1 }, applied: null },
        { id: 'n3', expectedVersion: null, data: { n: 1 }, applied: null },
        { id: 'd', expectedVersion: 1, data: { n: 1 }, applied: null },
        { id: 'c', expectedVersion: null, data: { n: 1 }, applied: null },
        { id: 'n4', expectedVersion: null, data: { n: 1 }, applied: null },
      ]);
      expect(result.conflicts).toEqual(['a', 'c']);
      expect((await small.find<{ n: number }>(c)).map((d) => [d.id, d.version, d.data.n])).toEqual([
        ['a', 1, 0],
        ['b', 2, 1],
        ['c', 1, 0],
        ['d', 2, 1],
        ['n1', 1, 1],
        ['n2', 1, 1],
        ['n3', 1, 1],
        ['n4', 1, 1],
      ]);
    });

    it('finds exactly the lost ops when some conditional updates of one call win and others lose', async () => {
      const c = uniqueCollection('race');
      const ids = ['r1', 'r2', 'r3', 'r4'];
      await store.write(c, ids.map((id) => ({ id, expectedVersion: null, data: { n: 0 }, applied: null })));
      // Another writer moves r2 and r4 first: the stamps, not the count, must tell which lost.
      await store.write(c, [
        { id: 'r2', expectedVersion: 1, data: { n: -1 }, applied: null },
        { id: 'r4', expectedVersion: 1, data: { n: -1 }, applied: null },
      ]);
      const result = await store.write(
        c,
        ids.map((id) => ({ id, expectedVersion: 1, data: { n: 1 }, applied: null })),
      );
      expect(result.conflicts).toEqual(['r2', 'r4']);
      expect((await store.find<{ n: number }>(c)).map((d) => [d.id, d.version, d.data.n])).toEqual([
        ['r1', 2, 1],
        ['r2', 2, -1],
        ['r3', 2, 1],
        ['r4', 2, -1],
      ]);
    });
  });
}

import { randomBytes } from 'node:crypto';
import { MongoReadModelStore, type MongoReadModelStoreOptions } from './mongo-read-model-store';

/** Test support (not exported): where the int tests find MongoDB (FerretDB locally). */
export const MONGODB_URI = process.env.MONGODB_URI ?? 'mongodb://127.0.0.1:27017/casetrail';

/**
 * Whether a suite that needs MongoDB registers its tests. The jest global setup probes the server
 * and sets CASETRAIL_MONGO_AVAILABLE. Under CI=true the suite always runs, so an absent server
 * fails it loudly; outside CI, '0' prints one SKIPPED line; an absent flag means "try" (and fail).
 */
export function mongoSuiteRuns(what: string): boolean {
  if (process.env.CASETRAIL_MONGO_AVAILABLE !== '0' || process.env.CI === 'true') return true;
  process.stdout.write(`SKIPPED: ${what} (no server at ${MONGODB_URI})\n`);
  return false;
}

/** A database of its own per test file and run, dropped by `dropTestDatabase`. */
export function testDatabaseName(label: string): string {
  return `casetrail_test_${label}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

export function connectTestStore(dbName: string, options: MongoReadModelStoreOptions = {}): Promise<MongoReadModelStore> {
  return MongoReadModelStore.connect(MONGODB_URI, { ...options, connectOptions: { dbName } });
}

/** Drops the store's database and closes its connection, even if the drop fails. */
export async function dropTestDatabase(store: MongoReadModelStore | undefined): Promise<void> {
  if (!store) return;
  try {
    await store.connection.dropDatabase();
  } finally {
    await store.connection.close();
  }
}

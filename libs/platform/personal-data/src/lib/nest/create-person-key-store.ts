import { join } from 'node:path';
import type { CasetrailConfig } from '@casetrail/platform-nest';
import { InMemoryPersonKeyStore } from '../key-store/in-memory-person-key-store';
import type { PersonKeyStore } from '../key-store/person-key-store.port';
import { SqlitePersonKeyStore } from '../key-store/sqlite-person-key-store';

/** Where the SQLite key store lives under the data dir: its own file, apart from the events. */
export const PERSON_KEYS_FILE = join('keys', 'person-keys.sqlite');

/**
 * Keys live as long as the events they protect: in memory with the in-memory event store, in
 * their own SQLite file otherwise (also beside EventStoreDB). `CASETRAIL_PERSON_KEYS_FILE` puts
 * that file elsewhere: distributed processes holding identifying data share one (WAL; SQLite
 * serialises their writes), so a key is created once and destroyed once for every context.
 */
export function createPersonKeyStore(config: Pick<CasetrailConfig, 'CASETRAIL_EVENT_STORE' | 'CASETRAIL_DATA_DIR' | 'CASETRAIL_PERSON_KEYS_FILE'>): PersonKeyStore {
  if (config.CASETRAIL_EVENT_STORE === 'memory') return new InMemoryPersonKeyStore();
  return new SqlitePersonKeyStore({ filename: config.CASETRAIL_PERSON_KEYS_FILE ?? join(config.CASETRAIL_DATA_DIR, PERSON_KEYS_FILE) });
}

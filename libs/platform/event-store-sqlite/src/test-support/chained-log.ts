import { ANY_REVISION } from '@casetrail/event-sourcing';
import { anEvent } from '@casetrail/event-store-contract';
import { SqliteEventStore, type SqliteEventStoreOptions } from '../lib/sqlite-event-store';

/** The marker stored in the data of the event at `position` of a `writeChainedLog` log. */
export const marker = (position: number) => `marker-${String(position).padStart(6, '0')}`;

/**
 * Writes `count` synthetic events, one append each, over three streams, so the event appended
 * n-th sits at global position n and carries `marker(n)` in its data. Closes the store, which
 * checkpoints the WAL into the main file.
 */
export async function writeChainedLog(filename: string, count: number, options: Partial<SqliteEventStoreOptions> = {}): Promise<void> {
  const store = new SqliteEventStore({ ...options, filename });
  try {
    for (let n = 1; n <= count; n++) {
      await store.append(`chain-case-${n % 3}`, [anEvent({ data: { marker: marker(n) } })], ANY_REVISION);
    }
  } finally {
    await store.close();
  }
}

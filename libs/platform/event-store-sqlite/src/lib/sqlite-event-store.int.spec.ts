import type { EventStore } from '@casetrail/event-sourcing';
import { describeEventStoreContract } from '@casetrail/event-store-contract';
import { tempDatabase } from '../test-support/temp-database';
import { SqliteEventStore, type SqliteEventStoreOptions } from './sqlite-event-store';

function contractFactory(synchronous: SqliteEventStoreOptions['synchronous']) {
  const removers = new Map<EventStore, () => void>();
  return {
    create: async () => {
      const temp = tempDatabase();
      const store = new SqliteEventStore({ filename: temp.filename, synchronous });
      removers.set(store, temp.remove);
      return store;
    },
    // A second connection on the same file: concurrency and cross-instance subscriptions.
    createSibling: async (store: EventStore) =>
      new SqliteEventStore({ filename: (store as SqliteEventStore).filename, synchronous }),
    dispose: async (store: EventStore) => {
      await store.close();
      removers.get(store)?.();
    },
  };
}

describeEventStoreContract('sqlite (synchronous FULL)', contractFactory('FULL'));
describeEventStoreContract('sqlite (synchronous NORMAL)', contractFactory('NORMAL'));

import { describeEventStoreContract } from '@casetrail/event-store-contract';
import { EventStoreDbEventStore } from './eventstoredb-event-store';

// jest.config.js does not collect this file without a server; if it runs, it must have one.
const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;
if (!connectionString) throw new Error('set EVENTSTORE_CONNECTION_STRING');

describeEventStoreContract('eventstoredb', {
  create: async () => new EventStoreDbEventStore(connectionString),
  // A second client on the same server: another process appending to the same store.
  createSibling: async () => new EventStoreDbEventStore(connectionString),
});

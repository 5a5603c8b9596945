import { describeEventStoreContract } from '@casetrail/event-store-contract';
import { InMemoryEventStore } from './in-memory-event-store';

describeEventStoreContract('in-memory', { create: async () => new InMemoryEventStore() });

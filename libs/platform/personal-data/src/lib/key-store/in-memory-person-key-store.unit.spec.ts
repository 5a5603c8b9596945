import { InMemoryPersonKeyStore } from './in-memory-person-key-store';
import { describePersonKeyStoreContract } from './person-key-store.contract';

describePersonKeyStoreContract('in memory', { create: async (now) => new InMemoryPersonKeyStore(now) });

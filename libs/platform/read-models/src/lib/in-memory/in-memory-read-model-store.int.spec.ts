import { describeReadModelStoreContract } from '../contract/describe-read-model-store-contract';
import { InMemoryReadModelStore } from './in-memory-read-model-store';

describeReadModelStoreContract('in-memory', { create: async () => new InMemoryReadModelStore() });

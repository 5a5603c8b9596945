import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InMemoryReadModelStore, type ReadModelStore } from '@casetrail/read-models';
import { MongoReadModelStore } from '@casetrail/read-models-mongodb';
import type { CasetrailConfig } from '../config/casetrail-config.schema';
import { ProjectionHost } from './projection-host';
import { READ_MODEL_STORE } from './read-models.tokens';

/** The configured read-model store: in memory (rebuilt at every start) or MongoDB. */
export async function createReadModelStore(config: ConfigService<CasetrailConfig, true>): Promise<ReadModelStore> {
  if (config.get('CASETRAIL_READ_MODELS', { infer: true }) === 'memory') return new InMemoryReadModelStore();
  return MongoReadModelStore.connect(config.get('MONGODB_URI', { infer: true })!);
}

@Global()
@Module({
  providers: [
    { provide: READ_MODEL_STORE, inject: [ConfigService], useFactory: createReadModelStore },
    ProjectionHost,
  ],
  exports: [READ_MODEL_STORE, ProjectionHost],
})
export class ReadModelsModule {}

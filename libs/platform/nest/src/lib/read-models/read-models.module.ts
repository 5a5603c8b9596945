import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InMemoryReadModelStore, type ReadModelStore } from '@casetrail/read-models';
import { MongoReadModelStore } from '@casetrail/read-models-mongodb';
import { SqliteReadModelStore } from '@casetrail/read-models-sqlite';
import { join } from 'node:path';
import type { CasetrailConfig } from '../config/casetrail-config.schema';
import { ProjectionHost } from './projection-host';
import { READ_MODEL_STORE } from './read-models.tokens';

/** The read-model file of the embedded runtime, beside the events in the data dir. */
export const READ_MODELS_SQLITE_FILE = 'read-models.sqlite';

/**
 * The configured read-model store: SQLite beside the events (kept across restarts with its
 * checkpoints), in memory (rebuilt at every start) or MongoDB.
 */
export async function createReadModelStore(config: ConfigService<CasetrailConfig, true>): Promise<ReadModelStore> {
  switch (config.get('CASETRAIL_READ_MODELS', { infer: true })) {
    case 'memory':
      return new InMemoryReadModelStore();
    case 'sqlite':
      return new SqliteReadModelStore({ filename: join(config.get('CASETRAIL_DATA_DIR', { infer: true }), READ_MODELS_SQLITE_FILE) });
    case 'mongodb':
      return MongoReadModelStore.connect(config.get('MONGODB_URI', { infer: true })!);
  }
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

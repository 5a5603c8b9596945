import { Global, Module } from '@nestjs/common';
import { InMemoryReadModelStore } from '@casetrail/read-models';
import { ProjectionHost } from './projection-host';
import { READ_MODEL_STORE } from './read-models.tokens';

/** Read models: in memory in the embedded default, rebuilt from the log at every start. */
@Global()
@Module({
  providers: [{ provide: READ_MODEL_STORE, useFactory: () => new InMemoryReadModelStore() }, ProjectionHost],
  exports: [READ_MODEL_STORE, ProjectionHost],
})
export class ReadModelsModule {}

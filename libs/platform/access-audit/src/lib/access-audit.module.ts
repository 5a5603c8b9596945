import { Module } from '@nestjs/common';
import { ProjectionHost } from '@casetrail/platform-nest';
import type { Projection } from '@casetrail/read-models';
import { AccessAuditController } from './querying/access-audit.controller';
import { AccessAuditQueriesService } from './querying/access-audit-queries.service';
import { personalDataAccessProjection } from './read-model/personal-data-access.projection';
import { AccessRecorder } from './recording/access-recorder.service';

/**
 * The access audit: `AccessRecorder` for contexts that disclose identifying data, the read model
 * of accesses, and the auditors' read-only routes. A context imports it (and lists
 * `accessAuditEventTypes` among its event types); Nest makes it one instance per process.
 */
@Module({
  controllers: [AccessAuditController],
  providers: [AccessRecorder, AccessAuditQueriesService],
  exports: [AccessRecorder],
})
export class AccessAuditModule {
  constructor(projections: ProjectionHost) {
    projections.register(personalDataAccessProjection as Projection<unknown>);
  }
}

import { Module } from '@nestjs/common';
import { AccessAuditController } from './querying/access-audit.controller';
import { AccessAuditQueriesService } from './querying/access-audit-queries.service';
import { AccessRecorder } from './recording/access-recorder.service';

/**
 * The access audit: `AccessRecorder` for contexts that disclose identifying data, and the
 * auditors' read-only routes. A context imports it for the recorder; the process hosts
 * `auditContext` (event types, read model). Nest makes it one instance per process.
 */
@Module({
  controllers: [AccessAuditController],
  providers: [AccessRecorder, AccessAuditQueriesService],
  exports: [AccessRecorder],
})
export class AccessAuditModule {}

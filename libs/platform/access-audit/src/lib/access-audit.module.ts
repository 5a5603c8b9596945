import { Module } from '@nestjs/common';
import { PersonalDataModule } from '@casetrail/personal-data';
import { AccessAuditController } from './querying/access-audit.controller';
import { AccessAuditQueriesService } from './querying/access-audit-queries.service';
import { AccessRecorder } from './recording/access-recorder.service';
import { AuditedRecordReader } from './reading/audited-record-reader';

/**
 * The access audit: `AccessRecorder` for contexts that disclose identifying data,
 * `AuditedRecordReader` (a record's events opened or withheld by role, the disclosure recorded
 * first), and the auditors' read-only routes. A context imports it for the recorder; the process hosts
 * `auditContext` (event types, read model). Nest makes it one instance per process.
 */
@Module({
  imports: [PersonalDataModule],
  controllers: [AccessAuditController],
  providers: [AccessRecorder, AuditedRecordReader, AccessAuditQueriesService],
  exports: [AccessRecorder, AuditedRecordReader],
})
export class AccessAuditModule {}

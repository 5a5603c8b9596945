import 'reflect-metadata';
import { CasetrailPlatformModule, bootstrapHttpProcess } from '@casetrail/platform-nest';
import { enforcementContext } from '@casetrail/enforcement-api';
import { privacyContext } from '@casetrail/personal-data';
import { auditContext } from '@casetrail/access-audit';

/**
 * The law-enforcement service on its own (distributed mode): its own event store (SQLite, or
 * EventStoreDB), publishing its log to the bus when CASETRAIL_PUBLISH_EVENTS=true.
 */
void bootstrapHttpProcess(CasetrailPlatformModule.forRoot({ contexts: [enforcementContext, privacyContext, auditContext] }), {
  title: 'casetrail enforcement',
  description: 'Police cases: operations, suspects, arrests, rescues, hand-overs, forwarding to the prosecutor.',
});

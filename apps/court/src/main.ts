import 'reflect-metadata';
import { CasetrailPlatformModule, bootstrapHttpProcess } from '@casetrail/platform-nest';
import { auditContext } from '@casetrail/access-audit';
import { courtContext } from '@casetrail/court-api';
import { privacyContext } from '@casetrail/personal-data';

/**
 * The court service on its own (distributed mode): its own event store (SQLite, or
 * EventStoreDB), publishing its log to the bus when CASETRAIL_PUBLISH_EVENTS=true, and its
 * reactor consuming law enforcement's topic (CASETRAIL_REACTOR_SOURCE=bus) to open a court file
 * for each forwarded case. It opens what the police sealed with the person keys they share
 * (CASETRAIL_PERSON_KEYS_FILE).
 */
void bootstrapHttpProcess(CasetrailPlatformModule.forRoot({ contexts: [courtContext, privacyContext, auditContext] }), {
  title: 'casetrail court',
  description: 'Court files: prosecution, investigating judge, trial, legal time limits.',
});

import 'reflect-metadata';
import { CasetrailPlatformModule, bootstrapHttpProcess } from '@casetrail/platform-nest';
import { auditContext } from '@casetrail/access-audit';
import { privacyContext } from '@casetrail/personal-data';
import { protectionContext } from '@casetrail/protection-api';

/**
 * The protection service on its own (distributed mode): its own event store (SQLite, or
 * EventStoreDB), publishing its log to the bus when CASETRAIL_PUBLISH_EVENTS=true, and its
 * reactors consuming law enforcement's topic (a protection case for each victim the police hand
 * over to social affairs or a partner) and the court's (compensation awarded to a victim already
 * followed), with CASETRAIL_REACTOR_SOURCE=bus. It opens what the police sealed with the person
 * keys it shares with them (CASETRAIL_PERSON_KEYS_FILE): a victim keeps one key in every context.
 */
void bootstrapHttpProcess(CasetrailPlatformModule.forRoot({ contexts: [protectionContext, privacyContext, auditContext] }), {
  title: 'casetrail protection',
  description: 'Victim protection and reintegration: reception, consent, shelter, services, compensation, integration, follow-up.',
});

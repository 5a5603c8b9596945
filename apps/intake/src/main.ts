import 'reflect-metadata';
import { CasetrailPlatformModule, bootstrapHttpProcess } from '@casetrail/platform-nest';
import { auditContext } from '@casetrail/access-audit';
import { privacyContext } from '@casetrail/personal-data';
import { intakeContext } from '@casetrail/intake-api';

/**
 * The intake service on its own (distributed mode): its own event store (SQLite, or
 * EventStoreDB), publishing its log to the bus when CASETRAIL_PUBLISH_EVENTS=true, so law
 * enforcement's and protection's reactors act on its referrals (a police case, a protection case
 * for the screened person). It reacts to no other context. It seals a screened person's name and
 * birth date under the person's key in the key store it shares with the police and social affairs
 * (CASETRAIL_PERSON_KEYS_FILE): the person keeps one key, and one id, in every context.
 */
void bootstrapHttpProcess(CasetrailPlatformModule.forRoot({ contexts: [intakeContext, privacyContext, auditContext] }), {
  title: 'casetrail intake',
  description: 'Returning people received at the borders, airports and embassies, screened and referred on; returned bodies; bulk uploads.',
});

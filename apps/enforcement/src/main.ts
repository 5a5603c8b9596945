import 'reflect-metadata';
import { CasetrailPlatformModule, bootstrapHttpProcess } from '@casetrail/platform-nest';
import { enforcementContext } from '@casetrail/enforcement-api';
import { privacyContext } from '@casetrail/personal-data';
import { auditContext } from '@casetrail/access-audit';
import { POLICE_UNITS } from '@casetrail/enforcement-contracts';
import { localAccountsContext } from '@casetrail/local-accounts';

/**
 * The law-enforcement service on its own (distributed mode): its own event store (SQLite, or
 * EventStoreDB), publishing its log to the bus when CASETRAIL_PUBLISH_EVENTS=true. It also
 * answers the web app's sign-in routes (`/api/session`: in oidc mode, where the identity
 * provider is; local accounts of police units if run in local mode).
 */
void bootstrapHttpProcess(CasetrailPlatformModule.forRoot({ contexts: [enforcementContext, privacyContext, auditContext, localAccountsContext({ unitsOfRole: { police: POLICE_UNITS } })] }), {
  title: 'casetrail enforcement',
  description: 'Police cases: operations, suspects, arrests, rescues, hand-overs, forwarding to the prosecutor.',
});

import type { BoundedContext } from '@casetrail/platform-nest';
import { auditContext } from '@casetrail/access-audit';
import { courtContext } from '@casetrail/court-api';
import { enforcementContext } from '@casetrail/enforcement-api';
import { privacyContext } from '@casetrail/personal-data';
import { statisticsContext } from '@casetrail/statistics-api';

/** Every bounded context the embedded runtime hosts: one line each. */
export const hostedContexts: BoundedContext[] = [enforcementContext, courtContext, statisticsContext, privacyContext, auditContext];

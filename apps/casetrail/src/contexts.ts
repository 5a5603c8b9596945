import type { BoundedContext } from '@casetrail/platform-nest';
import { auditContext } from '@casetrail/access-audit';
import { courtContext } from '@casetrail/court-api';
import { enforcementContext } from '@casetrail/enforcement-api';
import { intakeContext } from '@casetrail/intake-api';
import { localAccountsContext } from '@casetrail/local-accounts';
import { privacyContext } from '@casetrail/personal-data';
import { protectionContext } from '@casetrail/protection-api';
import { statisticsContext } from '@casetrail/statistics-api';
import { UNITS_OF_ROLE } from './units-of-role';

/** Every bounded context the embedded runtime hosts: one line each (sign-in with them). */
export const hostedContexts: BoundedContext[] = [
  enforcementContext,
  courtContext,
  protectionContext,
  intakeContext,
  statisticsContext,
  privacyContext,
  auditContext,
  localAccountsContext({ unitsOfRole: UNITS_OF_ROLE }),
];

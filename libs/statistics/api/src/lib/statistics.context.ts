import { courtEventTypes } from '@casetrail/court-contracts';
import { enforcementEventTypes } from '@casetrail/enforcement-contracts';
import type { BoundedContext } from '@casetrail/platform-nest';
import { privacyEventTypes } from '@casetrail/personal-data';
import { accessAuditEventTypes } from '@casetrail/access-audit';
import { StatisticsModule } from './statistics.module';

/**
 * Statistics writes no events; it reads the enforcement and court contexts'. The privacy and access audit
 * events (`privacy.PersonForgotten`, `audit.PersonalDataAccessed`) are in the same log: known, so
 * reading the log never fails on them, and ignored by every projection (they change no figure).
 */
export const statisticsContext: BoundedContext = {
  name: 'statistics',
  module: StatisticsModule,
  eventTypes: [...enforcementEventTypes, ...courtEventTypes, ...privacyEventTypes, ...accessAuditEventTypes],
};

import { enforcementEventTypes } from '@casetrail/enforcement-domain';
import type { BoundedContext } from '@casetrail/platform-nest';
import { StatisticsModule } from './statistics.module';

/** Statistics writes no events; it reads the enforcement context's. */
export const statisticsContext: BoundedContext = {
  name: 'statistics',
  module: StatisticsModule,
  eventTypes: enforcementEventTypes,
};

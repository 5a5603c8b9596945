import { courtEventTypes } from '@casetrail/court-contracts';
import { enforcementEventTypes, POLICE_UNITS } from '@casetrail/enforcement-contracts';
import { intakeEventTypes } from '@casetrail/intake-contracts';
import { protectionEventTypes } from '@casetrail/protection-contracts';
import type { BoundedContext } from '@casetrail/platform-nest';
import { statisticsProjections } from './projections/statistics-projections';
import { StatisticsModule } from './statistics.module';

/**
 * Statistics writes no events; it reads the enforcement, court, protection and intake contexts'
 * (through their contracts) into per-case and per-record fact documents, and knows the police
 * units to filter by.
 */
export const statisticsContext: BoundedContext = {
  name: 'statistics',
  module: StatisticsModule,
  owns: [],
  reads: [...enforcementEventTypes, ...courtEventTypes, ...protectionEventTypes, ...intakeEventTypes],
  projections: statisticsProjections,
  units: POLICE_UNITS,
};

import { Module } from '@nestjs/common';
import { ProjectionHost } from '@casetrail/platform-nest';
import { CourtStatisticsService } from './court/court-statistics.service';
import { CourtTablesStatisticsController } from './court/court-tables-statistics.controller';
import { JusticeStatisticsController } from './court/justice-statistics.controller';
import { LawEnforcementStatisticsController } from './law-enforcement/law-enforcement-statistics.controller';
import { LawEnforcementStatisticsService } from './law-enforcement/law-enforcement-statistics.service';
import { statisticsProjections } from './projections/statistics-projections';

/** The statistics context: its projections (run by the platform's host), queries and routes. */
@Module({
  controllers: [LawEnforcementStatisticsController, CourtTablesStatisticsController, JusticeStatisticsController],
  providers: [LawEnforcementStatisticsService, CourtStatisticsService],
})
export class StatisticsModule {
  constructor(projectionHost: ProjectionHost) {
    projectionHost.register(...statisticsProjections);
  }
}

import { Module } from '@nestjs/common';
import { ProjectionHost } from '@casetrail/platform-nest';
import { LawEnforcementStatisticsController } from './law-enforcement/law-enforcement-statistics.controller';
import { LawEnforcementStatisticsService } from './law-enforcement/law-enforcement-statistics.service';
import { statisticsProjections } from './projections/statistics-projections';

/** The statistics context: its projections (run by the platform's host), queries and routes. */
@Module({
  controllers: [LawEnforcementStatisticsController],
  providers: [LawEnforcementStatisticsService],
})
export class StatisticsModule {
  constructor(projectionHost: ProjectionHost) {
    projectionHost.register(...statisticsProjections);
  }
}

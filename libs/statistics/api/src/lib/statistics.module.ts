import { Module } from '@nestjs/common';
import { CourtStatisticsService } from './court/court-statistics.service';
import { CourtTablesStatisticsController } from './court/court-tables-statistics.controller';
import { JusticeStatisticsController } from './court/justice-statistics.controller';
import { IntakeStatisticsController } from './intake/intake-statistics.controller';
import { IntakeStatisticsService } from './intake/intake-statistics.service';
import { LawEnforcementStatisticsController } from './law-enforcement/law-enforcement-statistics.controller';
import { LawEnforcementStatisticsService } from './law-enforcement/law-enforcement-statistics.service';
import { ProtectionStatisticsController } from './protection/protection-statistics.controller';
import { ProtectionStatisticsService } from './protection/protection-statistics.service';

/** The statistics context's queries and routes; its projections are in its descriptor. */
@Module({
  controllers: [LawEnforcementStatisticsController, CourtTablesStatisticsController, JusticeStatisticsController, ProtectionStatisticsController, IntakeStatisticsController],
  providers: [LawEnforcementStatisticsService, CourtStatisticsService, ProtectionStatisticsService, IntakeStatisticsService],
})
export class StatisticsModule {}

import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AllowRoles, CurrentUser, type AuthenticatedUser } from '@casetrail/platform-nest';
import { StatisticsProblemResponses } from '../http/statistics-route';
import { CourtDurationsQueryDto, JusticeFunnelQueryDto } from './court-statistics-query.dto';
import { CourtStatisticsService, type ScopedCourtDurations, type ScopedJusticeFunnel } from './court-statistics.service';
import { COURT_DURATIONS_EXAMPLE, JUSTICE_FUNNEL_EXAMPLE } from './court-statistics.examples';
import { CourtDurationsDto, JusticeFunnelDto } from './justice-statistics.dto';

/** The funnel and the durations run from the police arrest to the verdict: police read them too. */
export const JUSTICE_STATISTICS_ROLES = ['statistician', 'prosecutor', 'judge', 'police', 'auditor', 'admin'] as const;

@ApiTags('statistics')
@Controller('api/statistics')
export class JusticeStatisticsController {
  constructor(private readonly statistics: CourtStatisticsService) {}

  @Get('justice-funnel')
  @AllowRoles(...JUSTICE_STATISTICS_ROLES)
  @ApiOperation({
    summary: 'What became of the police cases forwarded in a year: received, charged, sent to trial, convicted, acquitted',
    description:
      'Counts per province of the police case (then the total) at `asOf` (today in Cambodia by default), computed from the ' +
      'police cases\' and court files\' events (definitions: docs/statistics.md). A reader scoped to provinces sees only those.',
  })
  @ApiOkResponse({ type: JusticeFunnelDto, example: JUSTICE_FUNNEL_EXAMPLE })
  @StatisticsProblemResponses()
  async justiceFunnel(
    @Query() query: JusticeFunnelQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ScopedJusticeFunnel> {
    return this.statistics.justiceFunnel({ year: query.year, province: query.province, asOf: query.asOf }, user);
  }

  @Get('court-durations')
  @AllowRoles(...JUSTICE_STATISTICS_ROLES)
  @ApiOperation({
    summary: 'Median and 90th percentile of arrest to charge, charge to closing order and closing order to verdict',
    description:
      'Per province of the court (then all of them pooled), over the durations ending in the year; nearest-rank percentiles ' +
      'in whole days (definitions: docs/statistics.md). A reader scoped to provinces sees only those.',
  })
  @ApiOkResponse({ type: CourtDurationsDto, example: COURT_DURATIONS_EXAMPLE })
  @StatisticsProblemResponses()
  async courtDurations(
    @Query() query: CourtDurationsQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ScopedCourtDurations> {
    return this.statistics.courtDurations({ year: query.year, province: query.province }, user);
  }
}

import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AllowRoles, CurrentUser, type AuthenticatedUser } from '@casetrail/platform-nest';
import { compensationTableToCsv, protectionTableToCsv, type ProtectionTableKind } from '@casetrail/statistics-domain';
import { StatisticsProblemResponses, StatisticsTableRoute } from '../http/statistics-route';
import { answerTable } from '../http/table-answer';
import { ProtectionStatisticsYearQueryDto, ProtectionTableQueryDto } from './protection-statistics-query.dto';
import {
  ProtectionStatisticsService,
  type ScopedCompensationTable,
  type ScopedIntegrationDurations,
  type ScopedProtectionTable,
} from './protection-statistics.service';
import {
  COMPENSATION_EXAMPLE,
  FOLLOW_UPS_EXAMPLE,
  INTEGRATION_DURATIONS_EXAMPLE,
  INTEGRATIONS_EXAMPLE,
  RECEIVED_EXAMPLE,
  SHELTER_ADMISSIONS_EXAMPLE,
} from './protection-statistics.examples';
import { CompensationTableDto, FollowUpsTableDto, IntegrationDurationsDto, IntegrationsTableDto, ReceivedTableDto, ShelterAdmissionsTableDto } from './protection-tables.dto';

/** Who reads the protection tables: social affairs, whose work they count, and statistics, audit and administration. */
export const PROTECTION_STATISTICS_ROLES = ['statistician', 'social_worker', 'auditor', 'admin'] as const;

const DESCRIPTION =
  'Computed from the protection cases\' events at query time (definitions: docs/statistics.md), with the year before and the change. ' +
  'JSON by default; CSV with `Accept: text/csv` or `format=csv`. Each figure counts in the case\'s province at its event (the ' +
  'opening\'s, then the integration\'s); a reader scoped to provinces sees only those, and `province` selects one.';

/** The OpenAPI description of one protection-table route. */
function ProtectionTableRoute(path: string, summary: string, schema: new () => object, example: { json: object; csv: string }) {
  return StatisticsTableRoute(path, { roles: PROTECTION_STATISTICS_ROLES, summary, description: DESCRIPTION, schema, example, fileStem: `protection-${path}` });
}

@ApiTags('statistics')
@ApiExtraModels(ReceivedTableDto, ShelterAdmissionsTableDto, IntegrationsTableDto, FollowUpsTableDto, CompensationTableDto)
@Controller('api/statistics/protection')
export class ProtectionStatisticsController {
  constructor(private readonly statistics: ProtectionStatisticsService) {}

  @ProtectionTableRoute('received', 'Persons received (report II.D.1) by channel, entry point, country returned from and exploitation type', ReceivedTableDto, RECEIVED_EXAMPLE)
  received(@Query() query: ProtectionTableQueryDto, @CurrentUser() user: AuthenticatedUser, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.answer('received', 'received', query, user, req, res);
  }

  @ProtectionTableRoute(
    'shelter-admissions',
    'Shelter admissions (report II.D.2) by exploitation type and by who sent the person, by sex and child/adult',
    ShelterAdmissionsTableDto,
    SHELTER_ADMISSIONS_EXAMPLE,
  )
  shelterAdmissions(@Query() query: ProtectionTableQueryDto, @CurrentUser() user: AuthenticatedUser, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.answer('shelter_admissions', 'shelter-admissions', query, user, req, res);
  }

  @ProtectionTableRoute(
    'compensation',
    'Legal aid and compensation (report II.D.2) per supporting organisation: claims filed, victims awarded and paid, amounts per currency',
    CompensationTableDto,
    COMPENSATION_EXAMPLE,
  )
  async compensation(
    @Query() query: ProtectionTableQueryDto,
    @CurrentUser() user: AuthenticatedUser,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ScopedCompensationTable | string> {
    const result = await this.statistics.compensation({ year: query.year, province: query.province }, user);
    return answerTable(result, { format: query.format, req, res, fileStem: 'protection-compensation', toCsv: (t) => compensationTableToCsv(t, { provinces: t.provinces }) });
  }

  @ProtectionTableRoute('integrations', 'Integrations into the community (report II.D.3) by who integrated and by exploitation type', IntegrationsTableDto, INTEGRATIONS_EXAMPLE)
  integrations(@Query() query: ProtectionTableQueryDto, @CurrentUser() user: AuthenticatedUser, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.answer('integrations', 'integrations', query, user, req, res);
  }

  @ProtectionTableRoute('follow-ups', 'Follow-up visits after integration (report II.D.3): visits and persons visited, by outcome and by who visited', FollowUpsTableDto, FOLLOW_UPS_EXAMPLE)
  followUps(@Query() query: ProtectionTableQueryDto, @CurrentUser() user: AuthenticatedUser, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.answer('follow_ups', 'follow-ups', query, user, req, res);
  }

  @Get('integration-durations')
  @AllowRoles(...PROTECTION_STATISTICS_ROLES)
  @ApiOperation({
    summary: 'Median and 90th percentile of the time from rescue, and from reception, to integration, per province',
    description:
      'Per province of the integration (then all of them pooled), over the integrations of the year and of the year before; ' +
      'nearest-rank percentiles in whole days (definitions: docs/statistics.md). A reader scoped to provinces sees only those.',
  })
  @ApiOkResponse({ type: IntegrationDurationsDto, example: INTEGRATION_DURATIONS_EXAMPLE })
  @StatisticsProblemResponses()
  integrationDurations(@Query() query: ProtectionStatisticsYearQueryDto, @CurrentUser() user: AuthenticatedUser): Promise<ScopedIntegrationDurations> {
    return this.statistics.integrationDurations({ year: query.year, province: query.province }, user);
  }

  private async answer(
    table: ProtectionTableKind,
    path: string,
    query: ProtectionTableQueryDto,
    user: AuthenticatedUser,
    req: Request,
    res: Response,
  ): Promise<ScopedProtectionTable | string> {
    const result = await this.statistics.table(table, { year: query.year, province: query.province }, user);
    return answerTable(result, { format: query.format, req, res, fileStem: `protection-${path}`, toCsv: (t) => protectionTableToCsv(t, { provinces: t.provinces }) });
  }
}

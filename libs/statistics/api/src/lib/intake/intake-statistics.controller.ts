import { Controller, Query, Req, Res } from '@nestjs/common';
import { ApiExtraModels, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentUser, type AuthenticatedUser } from '@casetrail/platform-nest';
import { intakeTableToCsv, screeningYieldToCsv, type IntakeTableKind } from '@casetrail/statistics-domain';
import { StatisticsTableRoute } from '../http/statistics-route';
import { answerTable } from '../http/table-answer';
import { IntakeReceptionsQueryDto, IntakeTableQueryDto } from './intake-statistics-query.dto';
import { IntakeStatisticsService, type IntakeStatisticsRequest, type ScopedIntakeTable, type ScopedScreeningYield } from './intake-statistics.service';
import {
  BODIES_EXAMPLE,
  POLICE_RECEPTIONS_EXAMPLE,
  RECEPTIONS_EXAMPLE,
  REFERRAL_CHAIN_EXAMPLE,
  SCREENING_YIELD_EXAMPLE,
  SCREENINGS_EXAMPLE,
} from './intake-statistics.examples';
import { IntakeReceptionsTableDto, PoliceReceptionsTableDto, ReferralChainTableDto, ReturnedBodiesTableDto, ScreeningYieldDto, ScreeningsTableDto } from './intake-tables.dto';

/**
 * Who reads the intake tables: those whose work they count (border officials, police, social
 * affairs), and statistics, audit and administration. Partner workers are scoped to their
 * organisation, not to provinces, so they read none of these national tables.
 */
export const INTAKE_STATISTICS_ROLES = ['statistician', 'border_official', 'police', 'social_worker', 'auditor', 'admin'] as const;

const DESCRIPTION =
  'Computed from the intake records\' events at query time (definitions: docs/statistics.md), with the same period a year before and the change. ' +
  'JSON by default; CSV with `Accept: text/csv` or `format=csv`. `month` narrows the year to one month. Each figure counts in the province of ' +
  'its place; a reader scoped to provinces sees only those, and `province` selects one.';

/** The OpenAPI description of one intake-statistics route. */
function IntakeRoute(path: string, summary: string, schema: new () => object, example: { json: object; csv: string }) {
  return StatisticsTableRoute(path, { roles: INTAKE_STATISTICS_ROLES, summary, description: DESCRIPTION, schema, example, fileStem: `intake-${path}` });
}

@ApiTags('statistics')
@ApiExtraModels(IntakeReceptionsTableDto, PoliceReceptionsTableDto, ScreeningsTableDto, ReturnedBodiesTableDto, ReferralChainTableDto, ScreeningYieldDto)
@Controller('api/statistics/intake')
export class IntakeStatisticsController {
  constructor(private readonly statistics: IntakeStatisticsService) {}

  @IntakeRoute(
    'receptions',
    'People received (report II.D.1.1) by place, who returned them, receiving unit, country and reason, and the embassies\' table by destination and motive; by sex and child/adult',
    IntakeReceptionsTableDto,
    RECEPTIONS_EXAMPLE,
  )
  receptions(@Query() query: IntakeReceptionsQueryDto, @CurrentUser() user: AuthenticatedUser, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.answer('receptions', 'receptions', { ...requestOf(query), ...(query.receivedBy !== undefined ? { receivedBy: query.receivedBy } : {}) }, query, user, req, res);
  }

  @IntakeRoute('police-receptions', 'Receptions by the Capital and Provincial Police Commissariats (report II.D.1.1) per province: receptions, persons, females, minors', PoliceReceptionsTableDto, POLICE_RECEPTIONS_EXAMPLE)
  policeReceptions(@Query() query: IntakeTableQueryDto, @CurrentUser() user: AuthenticatedUser, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.answer('police_receptions', 'police-receptions', requestOf(query), query, user, req, res);
  }

  @IntakeRoute('screenings', 'Persons screened by outcome, exploitation and place, by sex and child/adult; referrals by destination', ScreeningsTableDto, SCREENINGS_EXAMPLE)
  screenings(@Query() query: IntakeTableQueryDto, @CurrentUser() user: AuthenticatedUser, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.answer('screenings', 'screenings', requestOf(query), query, user, req, res);
  }

  @IntakeRoute('bodies', 'Returned bodies (report II.D.1.2) by place, cause, who brought them, receiving unit and country of death, by sex', ReturnedBodiesTableDto, BODIES_EXAMPLE)
  bodies(@Query() query: IntakeTableQueryDto, @CurrentUser() user: AuthenticatedUser, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.answer('bodies', 'bodies', requestOf(query), query, user, req, res);
  }

  @IntakeRoute('screening-yield', 'Suspected victims per 1,000 returnees, per place and month', ScreeningYieldDto, SCREENING_YIELD_EXAMPLE)
  async screeningYield(
    @Query() query: IntakeTableQueryDto,
    @CurrentUser() user: AuthenticatedUser,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ScopedScreeningYield | string> {
    const result = await this.statistics.screeningYield(requestOf(query), user);
    return answerTable(result, { format: query.format, req, res, fileStem: 'intake-screening-yield', toCsv: (t) => screeningYieldToCsv(t, { provinces: t.provinces }) });
  }

  @IntakeRoute(
    'referral-chain',
    'Of the persons referred to the police or to social affairs and partners, how many became police victims or protection cases; how many police rescues had been screened first',
    ReferralChainTableDto,
    REFERRAL_CHAIN_EXAMPLE,
  )
  referralChain(@Query() query: IntakeTableQueryDto, @CurrentUser() user: AuthenticatedUser, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.answer('referral_chain', 'referral-chain', requestOf(query), query, user, req, res);
  }

  private async answer(
    table: IntakeTableKind,
    path: string,
    request: IntakeStatisticsRequest,
    query: IntakeTableQueryDto,
    user: AuthenticatedUser,
    req: Request,
    res: Response,
  ): Promise<ScopedIntakeTable | string> {
    const result = await this.statistics.table(table, request, user);
    return answerTable(result, { format: query.format, req, res, fileStem: `intake-${path}`, toCsv: (t) => intakeTableToCsv(t, { provinces: t.provinces }) });
  }
}

function requestOf(query: IntakeTableQueryDto): IntakeStatisticsRequest {
  return { year: query.year, ...(query.month !== undefined ? { month: query.month } : {}), ...(query.province !== undefined ? { province: query.province } : {}) };
}

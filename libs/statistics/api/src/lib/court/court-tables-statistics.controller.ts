import { Controller, Query, Req, Res } from '@nestjs/common';
import { ApiExtraModels, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentUser, type AuthenticatedUser } from '@casetrail/platform-nest';
import { courtTableToCsv, type CourtTableKind } from '@casetrail/statistics-domain';
import { StatisticsTableRoute } from '../http/statistics-route';
import { answerTable } from '../http/table-answer';
import { CourtTableQueryDto } from './court-statistics-query.dto';
import { CourtStatisticsService, type ScopedCourtTable } from './court-statistics.service';
import { INVESTIGATING_JUDGES_EXAMPLE, PROSECUTION_EXAMPLE, TRIAL_EXAMPLE } from './court-statistics.examples';
import { InvestigatingJudgesTableDto, ProsecutionTableDto, TrialTableDto } from './court-tables.dto';

/** Who reads the court tables: the courts whose work they count, and statistics, audit and administration. */
export const COURT_TABLE_ROLES = ['statistician', 'prosecutor', 'judge', 'auditor', 'admin'] as const;

/** The OpenAPI description of one court-table route (JSON or CSV, as every statistics table). */
function CourtTableRoute(path: string, summary: string, schema: new () => object, example: { json: object; csv: string }) {
  return StatisticsTableRoute(path, {
    roles: COURT_TABLE_ROLES,
    summary,
    description:
      'Computed from the court files\' events at query time (definitions: docs/statistics.md), per offence category and total, ' +
      'with the year before and the change. JSON by default; CSV with `Accept: text/csv` or `format=csv`. ' +
      'A reader scoped to provinces sees only those; `province` selects the files of that province\'s court.',
    schema,
    example,
  });
}

@ApiTags('statistics')
@ApiExtraModels(ProsecutionTableDto, InvestigatingJudgesTableDto, TrialTableDto)
@Controller('api/statistics')
export class CourtTablesStatisticsController {
  constructor(private readonly statistics: CourtStatisticsService) {}

  @CourtTableRoute('prosecution', 'Prosecution table (report II.C.2.1 §1) for a year, compared with the year before', ProsecutionTableDto, PROSECUTION_EXAMPLE)
  prosecution(
    @Query() query: CourtTableQueryDto,
    @CurrentUser() user: AuthenticatedUser,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ScopedCourtTable | string> {
    return this.answer('prosecution', 'prosecution', query, user, req, res);
  }

  @CourtTableRoute(
    'investigating-judges',
    'Investigating judges\' table (report II.C.2.1 §2) for a year, compared with the year before',
    InvestigatingJudgesTableDto,
    INVESTIGATING_JUDGES_EXAMPLE,
  )
  investigatingJudges(
    @Query() query: CourtTableQueryDto,
    @CurrentUser() user: AuthenticatedUser,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ScopedCourtTable | string> {
    return this.answer('investigating_judges', 'investigating-judges', query, user, req, res);
  }

  @CourtTableRoute('trial', 'Trial table (report II.C.2.1 §3) for a year, compared with the year before', TrialTableDto, TRIAL_EXAMPLE)
  trial(
    @Query() query: CourtTableQueryDto,
    @CurrentUser() user: AuthenticatedUser,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ScopedCourtTable | string> {
    return this.answer('trial', 'trial', query, user, req, res);
  }

  private async answer(
    table: CourtTableKind,
    fileStem: string,
    query: CourtTableQueryDto,
    user: AuthenticatedUser,
    req: Request,
    res: Response,
  ): Promise<ScopedCourtTable | string> {
    const result = await this.statistics.courtTable(table, { year: query.year, province: query.province }, user);
    return answerTable(result, { format: query.format, req, res, fileStem, toCsv: (t) => courtTableToCsv(t, { provinces: t.provinces }) });
  }
}

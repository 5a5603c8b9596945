import { Controller, Query, Req, Res } from '@nestjs/common';
import { ApiExtraModels, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentUser, type AuthenticatedUser } from '@casetrail/platform-nest';
import { lawEnforcementTableToCsv } from '@casetrail/statistics-domain';
import { StatisticsTableRoute } from '../http/statistics-route';
import { answerTable } from '../http/table-answer';
import { LawEnforcementQueryDto } from './law-enforcement-query.dto';
import { LawEnforcementStatisticsService, type ScopedLawEnforcementTable } from './law-enforcement-statistics.service';
import { LAW_ENFORCEMENT_CSV_EXAMPLE, LAW_ENFORCEMENT_TABLE_EXAMPLE } from './law-enforcement-table.example';
import { LawEnforcementTableDto } from './law-enforcement-table.dto';

@ApiTags('statistics')
@ApiExtraModels(LawEnforcementTableDto)
@Controller('api/statistics')
export class LawEnforcementStatisticsController {
  constructor(private readonly statistics: LawEnforcementStatisticsService) {}

  @StatisticsTableRoute('law-enforcement', {
    roles: ['statistician', 'police', 'auditor', 'admin'],
    summary: 'Law-enforcement table (report II.C.1.1) for a year, compared with the year before',
    description:
      'Computed from the police cases\' events at query time (definitions: docs/statistics.md). ' +
      'JSON by default; CSV with `Accept: text/csv` or `format=csv`. A reader scoped to provinces sees only those.',
    schema: LawEnforcementTableDto,
    example: { json: LAW_ENFORCEMENT_TABLE_EXAMPLE, csv: LAW_ENFORCEMENT_CSV_EXAMPLE },
  })
  async lawEnforcement(
    @Query() query: LawEnforcementQueryDto,
    @CurrentUser() user: AuthenticatedUser,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ScopedLawEnforcementTable | string> {
    const table = await this.statistics.lawEnforcementTable(
      { year: query.year, province: query.province, unitCode: query.unit },
      user,
    );
    return answerTable(table, {
      format: query.format,
      req,
      res,
      fileStem: 'law-enforcement',
      toCsv: (t) => lawEnforcementTableToCsv(t, { provinces: t.provinces }),
    });
  }
}

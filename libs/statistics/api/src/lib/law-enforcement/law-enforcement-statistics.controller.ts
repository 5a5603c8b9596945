import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiExtraModels,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AllowRoles, CurrentUser, Problem, type AuthenticatedUser } from '@casetrail/platform-nest';
import { lawEnforcementTableToCsv } from '@casetrail/statistics-domain';
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

  @Get('law-enforcement')
  @AllowRoles('statistician', 'police', 'auditor', 'admin')
  @ApiOperation({
    summary: 'Law-enforcement table (report II.C.1.1) for a year, compared with the year before',
    description:
      'Computed from the police cases\' events at query time (definitions: docs/statistics.md). ' +
      'JSON by default; CSV with `Accept: text/csv` or `format=csv`. A reader scoped to provinces sees only those.',
  })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({
    description: 'The table (JSON), or the same rows as a CSV attachment (UTF-8 with BOM, CRLF)',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(LawEnforcementTableDto) }, example: LAW_ENFORCEMENT_TABLE_EXAMPLE },
      'text/csv': { schema: { type: 'string' }, example: LAW_ENFORCEMENT_CSV_EXAMPLE },
    },
    headers: {
      'Content-Disposition': {
        description: 'CSV only: attachment; filename="law-enforcement-<year>.csv"',
        schema: { type: 'string' },
      },
    },
  })
  @ApiBadRequestResponse({ type: Problem, description: 'Invalid or unknown query parameter (each named)' })
  @ApiUnauthorizedResponse({ type: Problem })
  @ApiForbiddenResponse({ type: Problem, description: 'Role not allowed' })
  @ApiNotFoundResponse({ type: Problem, description: 'Province outside your scope' })
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

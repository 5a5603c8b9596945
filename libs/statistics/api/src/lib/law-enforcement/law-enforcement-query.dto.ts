import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { POLICE_UNITS } from '@casetrail/enforcement-contracts';
import { FormatParameter, ProvinceParameter, YearParameter, type StatisticsFormat } from '../http/statistics-query';

const UNIT_CODES = POLICE_UNITS.map((u) => u.code);

/** `GET /api/statistics/law-enforcement` query. Unknown parameters are refused (400). */
export class LawEnforcementQueryDto {
  @YearParameter('The year; the table also shows the year before')
  year!: number;

  @ProvinceParameter('Only cases handled in this province')
  province?: string;

  @ApiPropertyOptional({ enum: UNIT_CODES, example: 'police-battambang', description: 'Only cases opened by this reporting unit' })
  @IsOptional()
  @IsIn(UNIT_CODES, { message: 'unit must be a police unit code (e.g. police-battambang, ahtjp-national)' })
  unit?: string;

  @FormatParameter()
  format?: StatisticsFormat;
}

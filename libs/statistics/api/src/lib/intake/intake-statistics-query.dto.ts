import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { INTAKE_UNITS } from '@casetrail/intake-contracts';
import { FormatParameter, MonthParameter, ProvinceParameter, YearParameter, type StatisticsFormat } from '../http/statistics-query';

/** `GET /api/statistics/intake/{police-receptions|screenings|bodies|screening-yield|referral-chain}` query. Unknown parameters are refused (400). */
export class IntakeTableQueryDto {
  @YearParameter('The year')
  year!: number;

  @MonthParameter('Only this month of the year (and the same month of the year before)')
  month?: number;

  @ProvinceParameter('Only figures counted in this province (the place\'s; see docs/statistics.md for each figure)')
  province?: string;

  @FormatParameter()
  format?: StatisticsFormat;
}

const UNIT_CODES = INTAKE_UNITS.map((u) => u.code);

/** `GET /api/statistics/intake/receptions` query: the table's parameters and one receiving unit. */
export class IntakeReceptionsQueryDto extends IntakeTableQueryDto {
  @ApiPropertyOptional({ enum: UNIT_CODES, example: 'mofaic', description: 'Only the receptions of this receiving unit' })
  @IsOptional()
  @IsIn(UNIT_CODES, { message: 'receivedBy must be an intake unit code (e.g. mofaic, dosvy-banteay-meanchey)' })
  receivedBy?: string;
}

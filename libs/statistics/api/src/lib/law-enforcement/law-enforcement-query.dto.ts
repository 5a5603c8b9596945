import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Min, ValidateBy, type ValidationOptions } from 'class-validator';
import { cambodianDateAt, EARLIEST_EVENT_DATE, PROVINCES, yearOf } from '@casetrail/kernel';
import { POLICE_UNITS } from '@casetrail/enforcement-contracts';

/** The first year the tables can be asked for: the year of the first date a fact may have. */
export const FIRST_STATISTICS_YEAR = yearOf(EARLIEST_EVENT_DATE);

export const STATISTICS_FORMATS = ['json', 'csv'] as const;
export type StatisticsFormat = (typeof STATISTICS_FORMATS)[number];

const PROVINCE_CODES = PROVINCES.map((p) => p.code);
const UNIT_CODES = POLICE_UNITS.map((u) => u.code);

/**
 * At most the current year in Cambodia (UTC+7), read at validation time (a long-running process
 * crosses New Year): from 17:00 UTC on 31 December it is already the next year in Phnom Penh.
 */
function IsNotAfterCurrentYear(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNotAfterCurrentYear',
      validator: {
        validate: (value: unknown) => typeof value === 'number' && value <= yearOf(cambodianDateAt(new Date().toISOString())),
        defaultMessage: (args) => `${args?.property ?? 'year'} must not be after the current year`,
      },
    },
    options,
  );
}

/** `GET /api/statistics/law-enforcement` query. Unknown parameters are refused (400). */
export class LawEnforcementQueryDto {
  @ApiProperty({ type: 'integer', minimum: FIRST_STATISTICS_YEAR, example: 2020, description: 'The year; the table also shows the year before' })
  // Query values arrive as strings; the global pipe converts only what is declared.
  @Type(() => Number)
  @IsInt({ message: 'year must be a whole number (e.g. 2020)' })
  @Min(FIRST_STATISTICS_YEAR)
  @IsNotAfterCurrentYear()
  year!: number;

  @ApiPropertyOptional({ enum: PROVINCE_CODES, example: 'battambang', description: 'Only cases handled in this province' })
  @IsOptional()
  @IsIn(PROVINCE_CODES, { message: 'province must be a province code (e.g. battambang, phnom-penh)' })
  province?: string;

  @ApiPropertyOptional({ enum: UNIT_CODES, example: 'police-battambang', description: 'Only cases opened by this reporting unit' })
  @IsOptional()
  @IsIn(UNIT_CODES, { message: 'unit must be a police unit code (e.g. police-battambang, ahtjp-national)' })
  unit?: string;

  @ApiPropertyOptional({ enum: STATISTICS_FORMATS, description: 'csv: same as Accept: text/csv' })
  @IsOptional()
  @IsIn(STATISTICS_FORMATS)
  format?: StatisticsFormat;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Min, ValidateBy, type ValidationOptions } from 'class-validator';
import { PROVINCES, cambodianDateAt, isIsoDate } from '@casetrail/kernel';
import { FIRST_STATISTICS_YEAR, STATISTICS_FORMATS, type StatisticsFormat } from '../law-enforcement/law-enforcement-query.dto';

const PROVINCE_CODES = PROVINCES.map((p) => p.code);

/** Today in Cambodia, where every domain date is read (a long-running process crosses midnight). */
export function todayInCambodia(): string {
  return cambodianDateAt(new Date().toISOString());
}

/** At most the current year in Cambodia, read at validation time. */
function IsNotAfterCurrentYear(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNotAfterCurrentYear',
      validator: {
        validate: (value: unknown) => typeof value === 'number' && value <= Number(todayInCambodia().slice(0, 4)),
        defaultMessage: (args) => `${args?.property ?? 'year'} must not be after the current year`,
      },
    },
    options,
  );
}

/** A domain date (YYYY-MM-DD) not after today in Cambodia and not before 1 January of `year`. */
function IsDayOfTheCohort(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDayOfTheCohort',
      validator: {
        validate: (value: unknown, args) => {
          if (!isIsoDate(value) || value > todayInCambodia()) return false;
          const year = (args?.object as { year?: unknown }).year;
          return typeof year !== 'number' || value >= `${year}-01-01`;
        },
        defaultMessage: (args) => `${args?.property ?? 'asOf'} must be a date YYYY-MM-DD from 1 January of year to today`,
      },
    },
    options,
  );
}

/** The year and province every court statistic is asked for with. Unknown parameters are refused (400). */
export class CourtStatisticsYearQueryDto {
  @ApiProperty({ type: 'integer', minimum: FIRST_STATISTICS_YEAR, example: 2020, description: 'The year' })
  // Query values arrive as strings; the global pipe converts only what is declared.
  @Type(() => Number)
  @IsInt({ message: 'year must be a whole number (e.g. 2020)' })
  @Min(FIRST_STATISTICS_YEAR)
  @IsNotAfterCurrentYear()
  year!: number;

  @ApiPropertyOptional({ enum: PROVINCE_CODES, example: 'battambang', description: 'Only this province' })
  @IsOptional()
  @IsIn(PROVINCE_CODES, { message: 'province must be a province code (e.g. battambang, phnom-penh)' })
  province?: string;
}

/** `GET /api/statistics/{prosecution|investigating-judges|trial}` query. */
export class CourtTableQueryDto extends CourtStatisticsYearQueryDto {
  @ApiPropertyOptional({ enum: STATISTICS_FORMATS, description: 'csv: same as Accept: text/csv' })
  @IsOptional()
  @IsIn(STATISTICS_FORMATS)
  format?: StatisticsFormat;
}

/** `GET /api/statistics/justice-funnel` query. */
export class JusticeFunnelQueryDto extends CourtStatisticsYearQueryDto {
  @ApiPropertyOptional({
    type: 'string',
    format: 'date',
    example: '2021-06-30',
    description: 'Count the steps reached by this day (included); today in Cambodia when omitted. From 1 January of year to today.',
  })
  @IsOptional()
  @IsDayOfTheCohort()
  asOf?: string;
}

/** `GET /api/statistics/court-durations` query. */
export class CourtDurationsQueryDto extends CourtStatisticsYearQueryDto {}

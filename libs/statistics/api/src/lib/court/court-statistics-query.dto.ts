import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, ValidateBy, type ValidationOptions } from 'class-validator';
import { isIsoDate } from '@casetrail/kernel';
import { FormatParameter, ProvinceParameter, todayInCambodia, YearParameter, type StatisticsFormat } from '../http/statistics-query';

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
  @YearParameter('The year')
  year!: number;

  @ProvinceParameter('Only this province')
  province?: string;
}

/** `GET /api/statistics/{prosecution|investigating-judges|trial}` query. */
export class CourtTableQueryDto extends CourtStatisticsYearQueryDto {
  @FormatParameter()
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

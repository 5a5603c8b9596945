import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min, ValidateBy, type ValidationOptions } from 'class-validator';
import { cambodianDateAt, EARLIEST_EVENT_DATE, PROVINCES, yearOf } from '@casetrail/kernel';

/*
 * The query parameters every statistics route shares (year, province, format), declared once:
 * the same validation, the same messages and the same OpenAPI description on every route.
 */

/** The first year the tables can be asked for: the year of the first date a fact may have. */
export const FIRST_STATISTICS_YEAR = yearOf(EARLIEST_EVENT_DATE);

export const STATISTICS_FORMATS = ['json', 'csv'] as const;
export type StatisticsFormat = (typeof STATISTICS_FORMATS)[number];

const PROVINCE_CODES = PROVINCES.map((p) => p.code);

/** Today in Cambodia, where every domain date is read (a long-running process crosses midnight). */
export function todayInCambodia(): string {
  return cambodianDateAt(new Date().toISOString());
}

/**
 * At most the current year in Cambodia (UTC+7), read at validation time (a long-running process
 * crosses New Year): from 17:00 UTC on 31 December it is already the next year in Phnom Penh.
 */
function IsNotAfterCurrentYear(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNotAfterCurrentYear',
      validator: {
        validate: (value: unknown) => typeof value === 'number' && value <= yearOf(todayInCambodia()),
        defaultMessage: (args) => `${args?.property ?? 'year'} must not be after the current year`,
      },
    },
    options,
  );
}

/**
 * Property decorators written top to bottom as they would be stacked on the property, applied
 * bottom-up as stacked decorators are (so the validation messages keep their order).
 */
function stackedDecorators(...decorators: PropertyDecorator[]): PropertyDecorator {
  return applyDecorators(...[...decorators].reverse());
}

/** `year` (required): a whole number from FIRST_STATISTICS_YEAR to the current year in Cambodia. */
export function YearParameter(description: string): PropertyDecorator {
  return stackedDecorators(
    ApiProperty({ type: 'integer', minimum: FIRST_STATISTICS_YEAR, example: 2020, description }),
    // Query values arrive as strings; the global pipe converts only what is declared.
    Type(() => Number),
    IsInt({ message: 'year must be a whole number (e.g. 2020)' }),
    Min(FIRST_STATISTICS_YEAR),
    IsNotAfterCurrentYear(),
  );
}

/** `month` (optional): 1 to 12, a month of the year asked for. */
export function MonthParameter(description: string): PropertyDecorator {
  return stackedDecorators(
    ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 12, example: 3, description }),
    IsOptional(),
    Type(() => Number),
    IsInt({ message: 'month must be a whole number from 1 to 12' }),
    Min(1, { message: 'month must be a whole number from 1 to 12' }),
    Max(12, { message: 'month must be a whole number from 1 to 12' }),
  );
}

/** `province` (optional): a province code. */
export function ProvinceParameter(description: string): PropertyDecorator {
  return stackedDecorators(
    ApiPropertyOptional({ enum: PROVINCE_CODES, example: 'battambang', description }),
    IsOptional(),
    IsIn(PROVINCE_CODES, { message: 'province must be a province code (e.g. battambang, phnom-penh)' }),
  );
}

/** `format` (optional) of a table route: `json` or `csv`. */
export function FormatParameter(): PropertyDecorator {
  return stackedDecorators(
    ApiPropertyOptional({ enum: STATISTICS_FORMATS, description: 'csv: same as Accept: text/csv' }),
    IsOptional(),
    IsIn(STATISTICS_FORMATS),
  );
}

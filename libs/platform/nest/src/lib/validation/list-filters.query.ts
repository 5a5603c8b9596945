import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, Max, Min } from 'class-validator';
import { OFFENCES, PROVINCES } from '@casetrail/kernel';

/*
 * The filters the record lists share (police cases, court files): one rule each, so a province,
 * an offence, a year or an "as of" instant is checked and documented the same on every list.
 */

const PROVINCE_CODES = PROVINCES.map((p) => p.code);
const OFFENCE_CODES = OFFENCES.map((o) => o.code);

/** `province`: a province code (optional). */
export function ProvinceFilter(): PropertyDecorator {
  return applyDecorators(ApiPropertyOptional({ enum: PROVINCE_CODES }), IsOptional(), IsIn(PROVINCE_CODES));
}

/** `offence`: the record's principal (first) offence, a code of the kernel's catalogue (optional). */
export function PrincipalOffenceFilter(description: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ enum: OFFENCE_CODES, description }),
    IsOptional(),
    IsIn(OFFENCE_CODES),
  );
}

/** `year`: the year a record was opened, 1990 to 2100 (optional). */
export function YearFilter(description: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: 'integer', minimum: 1990, maximum: 2100, example: 2020, description }),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(1990),
    Max(2100),
  );
}

/** `asOf`: show a record as the system knew it at this instant (ISO 8601, optional). */
export function AsOfInstant(what: 'case' | 'file'): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      example: '2020-06-30T23:59:59Z',
      description: `Show the ${what} as the system knew it at this instant`,
    }),
    IsOptional(),
    IsISO8601({ strict: true }, { message: 'asOf must be an ISO-8601 date-time' }),
  );
}

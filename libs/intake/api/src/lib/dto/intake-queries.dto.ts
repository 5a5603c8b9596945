import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { AsOfInstant, PageNumber, PageSize, ProvinceFilter, YearFilter } from '@casetrail/platform-nest';
import { REFERRAL_DESTINATIONS, SCREENING_OUTCOMES, type ReferralDestination, type ScreeningOutcome } from '@casetrail/intake-contracts';
import { PLACE_CODES, UNIT_CODES } from './intake-codes';

/** `month`: 1 to 12, with `year` (optional). */
function MonthFilter(description: string): PropertyDecorator {
  return applyDecorators(ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 12, example: 4, description }), IsOptional(), Type(() => Number), IsInt(), Min(1), Max(12));
}

function PlaceFilter(): PropertyDecorator {
  return applyDecorators(ApiPropertyOptional({ enum: PLACE_CODES, description: 'An airport, checkpoint or embassy' }), IsOptional(), IsIn(PLACE_CODES));
}

export const RECEPTION_LIST_STATUSES = ['recorded', 'withdrawn'] as const;

export class ListReceptionsQuery {
  @YearFilter('Year the people were received')
  year?: number;

  @MonthFilter('Month the people were received')
  month?: number;

  @ProvinceFilter()
  province?: string;

  @PlaceFilter()
  place?: string;

  @ApiPropertyOptional({ enum: UNIT_CODES, description: 'The receiving unit' })
  @IsOptional()
  @IsIn(UNIT_CODES)
  receivedBy?: string;

  @ApiPropertyOptional({ enum: RECEPTION_LIST_STATUSES, description: 'Withdrawn receptions were recorded in error (statistics leave them out)' })
  @IsOptional()
  @IsIn(RECEPTION_LIST_STATUSES)
  status?: (typeof RECEPTION_LIST_STATUSES)[number];

  @PageNumber()
  page = 1;

  @PageSize()
  pageSize = 50;
}

export class ListScreeningsQuery {
  @YearFilter('Year the person was screened')
  year?: number;

  @MonthFilter('Month the person was screened')
  month?: number;

  @ProvinceFilter()
  province?: string;

  @PlaceFilter()
  place?: string;

  @ApiPropertyOptional({ enum: SCREENING_OUTCOMES, description: 'The outcome as it stands (after revisions)' })
  @IsOptional()
  @IsIn(SCREENING_OUTCOMES)
  outcome?: ScreeningOutcome;

  @PageNumber()
  page = 1;

  @PageSize()
  pageSize = 50;
}

export class ListBodiesQuery {
  @YearFilter('Year the body was received')
  year?: number;

  @MonthFilter('Month the body was received')
  month?: number;

  @ProvinceFilter()
  province?: string;

  @PlaceFilter()
  place?: string;

  @PageNumber()
  page = 1;

  @PageSize()
  pageSize = 50;
}

export class ListReferralsQuery {
  @ApiPropertyOptional({ enum: REFERRAL_DESTINATIONS, description: 'Only referrals to this destination (each role sees only those addressed to it)' })
  @IsOptional()
  @IsIn(REFERRAL_DESTINATIONS)
  destination?: ReferralDestination;

  @PageNumber()
  page = 1;

  @PageSize()
  pageSize = 50;
}

export class RecordAsOfQuery {
  @AsOfInstant('file')
  asOf?: string;
}

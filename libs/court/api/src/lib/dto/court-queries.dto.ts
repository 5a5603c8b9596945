import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { POLICE_UNITS } from '@casetrail/enforcement-contracts';
import { COURT_CODES } from './open-court-file.dto';
import { AsOfInstant, PageNumber, PageSize, PrincipalOffenceFilter, ProvinceFilter, ReferenceSearch, YearFilter } from '@casetrail/platform-nest';

export const FILE_STAGES = ['prosecution', 'investigation', 'trial', 'retained_without_processing', 'dismissed'] as const;

export class ListCourtFilesQuery {
  @ApiPropertyOptional({ enum: COURT_CODES, description: 'Court code (court-<province>)' })
  @IsOptional()
  @IsIn(COURT_CODES)
  court?: string;

  @ProvinceFilter()
  province?: string;

  @ApiPropertyOptional({ enum: FILE_STAGES })
  @IsOptional()
  @IsIn(FILE_STAGES)
  stage?: (typeof FILE_STAGES)[number];

  @ApiPropertyOptional({ enum: POLICE_UNITS.map((u) => u.code), description: 'Code of the police unit that forwarded the case (files opened directly have none)' })
  @IsOptional()
  @IsIn(POLICE_UNITS.map((u) => u.code))
  unit?: string;

  @PrincipalOffenceFilter("The file's principal (first) offence")
  offence?: string;

  @YearFilter('Year the file was opened (or the police case received), in Cambodia')
  year?: number;

  @ReferenceSearch("the court's own file reference")
  reference?: string;

  @PageNumber()
  page = 1;

  @PageSize()
  pageSize = 50;
}

export class FileAsOfQuery {
  @AsOfInstant('file')
  asOf?: string;
}

/** Longest look-ahead of the deadline list: ten years, beyond any detention the law allows. */
export const MAX_WITHIN_DAYS = 3660;

export class DetentionDeadlinesQuery {
  @ApiProperty({ type: 'integer', minimum: 0, maximum: MAX_WITHIN_DAYS, example: 30, description: 'Detentions whose limit falls within this many days from today in Cambodia (those already past it are always listed)' })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_WITHIN_DAYS)
  withinDays!: number;

  @ApiPropertyOptional({ enum: COURT_CODES, description: 'One court only' })
  @IsOptional()
  @IsIn(COURT_CODES)
  court?: string;
}

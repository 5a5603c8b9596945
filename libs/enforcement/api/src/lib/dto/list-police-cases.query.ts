import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, Max, Min } from 'class-validator';
import { OFFENCES, PROVINCES } from '@casetrail/kernel';
import { POLICE_UNITS } from '@casetrail/enforcement-contracts';
import { PageNumber, PageSize, ReferenceSearch } from '@casetrail/platform-nest';

export const CASE_STATUSES = ['open', 'forwarded', 'closed'] as const;

export class ListPoliceCasesQuery {
  @ApiPropertyOptional({ enum: PROVINCES.map((p) => p.code) })
  @IsOptional()
  @IsIn(PROVINCES.map((p) => p.code))
  province?: string;

  @ApiPropertyOptional({ enum: POLICE_UNITS.map((u) => u.code), description: 'Unit code' })
  @IsOptional()
  @IsIn(POLICE_UNITS.map((u) => u.code))
  unit?: string;

  @ApiPropertyOptional({ enum: CASE_STATUSES })
  @IsOptional()
  @IsIn(CASE_STATUSES)
  status?: (typeof CASE_STATUSES)[number];

  @ApiPropertyOptional({ enum: OFFENCES.map((o) => o.code), description: "The case's principal (first) offence" })
  @IsOptional()
  @IsIn(OFFENCES.map((o) => o.code))
  offence?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1990, maximum: 2100, example: 2020, description: 'Year the case was opened' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1990)
  @Max(2100)
  year?: number;

  @ReferenceSearch("the police unit's own file reference")
  reference?: string;

  @PageNumber()
  page = 1;

  @PageSize()
  pageSize = 50;
}

export class CaseAsOfQuery {
  @ApiPropertyOptional({ example: '2020-06-30T23:59:59Z', description: 'Show the case as the system knew it at this instant' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'asOf must be an ISO-8601 date-time' })
  asOf?: string;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { POLICE_UNITS } from '@casetrail/enforcement-contracts';
import { AsOfInstant, PageNumber, PageSize, PrincipalOffenceFilter, ProvinceFilter, ReferenceSearch, YearFilter } from '@casetrail/platform-nest';

export const CASE_STATUSES = ['open', 'forwarded', 'closed'] as const;

export class ListPoliceCasesQuery {
  @ProvinceFilter()
  province?: string;

  @ApiPropertyOptional({ enum: POLICE_UNITS.map((u) => u.code), description: 'Unit code' })
  @IsOptional()
  @IsIn(POLICE_UNITS.map((u) => u.code))
  unit?: string;

  @ApiPropertyOptional({ enum: CASE_STATUSES })
  @IsOptional()
  @IsIn(CASE_STATUSES)
  status?: (typeof CASE_STATUSES)[number];

  @PrincipalOffenceFilter("The case's principal (first) offence")
  offence?: string;

  @YearFilter('Year the case was opened')
  year?: number;

  @ReferenceSearch("the police unit's own file reference")
  reference?: string;

  @PageNumber()
  page = 1;

  @PageSize()
  pageSize = 50;
}

export class CaseAsOfQuery {
  @AsOfInstant('case')
  asOf?: string;
}

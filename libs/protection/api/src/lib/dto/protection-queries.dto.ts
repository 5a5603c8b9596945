import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { AsOfInstant, IsUserId, PageNumber, PageSize, ProvinceFilter, YearFilter } from '@casetrail/platform-nest';
import { RECEPTION_CHANNELS, type ReceptionChannel } from '@casetrail/protection-contracts';
import { ORGANISATION_CODES } from './organisation-codes';

export const CASE_STATUSES = ['open', 'integrated', 'closed'] as const;

export class ListProtectionCasesQuery {
  @ProvinceFilter()
  province?: string;

  @ApiPropertyOptional({ enum: CASE_STATUSES })
  @IsOptional()
  @IsIn(CASE_STATUSES)
  status?: (typeof CASE_STATUSES)[number];

  @ApiPropertyOptional({ enum: RECEPTION_CHANNELS, description: 'How the person came to social affairs' })
  @IsOptional()
  @IsIn(RECEPTION_CHANNELS)
  channel?: ReceptionChannel;

  @YearFilter('Year the person was received, in Cambodia')
  year?: number;

  @ApiPropertyOptional({ enum: ORGANISATION_CODES, description: 'Cases an organisation received or was referred' })
  @IsOptional()
  @IsIn(ORGANISATION_CODES)
  organisation?: string;

  @PageNumber()
  page = 1;

  @PageSize()
  pageSize = 50;
}

export class CaseAsOfQuery {
  @AsOfInstant('case')
  asOf?: string;
}

export class OverdueFollowUpsQuery {
  @ProvinceFilter()
  province?: string;

  @ApiPropertyOptional({ example: 'social-worker-7', description: 'The user responsible for the visits (set at the integration)' })
  @IsOptional()
  @IsUserId()
  worker?: string;

  @PageNumber()
  page = 1;

  @PageSize()
  pageSize = 50;
}

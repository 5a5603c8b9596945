import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';

/** `GET /api/audit/access`: by record or by user (one of them required), optionally one person. */
export class ListAccessesQuery {
  @ApiPropertyOptional({ example: '6f1c2b1e-8a53-4c39-9d55-0c1f5b7b2f10', description: 'Accesses to this record (a police case id)' })
  @IsOptional()
  @IsUUID('4', { message: 'recordId must be a case id (UUID v4)' })
  recordId?: string;

  @ApiPropertyOptional({ example: 'officer-1', description: 'Accesses by this user (the token subject)' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_.:@|-]{0,127}$/, { message: 'userId must be a user id (letters, digits, _.:@|-)' })
  userId?: string;

  @ApiPropertyOptional({ example: 'b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f', description: "Only accesses that disclosed this person's data" })
  @IsOptional()
  @IsUUID('4', { message: 'personId must be a person id (UUID v4)' })
  personId?: string;

  @ApiPropertyOptional({ type: 'integer', default: 1, minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page = 1;

  @ApiPropertyOptional({ type: 'integer', default: 50, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize = 50;
}

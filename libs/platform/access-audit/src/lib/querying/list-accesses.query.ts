import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { IsUserId, USER_ID_MAX_LENGTH, USER_ID_RULE, PageNumber, PageSize } from '@casetrail/platform-nest';

/** `GET /api/audit/access`: by record or by user (one of them required), optionally one person. */
export class ListAccessesQuery {
  @ApiPropertyOptional({ example: '6f1c2b1e-8a53-4c39-9d55-0c1f5b7b2f10', description: 'Accesses to this record (a police case id)' })
  @IsOptional()
  @IsUUID('4', { message: 'recordId must be a case id (UUID v4)' })
  recordId?: string;

  // Exactly what the token verifier accepts as a subject, so every user's accesses can be listed.
  @ApiPropertyOptional({
    example: 'officer-1',
    minLength: 1,
    maxLength: USER_ID_MAX_LENGTH,
    description: `Accesses by this user (the token subject: ${USER_ID_RULE})`,
  })
  @IsOptional()
  @IsUserId()
  userId?: string;

  @ApiPropertyOptional({ example: 'b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f', description: "Only accesses that disclosed this person's data" })
  @IsOptional()
  @IsUUID('4', { message: 'personId must be a person id (UUID v4)' })
  personId?: string;

  @PageNumber()
  page = 1;

  @PageSize()
  pageSize = 50;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { MayBeOmitted, SingleLine } from '@casetrail/platform-nest';

/** Identifying data of an accused or a victim, sealed before the command is decided. Synthetic names only in tests. */
export class CourtPersonalDataDto {
  @ApiPropertyOptional({ example: 'Sok Dara (synthetic)' })
  @MayBeOmitted()
  @IsString()
  @Length(1, 200)
  @SingleLine()
  fullName?: string;
}

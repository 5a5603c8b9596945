import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { MayBeOmitted, SingleLine } from '@casetrail/platform-nest';

/** Identifying data; kept apart from the facts statistics read. Synthetic names only in tests. */
export class PersonalDataDto {
  @ApiPropertyOptional({ example: 'Sok Dara (synthetic)' })
  @MayBeOmitted()
  @IsString()
  @Length(1, 200)
  @SingleLine()
  fullName?: string;
}

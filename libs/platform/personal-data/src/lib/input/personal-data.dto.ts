import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { MayBeOmitted, SingleLine } from '@casetrail/platform-nest';

/**
 * Identifying data of a person as a client sends it (the `personal` of a body): kept apart from
 * the facts statistics read, and sealed (`sealPersonalInput`) before any command is decided.
 * Shape only, like every DTO. Synthetic names only in tests.
 */
export class PersonalDataDto {
  @ApiPropertyOptional({ example: 'Sok Dara (synthetic)' })
  @MayBeOmitted()
  @IsString()
  @Length(1, 200)
  @SingleLine()
  fullName?: string;
}

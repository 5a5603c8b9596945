import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';

/** Identifying data; kept apart from the facts statistics read. Synthetic names only in tests. */
export class PersonalDataDto {
  @ApiPropertyOptional({ example: 'Sok Dara (synthetic)' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  fullName?: string;
}

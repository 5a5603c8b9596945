import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { MayBeOmitted, IsDomainDate } from '@casetrail/platform-nest';
import {
  EXPLOITATION_TYPES,
  NATIONALITIES,
  SEXES,
  type ExploitationType,
  type Sex,
} from '@casetrail/kernel';
import { PersonalDataDto } from '@casetrail/personal-data';

export class RescueVictimDto {
  @ApiProperty({ enum: SEXES, example: 'F' })
  @IsIn(SEXES)
  sex!: Sex;

  @ApiPropertyOptional({ example: '2006-02-10', description: 'Give this or ageAtRescue' })
  @ValidateIf((o: RescueVictimDto) => o.ageAtRescue === undefined || o.birthDate !== undefined)
  @IsDomainDate()
  birthDate?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 120, example: 14, description: 'Age in whole years at the rescue; give this or birthDate' })
  @MayBeOmitted()
  @IsInt()
  @Min(0)
  @Max(120)
  ageAtRescue?: number;

  @ApiProperty({ example: 'KHM' })
  @IsIn(NATIONALITIES.map((n) => n.code))
  nationality!: string;

  @ApiProperty({ enum: EXPLOITATION_TYPES, example: 'sexual' })
  @IsIn(EXPLOITATION_TYPES)
  exploitationType!: ExploitationType;

  @ApiProperty({ example: '2020-03-15' })
  @IsDomainDate()
  rescuedOn!: string;

  @ApiPropertyOptional({ type: PersonalDataDto })
  @MayBeOmitted()
  @IsObject()
  @ValidateNested()
  @Type(() => PersonalDataDto)
  personal?: PersonalDataDto;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { MayBeOmitted, IsDomainDate } from '@casetrail/platform-nest';
import { EXPLOITATION_TYPES, NATIONALITIES, SEXES, type ExploitationType, type Sex } from '@casetrail/kernel';
import { PersonalDataDto } from '@casetrail/personal-data';

/**
 * A person the court adds to the file. Give a birth date or an age in years at `addedOn`; the
 * birth date derives the age band and is stored only sealed, with the name.
 */
export class AddAccusedDto {
  @ApiProperty({ enum: SEXES, example: 'M' })
  @IsIn(SEXES)
  sex!: Sex;

  @ApiProperty({ example: 'KHM', description: 'ISO 3166-1 alpha-3 nationality' })
  @IsIn(NATIONALITIES.map((n) => n.code))
  nationality!: string;

  @ApiPropertyOptional({ example: '1988-07-02', description: 'Give this or ageInYears; stored only sealed' })
  @ValidateIf((o: AddAccusedDto) => o.ageInYears === undefined || o.birthDate !== undefined)
  @IsDomainDate()
  birthDate?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 120, example: 34, description: 'Age in whole years on addedOn; give this or birthDate' })
  @MayBeOmitted()
  @IsInt()
  @Min(0)
  @Max(120)
  ageInYears?: number;

  @ApiProperty({ example: '2020-03-16', description: 'Date the person was added to the file' })
  @IsDomainDate()
  addedOn!: string;

  @ApiPropertyOptional({ type: PersonalDataDto })
  @MayBeOmitted()
  @IsObject()
  @ValidateNested()
  @Type(() => PersonalDataDto)
  personal?: PersonalDataDto;
}

export class AddVictimDto extends AddAccusedDto {
  @ApiProperty({ enum: EXPLOITATION_TYPES, example: 'sexual' })
  @IsIn(EXPLOITATION_TYPES)
  exploitationType!: ExploitationType;
}

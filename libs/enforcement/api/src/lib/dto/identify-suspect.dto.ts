import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { MayBeOmitted, IsDomainDate } from '@casetrail/platform-nest';
import { NATIONALITIES, SEXES, type Sex } from '@casetrail/kernel';
import { PersonalDataDto } from '@casetrail/personal-data';

export class IdentifySuspectDto {
  @ApiProperty({ enum: SEXES, example: 'F' })
  @IsIn(SEXES)
  sex!: Sex;

  @ApiPropertyOptional({ example: '1990-05-01', description: 'Give this or ageAtIdentification' })
  @ValidateIf((o: IdentifySuspectDto) => o.ageAtIdentification === undefined || o.birthDate !== undefined)
  @IsDomainDate()
  birthDate?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 120, example: 31, description: 'Age in whole years when identified; give this or birthDate' })
  @MayBeOmitted()
  @IsInt()
  @Min(0)
  @Max(120)
  ageAtIdentification?: number;

  @ApiProperty({ example: 'KHM', description: 'ISO 3166-1 alpha-3 nationality' })
  @IsIn(NATIONALITIES.map((n) => n.code))
  nationality!: string;

  @ApiProperty({ example: '2020-03-15' })
  @IsDomainDate()
  identifiedOn!: string;

  @ApiPropertyOptional({ type: PersonalDataDto })
  @MayBeOmitted()
  @IsObject()
  @ValidateNested()
  @Type(() => PersonalDataDto)
  personal?: PersonalDataDto;
}

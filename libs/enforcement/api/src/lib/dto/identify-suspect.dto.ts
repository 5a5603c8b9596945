import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { IsDomainDate } from '@casetrail/platform-nest';
import { NATIONALITIES, SEXES, type Sex } from '@casetrail/kernel';
import { AgeInYearsInput, BirthDateInput, PersonalDataInput, PersonalDataDto } from '@casetrail/personal-data';

export class IdentifySuspectDto {
  @ApiProperty({ enum: SEXES, example: 'F' })
  @IsIn(SEXES)
  sex!: Sex;

  @BirthDateInput('ageAtIdentification', { example: '1990-05-01', description: 'Give this or ageAtIdentification' })
  birthDate?: string;

  @AgeInYearsInput({ example: 31, description: 'Age in whole years when identified; give this or birthDate' })
  ageAtIdentification?: number;

  @ApiProperty({ example: 'KHM', description: 'ISO 3166-1 alpha-3 nationality' })
  @IsIn(NATIONALITIES.map((n) => n.code))
  nationality!: string;

  @ApiProperty({ example: '2020-03-15' })
  @IsDomainDate()
  identifiedOn!: string;

  @PersonalDataInput()
  personal?: PersonalDataDto;
}

import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { IsDomainDate } from '@casetrail/platform-nest';
import {
  EXPLOITATION_TYPES,
  NATIONALITIES,
  SEXES,
  type ExploitationType,
  type Sex,
} from '@casetrail/kernel';
import { AgeInYearsInput, BirthDateInput, PersonalDataInput, PersonalDataDto } from '@casetrail/personal-data';

export class RescueVictimDto {
  @ApiProperty({ enum: SEXES, example: 'F' })
  @IsIn(SEXES)
  sex!: Sex;

  @BirthDateInput('ageAtRescue', { example: '2006-02-10', description: 'Give this or ageAtRescue' })
  birthDate?: string;

  @AgeInYearsInput({ example: 14, description: 'Age in whole years at the rescue; give this or birthDate' })
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

  @PersonalDataInput()
  personal?: PersonalDataDto;
}

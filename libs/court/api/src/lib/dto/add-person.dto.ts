import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { IsDomainDate } from '@casetrail/platform-nest';
import { EXPLOITATION_TYPES, NATIONALITIES, SEXES, type ExploitationType, type Sex } from '@casetrail/kernel';
import { AgeInYearsInput, BirthDateInput, PersonalDataInput, PersonalDataDto } from '@casetrail/personal-data';

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

  @BirthDateInput('ageInYears', { example: '1988-07-02', description: 'Give this or ageInYears; stored only sealed' })
  birthDate?: string;

  @AgeInYearsInput({ example: 34, description: 'Age in whole years on addedOn; give this or birthDate' })
  ageInYears?: number;

  @ApiProperty({ example: '2020-03-16', description: 'Date the person was added to the file' })
  @IsDomainDate()
  addedOn!: string;

  @PersonalDataInput()
  personal?: PersonalDataDto;
}

export class AddVictimDto extends AddAccusedDto {
  @ApiProperty({ enum: EXPLOITATION_TYPES, example: 'sexual' })
  @IsIn(EXPLOITATION_TYPES)
  exploitationType!: ExploitationType;
}

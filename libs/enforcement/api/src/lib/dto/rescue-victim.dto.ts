import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, Matches } from 'class-validator';
import { IsDomainDate, MayBeOmitted } from '@casetrail/platform-nest';
import {
  EXPLOITATION_TYPES,
  NATIONALITIES,
  SEXES,
  type ExploitationType,
  type Sex,
} from '@casetrail/kernel';
import { AgeInYearsInput, BirthDateInput, PersonalDataInput, PersonalDataDto } from '@casetrail/personal-data';

/** A screened person's id: version 5 when named by the intake row, version 4 otherwise. */
const SCREENED_PERSON_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[45][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

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

  @ApiPropertyOptional({
    format: 'uuid',
    example: '0f5b1c3e-7a2d-5e4f-9b8a-1c2d3e4f5a6b',
    description:
      'The id of the person as screened at a border or an embassy (intake), when the police rescue a person screened there first: the victim id is then this id, so both records name one person (409 if already a victim of the case)',
  })
  @MayBeOmitted()
  @Matches(SCREENED_PERSON_ID, { message: 'screenedPersonId must be a person id (UUID v4 or v5)' })
  screenedPersonId?: string;
}

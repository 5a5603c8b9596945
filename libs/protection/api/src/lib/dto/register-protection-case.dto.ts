import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Length, Matches } from 'class-validator';
import { IsDomainDate, MayBeOmitted, SingleLine } from '@casetrail/platform-nest';
import { ENTRY_POINTS, EXPLOITATION_TYPES, NATIONALITIES, PROVINCES, SEXES, type ExploitationType, type Sex } from '@casetrail/kernel';
import { RECEPTION_CHANNELS, type ReceptionChannel } from '@casetrail/protection-contracts';
import { AgeInYearsInput, BirthDateInput, PersonalDataDto, PersonalDataInput } from '@casetrail/personal-data';
import { ORGANISATION_CODES } from './organisation-codes';

/** A police case's id (a court file's is the same): v4, or v5 for a case opened for an intake referral. */
const CASE_ID_V4_OR_V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-[45][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

const PROVINCE_CODES = PROVINCES.map((p) => p.code);
const NATIONALITY_CODES = NATIONALITIES.map((n) => n.code);

/**
 * A person a social worker registers directly (received from overseas authorities at an airport
 * or checkpoint, from judicial police, an NGO, a court, self-referred; or a police hand-over the
 * reactor could not open). Shape only: which fields a channel needs or refuses, and the range of
 * every date, are the decider's. The server makes the person id.
 */
export class RegisterProtectionCaseDto {
  @ApiProperty({ enum: PROVINCE_CODES, example: 'battambang', description: "The province whose department follows the case (your scope)" })
  @IsIn(PROVINCE_CODES)
  province!: string;

  @ApiProperty({ example: '2020-05-04', description: 'Date the person was received (YYYY-MM-DD)' })
  @IsDomainDate()
  receivedOn!: string;

  @ApiProperty({ enum: RECEPTION_CHANNELS, example: 'overseas_authorities' })
  @IsIn(RECEPTION_CHANNELS)
  channel!: ReceptionChannel;

  @ApiPropertyOptional({ enum: ORGANISATION_CODES, example: 'dosvy-battambang', description: "Who received the person; defaults to the province's department" })
  @MayBeOmitted()
  @IsIn(ORGANISATION_CODES)
  receivedBy?: string;

  @ApiPropertyOptional({ enum: ENTRY_POINTS.map((e) => e.code), example: 'poipet', description: 'The airport or checkpoint (overseas_authorities only)' })
  @MayBeOmitted()
  @IsIn(ENTRY_POINTS.map((e) => e.code))
  entryPoint?: string;

  @ApiPropertyOptional({ enum: NATIONALITY_CODES, example: 'THA', description: 'ISO 3166-1 alpha-3 of the country the person returned from' })
  @MayBeOmitted()
  @IsIn(NATIONALITY_CODES)
  countryReturnedFrom?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'police_hand_over only: the police case (with handedOverBy and rescuedOn)' })
  @MayBeOmitted()
  @Matches(CASE_ID_V4_OR_V5, { message: 'policeCaseId must be a police case id (UUID v4 or v5)' })
  policeCaseId?: string;

  @ApiPropertyOptional({ example: 'police-battambang', description: 'police_hand_over only: the police unit that handed the person over' })
  @MayBeOmitted()
  @IsString()
  @Length(1, 100)
  @SingleLine()
  handedOverBy?: string;

  @ApiPropertyOptional({ example: '2020-05-01', description: 'police_hand_over only: the date of the rescue' })
  @MayBeOmitted()
  @IsDomainDate()
  rescuedOn?: string;

  @ApiProperty({ enum: SEXES, example: 'F' })
  @IsIn(SEXES)
  sex!: Sex;

  @ApiProperty({ enum: NATIONALITY_CODES, example: 'KHM', description: 'ISO 3166-1 alpha-3 nationality' })
  @IsIn(NATIONALITY_CODES)
  nationality!: string;

  @BirthDateInput('ageInYears', { example: '2003-02-11', description: 'Give this or ageInYears; stored only sealed' })
  birthDate?: string;

  @AgeInYearsInput({ example: 17, description: 'Age in whole years on receivedOn; give this or birthDate' })
  ageInYears?: number;

  @ApiProperty({ enum: EXPLOITATION_TYPES, example: 'labour', description: '`at_risk` for a person at risk not (yet) identified as a victim' })
  @IsIn(EXPLOITATION_TYPES)
  exploitationType!: ExploitationType;

  @PersonalDataInput()
  personal?: PersonalDataDto;
}

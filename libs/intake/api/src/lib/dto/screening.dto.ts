import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, Matches } from 'class-validator';
import { IsDomainDate, MayBeOmitted } from '@casetrail/platform-nest';
import { EXPLOITATION_TYPES, SEXES, type ExploitationType, type Sex } from '@casetrail/kernel';
import { REFERRAL_DESTINATIONS, SCREENING_OUTCOMES, type ReferralDestination, type ScreeningOutcome } from '@casetrail/intake-contracts';
import { AgeInYearsInput, BirthDateInput, PersonalDataDto, PersonalDataInput } from '@casetrail/personal-data';
import { COUNTRY_CODES, OFFENCE_CODES, ORGANISATION_CODES, PLACE_CODES, POLICE_UNIT_CODES, UNIT_CODES } from './intake-codes';
import { IntakeReference, Justification, ReferenceField } from './intake-fields';

/*
 * The bodies of a screened person's commands: shape only. Which outcome needs an exploitation,
 * which destination needs which organisation or police unit, the range of every date and the
 * reception's place are the decider's (422). A bulk upload checks each of its rows with these
 * classes too.
 */

/** A police case's id: v4, or v5 for a case the police opened for an earlier intake referral. */
const CASE_ID_V4_OR_V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-[45][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

const EXPLOITATION = (description: string) => ApiPropertyOptional({ enum: EXPLOITATION_TYPES, example: 'labour', description });
const EXPLOITATION_RULE = 'Required with suspected_victim (a form of exploitation) and person_at_risk (`at_risk`); refused with not_identified';

export class ScreenPersonDto {
  @IntakeReference('screened person')
  reference!: string;

  @ReferenceField('The reference of the reception the person came with, at the same place (404 if there is none)')
  receptionReference!: string;

  @ApiProperty({ enum: PLACE_CODES, example: 'poipet', description: "Where the person was screened: the reception's place; its province is the record's scope" })
  @IsIn(PLACE_CODES)
  place!: string;

  @ApiProperty({ example: '2020-04-02' })
  @IsDomainDate()
  screenedOn!: string;

  @ApiProperty({ enum: UNIT_CODES, example: 'border-liaison-office', description: 'The unit that interviewed and screened the person' })
  @IsIn(UNIT_CODES)
  screenedBy!: string;

  @ApiProperty({ enum: SCREENING_OUTCOMES, example: 'suspected_victim', description: 'The preliminary identification (not a finding of fact)' })
  @IsIn(SCREENING_OUTCOMES)
  outcome!: ScreeningOutcome;

  @EXPLOITATION(EXPLOITATION_RULE)
  @MayBeOmitted()
  @IsIn(EXPLOITATION_TYPES)
  exploitationIndicated?: ExploitationType;

  @ApiProperty({ enum: SEXES, example: 'F' })
  @IsIn(SEXES)
  sex!: Sex;

  @ApiProperty({ enum: COUNTRY_CODES, example: 'KHM', description: 'ISO 3166-1 alpha-3 nationality' })
  @IsIn(COUNTRY_CODES)
  nationality!: string;

  @ApiProperty({ enum: COUNTRY_CODES, example: 'THA', description: 'ISO 3166-1 alpha-3 of the country returned from' })
  @IsIn(COUNTRY_CODES)
  countryReturnedFrom!: string;

  @BirthDateInput('ageInYears', { example: '2003-02-11', description: 'Give this or ageInYears; stored only sealed' })
  birthDate?: string;

  @AgeInYearsInput({ example: 17, description: 'Age in whole years on screenedOn; give this or birthDate' })
  ageInYears?: number;

  @PersonalDataInput()
  personal?: PersonalDataDto;
}

export class ReviseScreeningDto {
  @ApiProperty({ enum: SCREENING_OUTCOMES, example: 'person_at_risk', description: 'The new outcome (409 if it is the current one)' })
  @IsIn(SCREENING_OUTCOMES)
  outcome!: ScreeningOutcome;

  @EXPLOITATION(EXPLOITATION_RULE)
  @MayBeOmitted()
  @IsIn(EXPLOITATION_TYPES)
  exploitationIndicated?: ExploitationType;

  @ApiProperty({ example: '2020-04-09' })
  @IsDomainDate()
  revisedOn!: string;

  @Justification('A second interview with an interpreter')
  justification!: string;
}

export class ReferPersonDto {
  @ApiProperty({
    enum: REFERRAL_DESTINATIONS,
    example: 'partner_organisation',
    description: 'police (policeUnit, and policeCaseId or suspectedOffence), social_affairs (organisation mosvy or dosvy-<province>), partner_organisation (organisation ngo-…) or family (nothing else; the only one for not_identified)',
  })
  @IsIn(REFERRAL_DESTINATIONS)
  destination!: ReferralDestination;

  @ApiProperty({ example: '2020-04-03', description: 'Not before the screening' })
  @IsDomainDate()
  referredOn!: string;

  @ApiPropertyOptional({ enum: ORGANISATION_CODES, example: 'ngo-ijm', description: 'social_affairs and partner_organisation only: the organisation that opens a protection case' })
  @MayBeOmitted()
  @IsIn(ORGANISATION_CODES)
  organisation?: string;

  @ApiPropertyOptional({ enum: POLICE_UNIT_CODES, example: 'police-banteay-meanchey', description: 'police only: the receiving police unit' })
  @MayBeOmitted()
  @IsIn(POLICE_UNIT_CODES)
  policeUnit?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'police only: the police case to add the person to (else a case is opened for suspectedOffence)' })
  @MayBeOmitted()
  @Matches(CASE_ID_V4_OR_V5, { message: 'policeCaseId must be a police case id (UUID v4 or v5)' })
  policeCaseId?: string;

  @ApiPropertyOptional({ enum: OFFENCE_CODES, example: 'unlawful_recruitment_for_exploitation', description: 'police without policeCaseId: the offence the case is opened for' })
  @MayBeOmitted()
  @IsIn(OFFENCE_CODES)
  suspectedOffence?: string;
}

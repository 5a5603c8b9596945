import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { IsDomainDate } from '@casetrail/platform-nest';
import { SEXES, type Sex } from '@casetrail/kernel';
import { BODY_BROUGHT_BY, BODY_CAUSES, type BodyBroughtBy, type BodyCause } from '@casetrail/intake-contracts';
import { COUNTRY_CODES, PLACE_CODES, UNIT_CODES } from './intake-codes';
import { IntakeReference, Justification } from './intake-fields';

/*
 * The bodies of a returned body's commands: shape only; the range of the dates, the place's
 * province and an embassy's country are the decider's (422). No personal data: the report counts
 * bodies by place, sex and cause.
 */

/** What a body record states and a correction replaces as a whole. */
export class BodyFiguresDto {
  @ApiProperty({ enum: PLACE_CODES, example: 'poipet', description: "Where the body was received; its province is the record's scope" })
  @IsIn(PLACE_CODES)
  place!: string;

  @ApiProperty({ example: '2020-06-11' })
  @IsDomainDate()
  receivedOn!: string;

  @ApiProperty({ enum: UNIT_CODES, example: 'border-liaison-office' })
  @IsIn(UNIT_CODES)
  receivedBy!: string;

  @ApiProperty({ enum: BODY_BROUGHT_BY, example: 'foreign_authorities' })
  @IsIn(BODY_BROUGHT_BY)
  broughtBy!: BodyBroughtBy;

  @ApiProperty({ enum: COUNTRY_CODES, example: 'THA', description: 'ISO 3166-1 alpha-3 of the country of death' })
  @IsIn(COUNTRY_CODES)
  countryOfDeath!: string;

  @ApiProperty({ enum: SEXES, example: 'M' })
  @IsIn(SEXES)
  sex!: Sex;

  @ApiProperty({ enum: BODY_CAUSES, example: 'disease', description: 'The cause of death as reported by who brought the body' })
  @IsIn(BODY_CAUSES)
  cause!: BodyCause;
}

export class RecordBodyReceivedDto extends BodyFiguresDto {
  @IntakeReference('body')
  reference!: string;
}

export class CorrectBodyRecordDto extends BodyFiguresDto {
  @ApiProperty({ example: '2020-06-15' })
  @IsDomainDate()
  correctedOn!: string;

  @Justification('The cause was reported wrongly')
  justification!: string;
}

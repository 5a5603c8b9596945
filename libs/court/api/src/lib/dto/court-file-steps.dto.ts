import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsIn, IsInt, IsObject, IsString, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';
import { MayBeOmitted, IsDomainDate } from '@casetrail/platform-nest';
import {
  APPEAL_DECISIONS,
  APPELLANTS,
  CLOSING_ORDER_OUTCOMES,
  CUSTODY_STATUSES,
  DETENTION_END_REASONS,
  MAX_MINOR_UNITS,
  MAX_TERM_MONTHS,
  OFFENCE_CLASSES,
  PROSECUTION_ACTIONS,
  RETENTION_REASONS,
  TRIAL_ROUTES,
  VERDICT_OUTCOMES,
  type AppealDecision,
  type Appellant,
  type ClosingOrderOutcome,
  type CustodyStatus,
  type DetentionEndReason,
  type OffenceClass,
  type ProsecutionAction,
  type RetentionReason,
  type TrialRoute,
  type VerdictOutcome,
} from '@casetrail/court-contracts';
import { OFFENCE_CODES } from './open-court-file.dto';

/*
 * The bodies of the steps of a court file: shape only (types, lengths, enums, real dates). Which
 * fields an outcome needs or refuses, and the range of every date, is the decider's.
 */

const CURRENCY_SHAPE = /^[A-Z]{3}$/;
const PERSON_ID_MESSAGE = (field: string) => ({ message: `${field} must be a person id (UUID v4)` });

export class ChargePersonDto {
  @ApiProperty({ format: 'uuid', example: 'b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f', description: 'An accused of the file' })
  @IsUUID('4', PERSON_ID_MESSAGE('personId'))
  personId!: string;

  @ApiProperty({ type: [String], enum: OFFENCE_CODES, example: ['trafficking_in_persons_with_purpose'], minItems: 1, maxItems: 20, uniqueItems: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsIn(OFFENCE_CODES, { each: true })
  offences!: string[];

  @ApiProperty({ example: '2020-03-17' })
  @IsDomainDate()
  chargedOn!: string;
}

export class DecideProsecutionDto {
  @ApiProperty({ enum: PROSECUTION_ACTIONS, example: 'submitted_for_investigation' })
  @IsIn(PROSECUTION_ACTIONS)
  action!: ProsecutionAction;

  @ApiProperty({ example: '2020-03-18' })
  @IsDomainDate()
  decidedOn!: string;

  @ApiPropertyOptional({ enum: RETENTION_REASONS, description: 'Only (and required) to retain without processing' })
  @MayBeOmitted()
  @IsIn(RETENTION_REASONS)
  reason?: RetentionReason;

  @ApiPropertyOptional({ enum: TRIAL_ROUTES, description: 'Only (and required) to submit for trial' })
  @MayBeOmitted()
  @IsIn(TRIAL_ROUTES)
  trialRoute?: TrialRoute;

  @ApiPropertyOptional({ example: '2020-03-18', description: 'Immediate appearance only: the day the accused appeared (defaults to decidedOn)' })
  @MayBeOmitted()
  @IsDomainDate()
  appearedOn?: string;
}

export class OrderPreTrialDetentionDto {
  @ApiProperty({ example: '2020-03-19' })
  @IsDomainDate()
  orderedOn!: string;

  @ApiProperty({ enum: OFFENCE_CLASSES, example: 'felony', description: 'Chooses the legal time limit, with the accused\'s age' })
  @IsIn(OFFENCE_CLASSES)
  offenceClass!: OffenceClass;
}

export class ExtendPreTrialDetentionDto {
  @ApiProperty({ example: '2020-09-01' })
  @IsDomainDate()
  extendedOn!: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 12, example: 6, description: 'Length of the extension; defaults to what the governing legal limit allows' })
  @MayBeOmitted()
  @IsInt()
  @Min(1)
  @Max(12)
  months?: number;
}

export class EndPreTrialDetentionDto {
  @ApiProperty({ example: '2020-10-01' })
  @IsDomainDate()
  endedOn!: string;

  @ApiProperty({ enum: DETENTION_END_REASONS, example: 'release_order' })
  @IsIn(DETENTION_END_REASONS)
  reason!: DetentionEndReason;
}

export class PlaceUnderJudicialSupervisionDto {
  @ApiProperty({ example: '2020-03-19' })
  @IsDomainDate()
  orderedOn!: string;
}

export class IssueClosingOrderDto {
  @ApiProperty({ enum: CLOSING_ORDER_OUTCOMES, example: 'sent_to_trial' })
  @IsIn(CLOSING_ORDER_OUTCOMES)
  outcome!: ClosingOrderOutcome;

  @ApiProperty({ example: '2020-10-05' })
  @IsDomainDate()
  issuedOn!: string;
}

export class MoneyAmountDto {
  @ApiProperty({ type: 'integer', minimum: 1, example: 2000000, description: 'In minor units of the currency (2000000 KHR minor units = 20,000.00 riel)' })
  @IsInt()
  @Min(1)
  @Max(MAX_MINOR_UNITS)
  amount!: number;

  @ApiProperty({ example: 'KHR', description: 'ISO 4217 code with a minor unit' })
  @IsString()
  @Matches(CURRENCY_SHAPE, { message: 'currency must be an ISO 4217 code (three capital letters)' })
  currency!: string;
}

export class DeliverVerdictDto {
  @ApiProperty({ enum: VERDICT_OUTCOMES, example: 'imprisonment' })
  @IsIn(VERDICT_OUTCOMES)
  outcome!: VerdictOutcome;

  @ApiProperty({ example: '2020-11-20' })
  @IsDomainDate()
  deliveredOn!: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_TERM_MONTHS, example: 84, description: 'With imprisonment and a suspended sentence' })
  @MayBeOmitted()
  @IsInt()
  @Min(1)
  @Max(MAX_TERM_MONTHS)
  termMonths?: number;

  @ApiPropertyOptional({ enum: CUSTODY_STATUSES, description: 'With imprisonment' })
  @MayBeOmitted()
  @IsIn(CUSTODY_STATUSES)
  custody?: CustodyStatus;

  @ApiPropertyOptional({ type: MoneyAmountDto, description: 'With a fine' })
  @MayBeOmitted()
  @IsObject()
  @ValidateNested()
  @Type(() => MoneyAmountDto)
  fine?: MoneyAmountDto;
}

export class AwardCompensationDto {
  @ApiProperty({ format: 'uuid', example: 'c2e8a6b3-1d4f-4e2a-8b7c-6a5d4c3b2a10', description: 'A victim of the file' })
  @IsUUID('4', PERSON_ID_MESSAGE('victimId'))
  victimId!: string;

  @ApiProperty({ type: 'integer', minimum: 1, example: 2000000, description: 'In minor units of the currency' })
  @IsInt()
  @Min(1)
  @Max(MAX_MINOR_UNITS)
  amount!: number;

  @ApiProperty({ example: 'KHR', description: 'ISO 4217 code with a minor unit; never converted' })
  @IsString()
  @Matches(CURRENCY_SHAPE, { message: 'currency must be an ISO 4217 code (three capital letters)' })
  currency!: string;

  @ApiProperty({ example: '2020-11-20' })
  @IsDomainDate()
  awardedOn!: string;
}

export class LodgeAppealDto {
  @ApiProperty({ enum: APPELLANTS, example: 'prosecutor' })
  @IsIn(APPELLANTS)
  appellant!: Appellant;

  @ApiProperty({ example: '2020-12-01' })
  @IsDomainDate()
  lodgedOn!: string;

  @ApiPropertyOptional({ format: 'uuid', example: 'b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f', description: 'The accused the appeal concerns (required when the accused appeals)' })
  @MayBeOmitted()
  @IsUUID('4', PERSON_ID_MESSAGE('personId'))
  personId?: string;
}

export class RecordAppealDecisionDto {
  @ApiProperty({ enum: APPEAL_DECISIONS, example: 'upheld' })
  @IsIn(APPEAL_DECISIONS)
  decision!: AppealDecision;

  @ApiProperty({ example: '2021-03-01' })
  @IsDomainDate()
  decidedOn!: string;
}


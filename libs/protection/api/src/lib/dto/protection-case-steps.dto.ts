import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { IsDomainDate, MayBeOmitted, SingleLine } from '@casetrail/platform-nest';
import { MAX_MINOR_UNITS, PROVINCES } from '@casetrail/kernel';
import {
  CASE_CLOSURE_REASONS,
  CONSENT_GIVERS,
  FAMILY_ASSESSMENT_OUTCOMES,
  FOLLOW_UP_OUTCOMES,
  SERVICE_KINDS,
  SHARING_PURPOSES,
  SHELTER_DEPARTURE_REASONS,
  type CaseClosureReason,
  type ConsentGiver,
  type FamilyAssessmentOutcome,
  type FollowUpOutcome,
  type ServiceKind,
  type SharingPurpose,
  type ShelterDepartureReason,
} from '@casetrail/protection-contracts';
import { ORGANISATION_CODES } from './organisation-codes';

/** A police case's id (a court file's is the same): v4, or v5 for a case opened for an intake referral. */
const CASE_ID_V4_OR_V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-[45][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/*
 * The bodies of the steps of a protection case: shape only (types, lengths, enums, real dates).
 * Which organisation may do what (a shelter must run one, a partner worker acts for their own
 * organisation), the range of every date and the order of the steps are the decider's.
 */

const PROVINCE_CODES = PROVINCES.map((p) => p.code);
const CURRENCY_SHAPE = /^[A-Z]{3}$/;

/** An organisation of the reference list, by code. */
function organisation(example: string, description: string) {
  return ApiProperty({ enum: ORGANISATION_CODES, example, description });
}

export class ConsentToShareDto {
  @organisation('ngo-aple', 'An organisation the person agreed to share with')
  @IsIn(ORGANISATION_CODES)
  organisation!: string;

  @ApiProperty({ type: [String], enum: SHARING_PURPOSES, example: ['shelter', 'services'], minItems: 1, uniqueItems: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(SHARING_PURPOSES.length)
  @ArrayUnique()
  @IsIn(SHARING_PURPOSES, { each: true })
  purposes!: SharingPurpose[];
}

export class RecordConsentDto {
  @ApiProperty({ enum: CONSENT_GIVERS, example: 'guardian', description: 'The person, or a guardian for a child' })
  @IsIn(CONSENT_GIVERS)
  givenBy!: ConsentGiver;

  @ApiProperty({ example: '2020-05-06' })
  @IsDomainDate()
  recordedOn!: string;

  @ApiProperty({
    type: [ConsentToShareDto],
    minItems: 0,
    description: 'What the person agreed to share, with whom, replacing any earlier consent. [] is a refusal: the person keeps every service; partners never see the personal data',
  })
  @IsArray()
  @ArrayMaxSize(ORGANISATION_CODES.length)
  @ValidateNested({ each: true })
  @Type(() => ConsentToShareDto)
  sharing!: ConsentToShareDto[];
}

export class ReferCaseDto {
  @organisation('ngo-aple', 'The organisation the case is referred to (its partner workers may then read it)')
  @IsIn(ORGANISATION_CODES)
  organisation!: string;

  @ApiProperty({ example: '2020-05-06' })
  @IsDomainDate()
  referredOn!: string;

  @ApiProperty({ enum: SHARING_PURPOSES, example: 'shelter' })
  @IsIn(SHARING_PURPOSES)
  purpose!: SharingPurpose;
}

export class AdmitToShelterDto {
  @organisation('ngo-aple', 'The organisation running the shelter (one that runs one); a partner worker: their own')
  @IsIn(ORGANISATION_CODES)
  shelter!: string;

  @ApiProperty({ example: '2020-05-07' })
  @IsDomainDate()
  admittedOn!: string;

  @organisation('dosvy-battambang', 'Who sent the person (a department or a partner)')
  @IsIn(ORGANISATION_CODES)
  sentBy!: string;

  @ApiPropertyOptional({ enum: PROVINCE_CODES, example: 'battambang', description: "Where the shelter is; defaults to the organisation's province, else the case's" })
  @MayBeOmitted()
  @IsIn(PROVINCE_CODES)
  shelterProvince?: string;
}

export class RecordShelterDepartureDto {
  @ApiProperty({ example: '2020-08-30' })
  @IsDomainDate()
  departedOn!: string;

  @ApiProperty({ enum: SHELTER_DEPARTURE_REASONS, example: 'returned_to_family' })
  @IsIn(SHELTER_DEPARTURE_REASONS)
  reason!: ShelterDepartureReason;
}

export class RecordServiceDto {
  @ApiProperty({ enum: SERVICE_KINDS, example: 'psychosocial' })
  @IsIn(SERVICE_KINDS)
  service!: ServiceKind;

  @organisation('ngo-aple', 'Who delivered it; a partner worker: their own organisation')
  @IsIn(ORGANISATION_CODES)
  organisation!: string;

  @ApiProperty({ example: '2020-05-20' })
  @IsDomainDate()
  deliveredOn!: string;
}

export class FileCompensationClaimDto {
  @organisation('ngo-aple', 'The organisation supporting the claim (legal aid); a partner worker: their own')
  @IsIn(ORGANISATION_CODES)
  supportingOrganisation!: string;

  @ApiProperty({ example: '2020-06-01' })
  @IsDomainDate()
  filedOn!: string;

  @ApiPropertyOptional({ format: 'uuid', description: "The court file of this system the claim is made in (the court's award then reaches the claim)" })
  @MayBeOmitted()
  @Matches(CASE_ID_V4_OR_V5, { message: 'courtFileId must be a court file id (UUID v4 or v5)' })
  courtFileId?: string;
}

/** An amount in integer minor units of its currency, never converted. */
function AmountInMinorUnits(example: number): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ type: 'integer', minimum: 1, example, description: 'In minor units of the currency (250000 USD minor units = US$2,500.00)' }),
    IsInt(),
    Min(1),
    Max(MAX_MINOR_UNITS),
  );
}

/** The ISO 4217 code of an amount (whether it is one with a minor unit is the decider's). */
function CurrencyCode(): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ example: 'USD', description: 'ISO 4217 code with a minor unit; never converted' }),
    IsString(),
    Matches(CURRENCY_SHAPE, { message: 'currency must be an ISO 4217 code (three capital letters)' }),
  );
}

export class RecordCompensationAwardDto {
  @AmountInMinorUnits(250000)
  amount!: number;

  @CurrencyCode()
  currency!: string;

  @ApiProperty({ example: '2020-11-20' })
  @IsDomainDate()
  awardedOn!: string;
}

export class RecordCompensationReceivedDto {
  @AmountInMinorUnits(100000)
  amount!: number;

  @CurrencyCode()
  currency!: string;

  @ApiProperty({ example: '2020-12-15', description: 'A part or all of the award, in its currency; never more than is left' })
  @IsDomainDate()
  receivedOn!: string;
}

export class AssessFamilyDto {
  @ApiProperty({ example: '2020-08-10' })
  @IsDomainDate()
  assessedOn!: string;

  @ApiProperty({ enum: FAMILY_ASSESSMENT_OUTCOMES, example: 'suitable' })
  @IsIn(FAMILY_ASSESSMENT_OUTCOMES)
  outcome!: FamilyAssessmentOutcome;

  @organisation('dosvy-battambang', 'Who assessed the family; a partner worker: their own organisation')
  @IsIn(ORGANISATION_CODES)
  assessedBy!: string;
}

export class IntegratePersonDto {
  @organisation('dosvy-battambang', 'Who integrates the person: a department or a partner (a partner worker: their own); its follow-up schedule applies')
  @IsIn(ORGANISATION_CODES)
  integratedBy!: string;

  @ApiProperty({ example: '2020-09-01' })
  @IsDomainDate()
  integratedOn!: string;

  @ApiProperty({ enum: PROVINCE_CODES, example: 'battambang', description: 'Where the person now lives' })
  @IsIn(PROVINCE_CODES)
  province!: string;
}

export class RecordFollowUpVisitDto {
  @ApiProperty({ example: '2020-10-01' })
  @IsDomainDate()
  visitedOn!: string;

  @ApiProperty({ enum: FOLLOW_UP_OUTCOMES, example: 'stable' })
  @IsIn(FOLLOW_UP_OUTCOMES)
  outcome!: FollowUpOutcome;

  @organisation('dosvy-battambang', 'Who visited; a partner worker: their own organisation')
  @IsIn(ORGANISATION_CODES)
  visitedBy!: string;
}

export class CloseProtectionCaseDto {
  @ApiProperty({ example: '2021-09-15' })
  @IsDomainDate()
  closedOn!: string;

  @ApiProperty({ enum: CASE_CLOSURE_REASONS, example: 'follow_up_completed' })
  @IsIn(CASE_CLOSURE_REASONS)
  reason!: CaseClosureReason;
}

export class ReopenProtectionCaseDto {
  @ApiProperty({ example: '2021-10-01' })
  @IsDomainDate()
  reopenedOn!: string;

  @ApiProperty({ example: 'Family situation changed after the last visit', maxLength: 500, description: 'Why the case is reopened (one line)' })
  @IsString()
  @Length(1, 500)
  @SingleLine()
  justification!: string;
}

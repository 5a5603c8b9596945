import { ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { AGE_BANDS, EXPLOITATION_TYPES, OFFENCES, PROVINCES, RECORDED_AGE_BANDS, SEXES } from '@casetrail/kernel';
import { CLOSURE_REASONS, HAND_OVER_DESTINATIONS, POLICE_UNIT_TYPES, RELEASE_REASONS } from '@casetrail/enforcement-contracts';
import { ApiPersonalPart, type PersonalPartView } from '@casetrail/personal-data';
import { HistoryEntryDto } from '@casetrail/access-audit';
import { CASE_STATUSES } from './list-police-cases.query';

/*
 * The answers of the police-case reads, for the document: documentation only (never validated
 * against), written from what produces them: the summary projection (list), the case state
 * folded by the domain (`PoliceCaseState`, case view) and the audited record reader (history).
 */

const OFFENCE_CODES = OFFENCES.map((o) => o.code);
const PROVINCE_CODES = PROVINCES.map((p) => p.code);
/** Every status of the domain's case state (`PoliceCaseStatus`). */
const STATE_STATUSES = ['not_opened', ...CASE_STATUSES] as const;
const CASE_ID = '6f1c2b1e-8a53-4c39-9d55-0c1f5b7b2f10';
const PERSON_ID = 'b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f';

/** One row of the case list: no personal data. */
export class PoliceCaseSummaryDto {
  @ApiProperty({ format: 'uuid', example: CASE_ID })
  caseId!: string;
  @ApiProperty({ enum: PROVINCE_CODES, example: 'battambang' })
  province!: string;
  @ApiProperty({ example: 'police-battambang' })
  unitCode!: string;
  @ApiProperty({ enum: POLICE_UNIT_TYPES, example: 'provincial_police' })
  unitType!: string;
  @ApiProperty({ enum: CASE_STATUSES, example: 'forwarded' })
  status!: (typeof CASE_STATUSES)[number];
  @ApiProperty({ type: [String], enum: OFFENCE_CODES, example: ['trafficking_in_persons_with_purpose'] })
  offences!: string[];
  @ApiProperty({ enum: OFFENCE_CODES, example: 'trafficking_in_persons_with_purpose', description: 'The first offence' })
  principalOffence!: string;
  @ApiProperty({ format: 'date', example: '2020-03-14' })
  openedOn!: string;
  @ApiProperty({ type: 'integer', example: 2020, description: 'The year of openedOn' })
  year!: number;
  @ApiProperty({ type: String, nullable: true, example: 'BTB-2020-031' })
  reference!: string | null;
  @ApiProperty({ type: 'integer', minimum: 0, example: 2 })
  suspects!: number;
  @ApiProperty({ type: [String], format: 'uuid', example: [PERSON_ID], description: 'Pseudonymous ids of suspects arrested at least once' })
  arrestedSuspectIds!: string[];
  @ApiProperty({ type: 'integer', minimum: 0, example: 3 })
  victims!: number;
  @ApiProperty({ type: 'integer', minimum: 0, example: 3 })
  victimsHandedOver!: number;
  @ApiProperty({ type: 'integer', minimum: 0, example: 9 })
  revision!: number;
  @ApiProperty({ format: 'date-time', example: '2020-03-21T02:10:00.000Z' })
  lastChangedAt!: string;
}

export class PoliceCaseListPageDto {
  @ApiProperty({ type: [PoliceCaseSummaryDto] })
  items!: PoliceCaseSummaryDto[];
  @ApiProperty({ type: 'integer', minimum: 0, example: 1 })
  total!: number;
  @ApiProperty({ type: 'integer', minimum: 1, example: 1 })
  page!: number;
  @ApiProperty({ type: 'integer', minimum: 1, example: 50 })
  pageSize!: number;
}

export class PoliceUnitRefDto {
  @ApiProperty({ example: 'police-battambang' })
  code!: string;
  @ApiProperty({ enum: POLICE_UNIT_TYPES, example: 'provincial_police' })
  type!: string;
}

export class PoliceSuspectDto {
  @ApiProperty({ format: 'uuid', example: PERSON_ID })
  suspectId!: string;
  @ApiProperty({ enum: SEXES, example: 'M' })
  sex!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, example: null, description: 'Only when the personal data was opened for the reader' })
  birthDate!: string | null;
  @ApiProperty({ type: 'integer', nullable: true, example: 31 })
  ageAtIdentification!: number | null;
  @ApiProperty({ enum: AGE_BANDS, example: '18_plus' })
  ageBandAtIdentification!: string;
  @ApiProperty({ example: 'KHM', description: 'ISO 3166-1 alpha-3' })
  nationality!: string;
  @ApiProperty({ format: 'date', example: '2020-03-15' })
  identifiedOn!: string;
  @ApiProperty({ enum: ['identified', 'arrested', 'released'], example: 'arrested' })
  status!: 'identified' | 'arrested' | 'released';
  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2020-03-16', description: 'The latest arrest' })
  arrestedOn!: string | null;
  @ApiProperty({ enum: RECORDED_AGE_BANDS, nullable: true, example: '18_plus', description: 'Age band at the latest arrest' })
  ageBandAtArrest!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, example: null })
  releasedOn!: string | null;
  @ApiProperty({ enum: RELEASE_REASONS, nullable: true, example: null })
  releaseReason!: string | null;
  @ApiPersonalPart()
  personal!: PersonalPartView;
}

export class PoliceHandOverDto {
  @ApiProperty({ enum: HAND_OVER_DESTINATIONS, example: 'social_affairs' })
  destination!: string;
  @ApiProperty({ format: 'date', example: '2020-03-17' })
  handedOverOn!: string;
  @ApiProperty({ type: String, nullable: true, example: 'Battambang DoSVY' })
  organisation!: string | null;
}

export class PoliceVictimReferralDto {
  @ApiProperty({ format: 'date', example: '2020-03-04' })
  referredOn!: string;
  @ApiProperty({ example: 'poipet', description: 'The intake place (airport, checkpoint, embassy) the person was screened at' })
  screenedAt!: string;
}

export class PoliceVictimDto {
  @ApiProperty({ format: 'uuid', example: PERSON_ID })
  victimId!: string;
  @ApiProperty({ enum: SEXES, example: 'F' })
  sex!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, example: null, description: 'Only when the personal data was opened for the reader' })
  birthDate!: string | null;
  @ApiProperty({ type: 'integer', nullable: true, example: 14 })
  ageAtRescue!: number | null;
  @ApiProperty({ enum: AGE_BANDS, example: 'under_15' })
  ageBand!: string;
  @ApiProperty({ example: 'KHM', description: 'ISO 3166-1 alpha-3' })
  nationality!: string;
  @ApiProperty({ enum: EXPLOITATION_TYPES, example: 'sexual_exploitation' })
  exploitationType!: string;
  @ApiProperty({ format: 'date', example: '2020-03-15', description: 'The rescue; for a person referred by intake, the screening' })
  rescuedOn!: string;
  @ApiProperty({ type: PoliceVictimReferralDto, nullable: true, description: 'A person screened at a border or an embassy and referred to the police (not a rescue); null for a rescue' })
  referral!: PoliceVictimReferralDto | null;
  @ApiProperty({ type: PoliceHandOverDto, nullable: true })
  handedOver!: PoliceHandOverDto | null;
  @ApiPersonalPart()
  personal!: PersonalPartView;
}

/** The case as folded from its stream (`PoliceCaseState`). */
export class PoliceCaseStateDto {
  @ApiProperty({ enum: STATE_STATUSES, example: 'forwarded' })
  status!: (typeof STATE_STATUSES)[number];
  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: CASE_ID })
  caseId!: string | null;
  @ApiProperty({ type: PoliceUnitRefDto, nullable: true })
  unit!: PoliceUnitRefDto | null;
  @ApiProperty({ enum: PROVINCE_CODES, nullable: true, example: 'battambang' })
  province!: string | null;
  @ApiProperty({ type: [String], enum: OFFENCE_CODES, example: ['trafficking_in_persons_with_purpose'] })
  offences!: string[];
  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2020-03-14' })
  openedOn!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'BTB-2020-031' })
  reference!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: { $ref: getSchemaPath(PoliceSuspectDto) }, description: 'By suspect id' })
  suspects!: Record<string, PoliceSuspectDto>;
  @ApiProperty({ type: 'object', additionalProperties: { $ref: getSchemaPath(PoliceVictimDto) }, description: 'By victim id' })
  victims!: Record<string, PoliceVictimDto>;
  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2020-03-21' })
  forwardedOn!: string | null;
  @ApiProperty({ type: [String], format: 'uuid', example: [PERSON_ID] })
  forwardedSuspectIds!: string[];
  @ApiProperty({ type: String, nullable: true, example: 'court-battambang', description: 'The court the case was forwarded to' })
  court!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, example: null })
  closedOn!: string | null;
  @ApiProperty({ enum: CLOSURE_REASONS, nullable: true, example: null })
  closureReason!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, example: null })
  reopenedOn!: string | null;
}

export class PoliceCaseViewDto {
  @ApiProperty({ format: 'uuid', example: CASE_ID })
  caseId!: string;
  @ApiProperty({ type: 'integer', minimum: 0, example: 9, description: 'The revision of the case (0 when just opened); also the ETag' })
  revision!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null, description: 'The instant the view is as of; null for the current state' })
  asOf!: string | null;
  @ApiProperty({ type: PoliceCaseStateDto })
  state!: PoliceCaseStateDto;
}

export class PoliceCaseHistoryDto {
  @ApiProperty({ format: 'uuid', example: CASE_ID })
  caseId!: string;
  @ApiProperty({ type: [HistoryEntryDto], description: 'Events in stream order' })
  events!: HistoryEntryDto[];
}

import { ApiProperty } from '@nestjs/swagger';
import { AGE_BANDS, EXPLOITATION_TYPES, PROVINCES, SEXES } from '@casetrail/kernel';
import {
  CASE_CLOSURE_REASONS,
  CONSENT_GIVERS,
  FAMILY_ASSESSMENT_OUTCOMES,
  FOLLOW_UP_OUTCOMES,
  RECEPTION_CHANNELS,
  SERVICE_KINDS,
  SHARING_PURPOSES,
  SHELTER_DEPARTURE_REASONS,
} from '@casetrail/protection-contracts';
import { ApiPersonalPart, type PersonalPartView } from '@casetrail/personal-data';
import { HistoryEntryDto } from '@casetrail/access-audit';
import { ORGANISATION_CODES } from './organisation-codes';
import { CASE_STATUSES } from './protection-queries.dto';

/*
 * The answers of the protection-case reads, for the document: documentation only (never
 * validated against), written from what produces them: the summary projection (list, overdue
 * follow-ups), the case state folded by the domain (`ProtectionCaseState`) with its follow-ups
 * due (case view), the journey projection, and the audited record reader (history).
 */

const PROVINCE_CODES = PROVINCES.map((p) => p.code);
const PERSON_ID = 'c2e8a6b3-1d4f-4e2a-8b7c-6a5d4c3b2a10';
const STATE_STAGES = ['not_opened', ...CASE_STATUSES] as const;

const date = (example: string, extra: Record<string, unknown> = {}) => ApiProperty({ type: String, format: 'date', example, ...extra });
const nullableDate = (example: string | null, description?: string) => ApiProperty({ type: String, format: 'date', example, nullable: true, ...(description ? { description } : {}) });
const count = (example: number, description?: string) => ApiProperty({ type: 'integer', minimum: 0, example, ...(description ? { description } : {}) });
const organisation = (example: string, extra: Record<string, unknown> = {}) => ApiProperty({ enum: ORGANISATION_CODES, example, ...extra });
const nullableCode = (values: readonly string[], example: string | null) => ApiProperty({ enum: values, nullable: true, example });

export class FollowUpVisitDto {
  @ApiProperty({ type: 'integer', minimum: 1, example: 1 })
  visitNumber!: number;
  @date('2020-10-01')
  visitedOn!: string;
  @ApiProperty({ enum: FOLLOW_UP_OUTCOMES, example: 'stable' })
  outcome!: string;
  @organisation('dosvy-battambang')
  visitedBy!: string;
}

export class IntegrationSummaryDto {
  @organisation('dosvy-battambang')
  integratedBy!: string;
  @date('2020-09-01')
  integratedOn!: string;
  @ApiProperty({ enum: PROVINCE_CODES, example: 'battambang', description: 'Where the person lives since' })
  province!: string;
  @ApiProperty({ type: [Number], example: [1, 3, 6, 12], description: 'Months after the integration at which visits fall due' })
  followUpScheduleMonths!: number[];
  @ApiProperty({ example: 'social-worker-7', description: 'The user responsible for the visits' })
  followUpWorker!: string;
  @ApiProperty({ type: [FollowUpVisitDto] })
  visits!: FollowUpVisitDto[];
}

/** One row of the protection-case list: the pseudonymous person id, no personal data. */
export class ProtectionCaseSummaryDto {
  @ApiProperty({ format: 'uuid', example: PERSON_ID, description: 'The person id (the case id)' })
  personId!: string;
  @ApiProperty({ enum: PROVINCE_CODES, example: 'battambang' })
  province!: string;
  @ApiProperty({ enum: CASE_STATUSES, example: 'open' })
  status!: string;
  @nullableCode(['open', 'integrated'], null)
  statusBeforeClosing!: string | null;
  @ApiProperty({ enum: RECEPTION_CHANNELS, example: 'police_hand_over' })
  channel!: string;
  @date('2020-05-04')
  receivedOn!: string;
  @ApiProperty({ type: 'integer', example: 2020 })
  year!: number;
  @organisation('dosvy-battambang')
  receivedBy!: string;
  @ApiProperty({ type: String, nullable: true, example: null })
  entryPoint!: string | null;
  @ApiProperty({ type: String, nullable: true, example: null })
  countryReturnedFrom!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: null })
  policeCaseId!: string | null;
  @ApiProperty({ enum: SEXES, example: 'F' })
  sex!: string;
  @ApiProperty({ enum: AGE_BANDS, example: '15_17' })
  ageBand!: string;
  @ApiProperty({ enum: EXPLOITATION_TYPES, example: 'sexual' })
  exploitationType!: string;
  @ApiProperty({ type: [String], enum: ORGANISATION_CODES, example: ['ngo-aple'] })
  referredTo!: string[];
  @ApiProperty({ example: true })
  consentRecorded!: boolean;
  @ApiProperty({ enum: ORGANISATION_CODES, nullable: true, example: null, description: 'The organisation whose shelter the person is in now' })
  inShelter!: string | null;
  @count(1)
  shelterAdmissions!: number;
  @count(2)
  services!: number;
  @count(1)
  claims!: number;
  @count(1)
  awards!: number;
  @nullableCode(FAMILY_ASSESSMENT_OUTCOMES, 'suitable')
  familyAssessment!: string | null;
  @ApiProperty({ type: IntegrationSummaryDto, nullable: true })
  integration!: IntegrationSummaryDto | null;
  @nullableDate(null)
  closedOn!: string | null;
  @nullableCode(CASE_CLOSURE_REASONS, null)
  closureReason!: string | null;
  @count(5)
  revision!: number;
  @ApiProperty({ format: 'date-time', example: '2020-09-01T02:10:00.000Z' })
  lastChangedAt!: string;
}

export class ProtectionCasePageDto {
  @ApiProperty({ type: [ProtectionCaseSummaryDto] })
  items!: ProtectionCaseSummaryDto[];
  @count(1)
  total!: number;
  @ApiProperty({ type: 'integer', minimum: 1, example: 1 })
  page!: number;
  @ApiProperty({ type: 'integer', minimum: 1, example: 50 })
  pageSize!: number;
}

export class ProtectedPersonDto {
  @ApiProperty({ format: 'uuid', example: PERSON_ID })
  personId!: string;
  @ApiProperty({ enum: SEXES, example: 'F' })
  sex!: string;
  @ApiProperty({ example: 'KHM' })
  nationality!: string;
  @ApiProperty({ type: 'integer', nullable: true, example: 16 })
  ageInYears!: number | null;
  @ApiProperty({ enum: AGE_BANDS, example: '15_17' })
  ageBand!: string;
  @date('2020-05-01')
  ageBandOn!: string;
  @nullableDate(null, 'Only for readers who see the personal data')
  birthDate!: string | null;
  @ApiPersonalPart()
  personal!: PersonalPartView;
}

export class ConsentToShareViewDto {
  @organisation('ngo-aple')
  organisation!: string;
  @ApiProperty({ type: [String], enum: SHARING_PURPOSES, example: ['shelter'] })
  purposes!: string[];
}

export class ConsentViewDto {
  @ApiProperty({ enum: CONSENT_GIVERS, example: 'guardian' })
  givenBy!: string;
  @date('2020-05-06')
  recordedOn!: string;
  @ApiProperty({ type: [ConsentToShareViewDto] })
  sharing!: ConsentToShareViewDto[];
}

export class ShelterStayDto {
  @organisation('ngo-aple')
  shelter!: string;
  @ApiProperty({ enum: PROVINCE_CODES, example: 'battambang' })
  shelterProvince!: string;
  @date('2020-05-07')
  admittedOn!: string;
  @organisation('dosvy-battambang')
  sentBy!: string;
  @nullableDate(null)
  departedOn!: string | null;
  @nullableCode(SHELTER_DEPARTURE_REASONS, null)
  departureReason!: string | null;
}

export class ServiceViewDto {
  @ApiProperty({ enum: SERVICE_KINDS, example: 'psychosocial' })
  service!: string;
  @organisation('ngo-aple')
  organisation!: string;
  @date('2020-05-20')
  deliveredOn!: string;
}

/** The case as folded by the domain (`ProtectionCaseState`); personal data inside `person.personal` by role and consent. */
export class ProtectionCaseStateDto {
  @ApiProperty({ enum: STATE_STAGES, example: 'open' })
  stage!: string;
  @ApiProperty({ enum: PROVINCE_CODES, example: 'battambang' })
  province!: string;
  @date('2020-05-04')
  receivedOn!: string;
  @ApiProperty({ enum: RECEPTION_CHANNELS, example: 'police_hand_over' })
  channel!: string;
  @organisation('dosvy-battambang')
  receivedBy!: string;
  @ApiProperty({ type: ProtectedPersonDto })
  person!: ProtectedPersonDto;
  @ApiProperty({ type: ConsentViewDto, nullable: true })
  consent!: ConsentViewDto | null;
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true }, description: 'Referrals in order: organisation, referredOn, purpose' })
  referrals!: object[];
  @ApiProperty({ type: [ShelterStayDto] })
  shelterStays!: ShelterStayDto[];
  @ApiProperty({ type: [ServiceViewDto] })
  services!: ServiceViewDto[];
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Claims by claim id: supporting organisation, filing, award (amount in minor units, currency, source), receipts and the sum received' })
  claims!: Record<string, unknown>;
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true }, description: 'Family assessments in order: assessedOn, outcome, assessedBy' })
  familyAssessments!: object[];
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true }, description: 'Integrations in order, each with its schedule and visits' })
  integrations!: object[];
}

export class FollowUpDueDto {
  @ApiProperty({ type: 'integer', minimum: 1, example: 2 })
  visitNumber!: number;
  @ApiProperty({ type: 'integer', minimum: 1, example: 3 })
  monthsAfterIntegration!: number;
  @date('2020-12-01')
  dueOn!: string;
  @date('2020-09-01')
  integratedOn!: string;
  @organisation('dosvy-battambang')
  integratedBy!: string;
  @ApiProperty({ enum: PROVINCE_CODES, example: 'battambang', description: 'Where the person lives since the integration' })
  province!: string;
  @ApiProperty({ example: 'social-worker-7' })
  followUpWorker!: string;
  @nullableDate(null)
  visitedOn!: string | null;
  @ApiProperty({ example: true, description: 'Not made, and due before today in Cambodia' })
  overdue!: boolean;
}

export class CaseFollowUpsDto {
  @date('2021-01-10', { description: 'The date (in Cambodia) the visits are counted at' })
  on!: string;
  @ApiProperty({ type: [FollowUpDueDto] })
  visits!: FollowUpDueDto[];
}

export class ProtectionCaseViewDto {
  @ApiProperty({ format: 'uuid', example: PERSON_ID })
  personId!: string;
  @count(7)
  revision!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null })
  asOf!: string | null;
  @ApiProperty({ type: ProtectionCaseStateDto })
  state!: ProtectionCaseStateDto;
  @ApiProperty({ type: CaseFollowUpsDto })
  followUps!: CaseFollowUpsDto;
}

export class ProtectionCaseHistoryDto {
  @ApiProperty({ format: 'uuid', example: PERSON_ID })
  personId!: string;
  @ApiProperty({ type: [HistoryEntryDto], description: 'Events in stream order' })
  events!: HistoryEntryDto[];
}

export class JourneyStepDto {
  @ApiProperty({ format: 'uuid', example: PERSON_ID })
  personId!: string;
  @date('2020-05-01')
  on!: string;
  @ApiProperty({ enum: ['enforcement', 'court', 'protection'], example: 'enforcement' })
  context!: string;
  @ApiProperty({ example: '6f1c2b1e-8a53-4c39-9d55-0c1f5b7b2f10', description: 'The police case, court file or protection case' })
  recordId!: string;
  @ApiProperty({
    example: 'rescued',
    description:
      'rescued, referred_to_police, handed_over, case_forwarded_to_prosecutor, court_file_opened, added_to_court_file, verdict_delivered, compensation_awarded_by_court, ' +
      'received_by_social_affairs, consent_recorded, referred, shelter_admitted, shelter_departed, service_delivered, compensation_claim_filed, ' +
      'compensation_awarded, compensation_received, family_assessed, integrated, follow_up_visit, case_closed, case_reopened',
  })
  step!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, example: { exploitationType: 'sexual' }, description: 'Codes and amounts that say what the step was; never a name' })
  details!: Record<string, unknown>;
  @count(0)
  revision!: number;
}

export class JourneyDto {
  @ApiProperty({ format: 'uuid', example: PERSON_ID })
  personId!: string;
  @ApiProperty({ enum: PROVINCE_CODES, example: 'battambang' })
  province!: string;
  @ApiProperty({ type: [JourneyStepDto] })
  steps!: JourneyStepDto[];
}

export class OverdueFollowUpDto extends FollowUpDueDto {
  @ApiProperty({ format: 'uuid', example: PERSON_ID })
  personId!: string;
  @ApiProperty({ enum: PROVINCE_CODES, example: 'battambang', description: "The case's province" })
  caseProvince!: string;
  @ApiProperty({ type: 'integer', minimum: 1, example: 12 })
  daysOverdue!: number;
}

export class OverdueCountDto {
  @ApiProperty({ example: 'social-worker-7' })
  worker!: string;
  @ApiProperty({ enum: PROVINCE_CODES, example: 'battambang' })
  province!: string;
  @count(1)
  overdue!: number;
}

export class OverdueFollowUpListDto {
  @date('2021-01-10')
  on!: string;
  @ApiProperty({ type: [OverdueFollowUpDto] })
  items!: OverdueFollowUpDto[];
  @count(1)
  total!: number;
  @ApiProperty({ type: 'integer', minimum: 1, example: 1 })
  page!: number;
  @ApiProperty({ type: 'integer', minimum: 1, example: 50 })
  pageSize!: number;
  @ApiProperty({ type: [OverdueCountDto], description: 'Per worker and province (where the person lives)' })
  workers!: OverdueCountDto[];
}

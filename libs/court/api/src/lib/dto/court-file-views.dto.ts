import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { EXPLOITATION_TYPES, PROVINCES, RECORDED_AGE_BANDS, SEXES } from '@casetrail/kernel';
import {
  APPEAL_DECISIONS,
  APPELLANTS,
  CLOSING_ORDER_OUTCOMES,
  CUSTODY_STATUSES,
  DETENTION_END_REASONS,
  OFFENCE_CLASSES,
  PROSECUTION_ACTIONS,
  RETENTION_REASONS,
  TRIAL_ROUTES,
  VERDICT_OUTCOMES,
} from '@casetrail/court-contracts';
import { ApiPersonalPart, type PersonalPartView } from '@casetrail/personal-data';
import { HistoryEntryDto } from '@casetrail/access-audit';
import { COURT_CODES, OFFENCE_CODES } from './open-court-file.dto';
import { FILE_STAGES } from './court-queries.dto';

/*
 * The answers of the court-file reads, for the document: documentation only (never validated
 * against), written from what produces them: the summary projection (list, deadlines, the police
 * view of an outcome), the file state folded by the domain (`CourtFileState`) with its legal
 * deadlines (file view), and the audited record reader (history).
 */

const PROVINCE_CODES = PROVINCES.map((p) => p.code);
/** Every stage of the domain's file state (`CourtFileStage`). */
const STATE_STAGES = ['not_opened', ...FILE_STAGES] as const;
const FILE_ID = '3f5e9c1a-7b2d-4e8f-9a6c-1d2e3f4a5b6c';
const PERSON_ID = 'b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f';

const date = (example: string | null, extra: Record<string, unknown> = {}) => ApiProperty({ type: String, format: 'date', example, ...extra });
const nullableDate = (example: string | null, description?: string) => date(example, { nullable: true, ...(description ? { description } : {}) });
const count = (example: number, description?: string) => ApiProperty({ type: 'integer', minimum: 0, example, ...(description ? { description } : {}) });

export class ProsecutionDecisionDto {
  @ApiProperty({ enum: PROSECUTION_ACTIONS, example: 'submitted_for_investigation' })
  action!: string;
  @date('2020-03-18')
  decidedOn!: string;
  @ApiProperty({ enum: RETENTION_REASONS, nullable: true, example: null })
  reason!: string | null;
  @ApiProperty({ enum: TRIAL_ROUTES, nullable: true, example: null })
  trialRoute!: string | null;
  @nullableDate(null, 'The appearance, for a trial by immediate appearance')
  appearedOn!: string | null;
}

export class ClosingOrderDto {
  @ApiProperty({ enum: CLOSING_ORDER_OUTCOMES, example: 'sent_to_trial' })
  outcome!: string;
  @date('2020-10-05')
  issuedOn!: string;
}

export class VerdictOutcomeDto {
  @ApiProperty({ format: 'uuid', example: PERSON_ID, description: 'Pseudonymous id of the accused' })
  personId!: string;
  @ApiProperty({ enum: VERDICT_OUTCOMES, example: 'imprisonment' })
  outcome!: string;
  @date('2020-11-20')
  deliveredOn!: string;
}

export class DetentionExtensionDto {
  @date('2020-09-01')
  extendedOn!: string;
  @ApiProperty({ type: 'integer', minimum: 1, example: 6 })
  months!: number;
}

/** A detention in force on a list row, its deadline counted at today. */
export class DetentionInForceDto {
  @ApiProperty({ format: 'uuid', example: PERSON_ID })
  personId!: string;
  @date('2020-03-19')
  orderedOn!: string;
  @ApiProperty({ enum: OFFENCE_CLASSES, example: 'felony' })
  offenceClass!: string;
  @ApiProperty({ example: 'pretrial-adult-felony' })
  limitId!: string;
  @ApiProperty({ type: [DetentionExtensionDto] })
  extensions!: DetentionExtensionDto[];
  @nullableDate('2020-09-19', 'Null when the detention was ordered after today')
  limitDate!: string | null;
  @ApiProperty({ type: 'integer', nullable: true, example: 12, description: 'Negative once past the limit' })
  daysLeft!: number | null;
  @ApiProperty({ example: false })
  pastLimit!: boolean;
}

/** One row of the court-file list: pseudonymous ids, no personal data. */
export class CourtFileSummaryDto {
  @ApiProperty({ format: 'uuid', example: FILE_ID })
  fileId!: string;
  @ApiProperty({ enum: COURT_CODES, example: 'court-battambang' })
  court!: string;
  @ApiProperty({ enum: PROVINCE_CODES, example: 'battambang' })
  province!: string;
  @ApiProperty({ enum: FILE_STAGES, example: 'investigation' })
  stage!: (typeof FILE_STAGES)[number];
  @ApiProperty({ enum: ['police', 'direct'], example: 'direct' })
  origin!: 'police' | 'direct';
  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: null, description: 'The police case the file came from, or null for a file opened directly' })
  policeCaseId!: string | null;
  @date('2020-03-14')
  openedOn!: string;
  @ApiProperty({ type: 'integer', example: 2020, description: 'The year of openedOn (in Cambodia)' })
  year!: number;
  @ApiProperty({ type: String, nullable: true, example: 'BTB-CR-2020-031', description: "The court's own file reference, or null" })
  reference!: string | null;
  @ApiProperty({ type: String, nullable: true, example: null, description: 'The police unit that forwarded the case, or null for a file opened directly' })
  forwardingUnit!: string | null;
  @ApiProperty({ type: [String], enum: OFFENCE_CODES, example: ['trafficking_in_persons_with_purpose'] })
  offences!: string[];
  @ApiProperty({ enum: OFFENCE_CODES, example: 'trafficking_in_persons_with_purpose' })
  principalOffence!: string;
  @count(1)
  accused!: number;
  @count(1)
  victims!: number;
  @count(1, 'Accused charged with at least one offence')
  charged!: number;
  @ApiProperty({ type: [String], format: 'uuid', example: [PERSON_ID] })
  chargedPersonIds!: string[];
  @ApiProperty({ type: ProsecutionDecisionDto, nullable: true })
  prosecutionDecision!: ProsecutionDecisionDto | null;
  @ApiProperty({ type: ClosingOrderDto, nullable: true })
  closingOrder!: ClosingOrderDto | null;
  @ApiProperty({ type: [VerdictOutcomeDto] })
  verdicts!: VerdictOutcomeDto[];
  @ApiProperty({ type: [DetentionInForceDto] })
  detentionsInForce!: DetentionInForceDto[];
  @count(0)
  appeals!: number;
  @count(0)
  compensationAwards!: number;
  @count(5)
  revision!: number;
  @ApiProperty({ format: 'date-time', example: '2020-03-19T02:10:00.000Z' })
  lastChangedAt!: string;
}

export class CourtFilePageDto {
  @ApiProperty({ type: [CourtFileSummaryDto] })
  items!: CourtFileSummaryDto[];
  @count(1)
  total!: number;
  @ApiProperty({ type: 'integer', minimum: 1, example: 1 })
  page!: number;
  @ApiProperty({ type: 'integer', minimum: 1, example: 50 })
  pageSize!: number;
}

export class CourtChargeDto {
  @ApiProperty({ type: [String], enum: OFFENCE_CODES, example: ['trafficking_in_persons_with_purpose'] })
  offences!: string[];
  @date('2020-03-17')
  chargedOn!: string;
  @ApiProperty({ enum: ['prosecutor', 'investigating_judge'], example: 'prosecutor' })
  chargedBy!: 'prosecutor' | 'investigating_judge';
  @ApiProperty({ enum: SEXES, example: 'M' })
  sex!: string;
  @ApiProperty({ enum: RECORDED_AGE_BANDS, example: '18_plus' })
  ageBand!: string;
}

export class CourtDetentionDto {
  @date('2020-03-19')
  orderedOn!: string;
  @ApiProperty({ enum: OFFENCE_CLASSES, example: 'felony' })
  offenceClass!: string;
  @ApiProperty({ example: 'pretrial-adult-felony' })
  limitId!: string;
  @ApiProperty({ enum: SEXES, example: 'M' })
  sex!: string;
  @ApiProperty({ enum: RECORDED_AGE_BANDS, example: '18_plus' })
  ageBand!: string;
  @ApiProperty({ type: [DetentionExtensionDto] })
  extensions!: DetentionExtensionDto[];
  @nullableDate(null)
  endedOn!: string | null;
  @ApiProperty({ enum: DETENTION_END_REASONS, nullable: true, example: null })
  endReason!: string | null;
}

export class MoneyAmountDto {
  @ApiProperty({ type: 'integer', minimum: 0, example: 500000, description: 'In minor units of the currency' })
  amount!: number;
  @ApiProperty({ example: 'KHR', description: 'ISO 4217' })
  currency!: string;
}

export class CourtVerdictDto {
  @ApiProperty({ enum: VERDICT_OUTCOMES, example: 'imprisonment' })
  outcome!: string;
  @date('2020-11-20')
  deliveredOn!: string;
  @ApiProperty({ type: 'integer', nullable: true, example: 60 })
  termMonths!: number | null;
  @ApiProperty({ enum: CUSTODY_STATUSES, nullable: true, example: 'in_custody' })
  custody!: string | null;
  @ApiProperty({ type: MoneyAmountDto, nullable: true })
  fine!: MoneyAmountDto | null;
  @ApiProperty({ enum: SEXES, example: 'M' })
  sex!: string;
  @ApiProperty({ enum: RECORDED_AGE_BANDS, example: '18_plus' })
  ageBand!: string;
}

/** What every person of a file has (`PersonRecord`). */
class CourtPersonDto {
  @ApiProperty({ format: 'uuid', example: PERSON_ID })
  personId!: string;
  @ApiProperty({ enum: SEXES, example: 'M' })
  sex!: string;
  @ApiProperty({ example: 'KHM', description: 'ISO 3166-1 alpha-3' })
  nationality!: string;
  @ApiProperty({ enum: RECORDED_AGE_BANDS, example: '18_plus' })
  ageBand!: string;
  @date('2020-03-16', { description: 'The date the age band is known at' })
  ageBandOn!: string;
  @ApiProperty({ type: 'integer', nullable: true, example: 31 })
  ageInYears!: number | null;
  @nullableDate(null, 'Only when the personal data was opened for the reader')
  birthDate!: string | null;
  @ApiPersonalPart()
  personal!: PersonalPartView;
  @date('2020-03-21', { description: 'The date the person entered the file' })
  enteredOn!: string;
  @ApiProperty({ enum: ['police', 'court'], example: 'police' })
  source!: 'police' | 'court';
}

export class CourtAccusedDto extends CourtPersonDto {
  @nullableDate('2020-03-16', 'Police arrest date, for accused forwarded by the police')
  arrestedOn!: string | null;
  @ApiProperty({ type: [CourtChargeDto] })
  charges!: CourtChargeDto[];
  @ApiProperty({ type: [CourtDetentionDto], description: 'Every pre-trial detention in order; the last is current while it has no end' })
  detentions!: CourtDetentionDto[];
  @nullableDate(null, 'The judicial supervision order in force')
  supervisedSince!: string | null;
  @ApiProperty({ type: [CourtVerdictDto] })
  verdicts!: CourtVerdictDto[];
}

export class CourtVictimDto extends CourtPersonDto {
  @ApiProperty({ enum: EXPLOITATION_TYPES, example: 'sexual_exploitation' })
  exploitationType!: string;
}

export class PoliceOriginDto {
  @ApiProperty({ enum: ['police'], example: 'police' })
  kind!: 'police';
  @ApiProperty({ format: 'uuid', example: FILE_ID })
  policeCaseId!: string;
  @ApiProperty({ example: 'police-battambang' })
  forwardingUnit!: string;
  @date('2020-03-21')
  forwardedOn!: string;
}

export class DirectOriginDto {
  @ApiProperty({ enum: ['direct'], example: 'direct' })
  kind!: 'direct';
  @ApiProperty({ type: String, nullable: true, example: 'BTB-CR-2020-031' })
  reference!: string | null;
}

export class StageEntriesDto {
  @nullableDate('2020-03-14')
  prosecution!: string | null;
  @nullableDate('2020-03-18')
  investigation!: string | null;
  @nullableDate(null)
  trial!: string | null;
}

export class CompensationDto {
  @ApiProperty({ format: 'uuid', example: PERSON_ID })
  victimId!: string;
  @ApiProperty({ type: 'integer', minimum: 0, example: 2000000, description: 'In minor units of the currency' })
  amount!: number;
  @ApiProperty({ example: 'KHR', description: 'ISO 4217' })
  currency!: string;
  @date('2020-11-20')
  awardedOn!: string;
}

export class AppealDto {
  @ApiProperty({ type: 'integer', minimum: 1, example: 1 })
  appealNumber!: number;
  @ApiProperty({ enum: APPELLANTS, example: 'accused' })
  appellant!: string;
  @date('2020-12-01')
  lodgedOn!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: PERSON_ID })
  personId!: string | null;
  @ApiProperty({ enum: APPEAL_DECISIONS, nullable: true, example: null })
  decision!: string | null;
  @nullableDate(null)
  decidedOn!: string | null;
}

/** The file as folded from its stream (`CourtFileState`). */
@ApiExtraModels(PoliceOriginDto, DirectOriginDto, CourtAccusedDto, CourtVictimDto)
export class CourtFileStateDto {
  @ApiProperty({ enum: STATE_STAGES, example: 'investigation' })
  stage!: (typeof STATE_STAGES)[number];
  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: FILE_ID })
  fileId!: string | null;
  @ApiProperty({ enum: COURT_CODES, nullable: true, example: 'court-battambang' })
  court!: string | null;
  @ApiProperty({ enum: PROVINCE_CODES, nullable: true, example: 'battambang' })
  province!: string | null;
  @ApiProperty({ oneOf: [{ $ref: getSchemaPath(PoliceOriginDto) }, { $ref: getSchemaPath(DirectOriginDto) }], nullable: true, description: 'Received from the police, or opened directly' })
  origin!: PoliceOriginDto | DirectOriginDto | null;
  @ApiProperty({ type: [String], enum: OFFENCE_CODES, example: ['trafficking_in_persons_with_purpose'], description: 'Opening offences first (the first is the principal offence), then offences first charged later' })
  offences!: string[];
  @nullableDate('2020-03-14')
  openedOn!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: { $ref: getSchemaPath(CourtAccusedDto) }, description: 'By person id' })
  accused!: Record<string, CourtAccusedDto>;
  @ApiProperty({ type: 'object', additionalProperties: { $ref: getSchemaPath(CourtVictimDto) }, description: 'By person id' })
  victims!: Record<string, CourtVictimDto>;
  @ApiProperty({ type: ProsecutionDecisionDto, nullable: true })
  prosecutionDecision!: ProsecutionDecisionDto | null;
  @ApiProperty({ type: ClosingOrderDto, nullable: true })
  closingOrder!: ClosingOrderDto | null;
  @ApiProperty({ type: StageEntriesDto, description: 'When the file entered each stage' })
  entered!: StageEntriesDto;
  @nullableDate(null, 'When the file was retained without processing or dismissed')
  closedOn!: string | null;
  @ApiProperty({ type: [CompensationDto] })
  compensation!: CompensationDto[];
  @ApiProperty({ type: [AppealDto] })
  appeals!: AppealDto[];
}

/** A detention in force with its legal deadline (`DetentionDeadline`). */
export class DetentionDeadlineDto {
  @ApiProperty({ format: 'uuid', example: PERSON_ID })
  personId!: string;
  @date('2020-03-19')
  orderedOn!: string;
  @ApiProperty({ enum: OFFENCE_CLASSES, example: 'felony' })
  offenceClass!: string;
  @ApiProperty({ example: 'pretrial-adult-felony' })
  limitId!: string;
  @ApiProperty({ example: 'Art. 208', description: 'The article of the Code the limit comes from' })
  article!: string;
  @ApiProperty({ example: false, description: "Whether the limit's numbers were verified" })
  verified!: boolean;
  @count(0)
  extensionsGranted!: number;
  @count(2)
  extensionsAllowed!: number;
  @date('2020-09-19', { description: 'When the detention runs out with the extensions granted so far' })
  limitDate!: string;
  @date('2021-09-19', { description: 'When it would run out with every extension the law allows' })
  maximumLimitDate!: string;
  @ApiProperty({ type: 'integer', example: 9, description: 'Negative once past the limit' })
  daysLeft!: number;
  @ApiProperty({ example: false })
  pastLimit!: boolean;
}

/** Art. 304: judgment within two weeks of an immediate appearance (`JudgmentDeadline`). */
export class JudgmentDeadlineDto {
  @ApiProperty({ example: 'Art. 304' })
  article!: string;
  @ApiProperty({ example: false })
  verified!: boolean;
  @date('2020-03-20')
  appearedOn!: string;
  @date('2020-04-03')
  dueBy!: string;
  @ApiProperty({ type: 'integer', example: 5 })
  daysLeft!: number;
  @ApiProperty({ example: false, description: 'Every charged accused has a final first-instance verdict' })
  judged!: boolean;
  @ApiProperty({ example: false })
  pastLimit!: boolean;
}

export class FileDeadlinesDto {
  @date('2020-09-10', { description: 'The date (in Cambodia) the deadlines are counted at: today, or the date of asOf' })
  on!: string;
  @ApiProperty({ type: [DetentionDeadlineDto] })
  detentions!: DetentionDeadlineDto[];
  @ApiProperty({ type: JudgmentDeadlineDto, nullable: true })
  immediateAppearanceJudgment!: JudgmentDeadlineDto | null;
}

export class CourtFileViewDto {
  @ApiProperty({ format: 'uuid', example: FILE_ID })
  fileId!: string;
  @ApiProperty({ type: 'integer', minimum: 0, example: 5, description: 'The revision of the file; also the ETag' })
  revision!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null, description: 'The instant the view is as of; null for the current state' })
  asOf!: string | null;
  @ApiProperty({ type: CourtFileStateDto })
  state!: CourtFileStateDto;
  @ApiProperty({ type: FileDeadlinesDto })
  deadlines!: FileDeadlinesDto;
}

export class CourtFileHistoryDto {
  @ApiProperty({ format: 'uuid', example: FILE_ID })
  fileId!: string;
  @ApiProperty({ type: [HistoryEntryDto], description: 'Events in stream order' })
  events!: HistoryEntryDto[];
}

export class DetentionDeadlineItemDto extends DetentionDeadlineDto {
  @ApiProperty({ format: 'uuid', example: FILE_ID })
  fileId!: string;
  @ApiProperty({ enum: COURT_CODES, example: 'court-battambang' })
  court!: string;
  @ApiProperty({ enum: PROVINCE_CODES, example: 'battambang' })
  province!: string;
}

export class CourtDeadlineCountDto {
  @ApiProperty({ enum: COURT_CODES, example: 'court-battambang' })
  court!: string;
  @ApiProperty({ enum: PROVINCE_CODES, example: 'battambang' })
  province!: string;
  @count(1)
  detentions!: number;
  @count(0)
  pastLimit!: number;
}

export class DetentionDeadlineListDto {
  @date('2020-09-10', { description: 'Today in Cambodia' })
  on!: string;
  @ApiProperty({ type: 'integer', minimum: 0, example: 30 })
  withinDays!: number;
  @ApiProperty({ type: [DetentionDeadlineItemDto], description: 'Sorted by limit date' })
  items!: DetentionDeadlineItemDto[];
  @ApiProperty({ type: [CourtDeadlineCountDto] })
  courts!: CourtDeadlineCountDto[];
}

export class OutcomeProsecutionDecisionDto {
  @ApiProperty({ enum: PROSECUTION_ACTIONS, example: 'submitted_for_investigation' })
  action!: string;
  @date('2020-03-25')
  decidedOn!: string;
}

/** What the police may know of a case they forwarded. */
export class PoliceCaseOutcomeDto {
  @ApiProperty({ format: 'uuid', example: FILE_ID })
  policeCaseId!: string;
  @ApiProperty({ enum: [true], example: true })
  hasCourtFile!: true;
  @ApiProperty({ format: 'uuid', example: FILE_ID })
  fileId!: string;
  @ApiProperty({ enum: COURT_CODES, example: 'court-battambang' })
  court!: string;
  @ApiProperty({ enum: PROVINCE_CODES, example: 'battambang' })
  province!: string;
  @date('2020-03-21')
  receivedOn!: string;
  @ApiProperty({ enum: FILE_STAGES, example: 'trial' })
  stage!: (typeof FILE_STAGES)[number];
  @count(1)
  accused!: number;
  @count(1)
  charged!: number;
  @ApiProperty({ type: [String], format: 'uuid', example: [PERSON_ID] })
  chargedPersonIds!: string[];
  @ApiProperty({ type: OutcomeProsecutionDecisionDto, nullable: true })
  prosecutionDecision!: OutcomeProsecutionDecisionDto | null;
  @ApiProperty({ type: ClosingOrderDto, nullable: true })
  closingOrder!: ClosingOrderDto | null;
  @ApiProperty({ type: [VerdictOutcomeDto] })
  verdicts!: VerdictOutcomeDto[];
}

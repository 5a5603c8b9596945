import { ApiProperty } from '@nestjs/swagger';
import { AGE_BANDS, EXPLOITATION_TYPES, SEXES } from '@casetrail/kernel';
import { BODY_BROUGHT_BY, BODY_CAUSES, REFERRAL_DESTINATIONS, RETURNED_BY, RETURN_REASONS, SCREENING_OUTCOMES } from '@casetrail/intake-contracts';
import { ApiPersonalPart, type PersonalPartView } from '@casetrail/personal-data';
import { HistoryEntryDto } from '@casetrail/access-audit';
import { COUNTRY_CODES, ORGANISATION_CODES, PLACE_CODES, POLICE_UNIT_CODES, PROVINCE_CODES, UNIT_CODES } from './intake-codes';
import { RECEPTION_LIST_STATUSES } from './intake-queries.dto';
import { PersonCountsDto } from './reception.dto';

/*
 * The answers of the intake reads, for the document: documentation only (never validated
 * against), written from what produces them: the summary projections (lists), the states folded
 * by the domain (`ReceptionState`, `ScreenedPersonState`, `ReturnedBodyState`: views) and the
 * audited record reader (a screened person's history).
 */

const RECEPTION_ID = '2b1c0f4e-8a6d-5e3f-9c2b-7d4e6f8a1b30';
const PERSON_ID = '7f3a2c1d-4b5e-5f60-8a7b-9c0d1e2f3a4b';
const BODY_ID = '4c5d6e7f-8091-5a2b-8c3d-4e5f60718293';

const date = (example: string, extra: Record<string, unknown> = {}) => ApiProperty({ type: String, format: 'date', example, ...extra });
const count = (example: number, description?: string) => ApiProperty({ type: 'integer', minimum: 0, example, ...(description ? { description } : {}) });
const nullable = (values: readonly string[], example: string | null, description?: string) =>
  ApiProperty({ enum: values, nullable: true, example, ...(description ? { description } : {}) });
const revisionAndTime = () => ApiProperty({ format: 'date-time', example: '2020-04-02T03:10:00.000Z' });

class PageFieldsDto {
  @count(1)
  total!: number;
  @ApiProperty({ type: 'integer', minimum: 1, example: 1 })
  page!: number;
  @ApiProperty({ type: 'integer', minimum: 1, example: 50 })
  pageSize!: number;
}

/** The figures of a reception as they stand. */
export class ReceptionFiguresViewDto {
  @ApiProperty({ enum: PLACE_CODES, example: 'poipet' })
  place!: string;
  @ApiProperty({ enum: PROVINCE_CODES, example: 'banteay-meanchey', description: "The place's province (the reception's scope)" })
  province!: string;
  @date('2020-04-02')
  receivedOn!: string;
  @ApiProperty({ enum: UNIT_CODES, example: 'police-commissariat-banteay-meanchey' })
  receivedBy!: string;
  @ApiProperty({ enum: RETURNED_BY, example: 'foreign_authorities' })
  returnedBy!: string;
  @ApiProperty({ enum: COUNTRY_CODES, example: 'THA' })
  countryReturnedFrom!: string;
  @ApiProperty({ enum: RETURN_REASONS, example: 'illegal_work' })
  reason!: string;
  @ApiProperty({ type: PersonCountsDto })
  counts!: PersonCountsDto;
}

export class ReceptionSummaryDto extends ReceptionFiguresViewDto {
  @ApiProperty({ format: 'uuid', example: RECEPTION_ID })
  receptionId!: string;
  @ApiProperty({ example: '2020-0412' })
  reference!: string;
  @ApiProperty({ type: 'integer', example: 2020 })
  year!: number;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 12, example: 4 })
  month!: number;
  @count(215, 'Men, women, boys and girls together')
  persons!: number;
  @ApiProperty({ enum: RECEPTION_LIST_STATUSES, example: 'recorded' })
  status!: string;
  @count(0)
  corrections!: number;
  @count(0)
  revision!: number;
  @revisionAndTime()
  lastChangedAt!: string;
}

export class ReceptionPageDto extends PageFieldsDto {
  @ApiProperty({ type: [ReceptionSummaryDto] })
  items!: ReceptionSummaryDto[];
}

export class CorrectionViewDto {
  @date('2020-04-10')
  correctedOn!: string;
  @ApiProperty({ example: 'Two girls were counted as women' })
  justification!: string;
}

export class WithdrawalViewDto {
  @date('2020-04-10')
  withdrawnOn!: string;
  @ApiProperty({ example: 'Entered twice' })
  justification!: string;
}

export class ReceptionStateDto {
  @ApiProperty({ enum: ['not_recorded', 'recorded', 'withdrawn'], example: 'recorded' })
  status!: string;
  @ApiProperty({ format: 'uuid', example: RECEPTION_ID })
  receptionId!: string;
  @ApiProperty({ example: '2020-0412' })
  reference!: string;
  @ApiProperty({ type: ReceptionFiguresViewDto, description: 'As they stand: the latest correction, else as recorded' })
  figures!: ReceptionFiguresViewDto;
  @ApiProperty({ type: ReceptionFiguresViewDto, description: 'As first recorded' })
  recordedFigures!: ReceptionFiguresViewDto;
  @ApiProperty({ type: [CorrectionViewDto] })
  corrections!: CorrectionViewDto[];
  @ApiProperty({ type: WithdrawalViewDto, nullable: true })
  withdrawal!: WithdrawalViewDto | null;
}

export class ReceptionViewDto {
  @ApiProperty({ format: 'uuid', example: RECEPTION_ID })
  receptionId!: string;
  @count(1)
  revision!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null })
  asOf!: string | null;
  @ApiProperty({ type: ReceptionStateDto })
  state!: ReceptionStateDto;
}

export class ReceptionHistoryDto {
  @ApiProperty({ format: 'uuid', example: RECEPTION_ID })
  receptionId!: string;
  @ApiProperty({ type: [HistoryEntryDto], description: 'Events in stream order' })
  events!: HistoryEntryDto[];
}

/** The figures of a returned body as they stand. */
export class BodyFiguresViewDto {
  @ApiProperty({ enum: PLACE_CODES, example: 'poipet' })
  place!: string;
  @ApiProperty({ enum: PROVINCE_CODES, example: 'banteay-meanchey' })
  province!: string;
  @date('2020-06-11')
  receivedOn!: string;
  @ApiProperty({ enum: UNIT_CODES, example: 'border-liaison-office' })
  receivedBy!: string;
  @ApiProperty({ enum: BODY_BROUGHT_BY, example: 'foreign_authorities' })
  broughtBy!: string;
  @ApiProperty({ enum: COUNTRY_CODES, example: 'THA' })
  countryOfDeath!: string;
  @ApiProperty({ enum: SEXES, example: 'M' })
  sex!: string;
  @ApiProperty({ enum: BODY_CAUSES, example: 'disease' })
  cause!: string;
}

export class BodySummaryDto extends BodyFiguresViewDto {
  @ApiProperty({ format: 'uuid', example: BODY_ID })
  bodyId!: string;
  @ApiProperty({ example: '2020-B-031' })
  reference!: string;
  @ApiProperty({ type: 'integer', example: 2020 })
  year!: number;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 12, example: 6 })
  month!: number;
  @count(0)
  corrections!: number;
  @count(0)
  revision!: number;
  @revisionAndTime()
  lastChangedAt!: string;
}

export class BodyPageDto extends PageFieldsDto {
  @ApiProperty({ type: [BodySummaryDto] })
  items!: BodySummaryDto[];
}

export class BodyStateDto {
  @ApiProperty({ example: true })
  received!: boolean;
  @ApiProperty({ format: 'uuid', example: BODY_ID })
  bodyId!: string;
  @ApiProperty({ example: '2020-B-031' })
  reference!: string;
  @ApiProperty({ type: BodyFiguresViewDto })
  figures!: BodyFiguresViewDto;
  @ApiProperty({ type: BodyFiguresViewDto })
  recordedFigures!: BodyFiguresViewDto;
  @ApiProperty({ type: [CorrectionViewDto] })
  corrections!: CorrectionViewDto[];
}

export class BodyViewDto {
  @ApiProperty({ format: 'uuid', example: BODY_ID })
  bodyId!: string;
  @count(0)
  revision!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null })
  asOf!: string | null;
  @ApiProperty({ type: BodyStateDto })
  state!: BodyStateDto;
}

export class BodyHistoryDto {
  @ApiProperty({ format: 'uuid', example: BODY_ID })
  bodyId!: string;
  @ApiProperty({ type: [HistoryEntryDto], description: 'Events in stream order' })
  events!: HistoryEntryDto[];
}

/** A referral as the lists show it. */
export class ReferralRowDto {
  @ApiProperty({ enum: REFERRAL_DESTINATIONS, example: 'partner_organisation' })
  destination!: string;
  @date('2020-04-03')
  referredOn!: string;
  @nullable(ORGANISATION_CODES, 'ngo-ijm')
  organisation!: string | null;
  @nullable(POLICE_UNIT_CODES, null)
  policeUnit!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: null })
  policeCaseId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: null })
  suspectedOffence!: string | null;
  @ApiProperty({ enum: PROVINCE_CODES, example: 'banteay-meanchey', description: "The province the referral goes to: the unit's or department's, else the screening's" })
  province!: string;
  @ApiProperty({ enum: SCREENING_OUTCOMES, example: 'suspected_victim', description: 'The outcome at the referral' })
  outcome!: string;
  @ApiProperty({ enum: EXPLOITATION_TYPES, example: 'labour' })
  exploitationType!: string;
}

/** One row of the screened-person list: the pseudonymous person id, no personal data. */
export class ScreenedPersonSummaryDto {
  @ApiProperty({ format: 'uuid', example: PERSON_ID })
  personId!: string;
  @ApiProperty({ example: '2020-S-0107' })
  reference!: string;
  @ApiProperty({ format: 'uuid', example: RECEPTION_ID })
  receptionId!: string;
  @ApiProperty({ enum: PLACE_CODES, example: 'poipet' })
  place!: string;
  @ApiProperty({ enum: PROVINCE_CODES, example: 'banteay-meanchey' })
  province!: string;
  @date('2020-04-02')
  screenedOn!: string;
  @ApiProperty({ type: 'integer', example: 2020 })
  year!: number;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 12, example: 4 })
  month!: number;
  @ApiProperty({ enum: UNIT_CODES, example: 'border-liaison-office' })
  screenedBy!: string;
  @ApiProperty({ enum: SCREENING_OUTCOMES, example: 'suspected_victim', description: 'As it stands, after revisions' })
  outcome!: string;
  @nullable(EXPLOITATION_TYPES, 'labour')
  exploitationIndicated!: string | null;
  @ApiProperty({ enum: SEXES, example: 'F' })
  sex!: string;
  @ApiProperty({ enum: AGE_BANDS, example: '15_17' })
  ageBand!: string;
  @ApiProperty({ enum: COUNTRY_CODES, example: 'KHM' })
  nationality!: string;
  @ApiProperty({ enum: COUNTRY_CODES, example: 'THA' })
  countryReturnedFrom!: string;
  @count(0)
  revisions!: number;
  @ApiProperty({ type: [ReferralRowDto] })
  referrals!: ReferralRowDto[];
  @ApiProperty({ type: [String], enum: ORGANISATION_CODES, example: ['ngo-ijm'] })
  referredTo!: string[];
  @count(1)
  revision!: number;
  @revisionAndTime()
  lastChangedAt!: string;
}

export class ScreenedPersonPageDto extends PageFieldsDto {
  @ApiProperty({ type: [ScreenedPersonSummaryDto] })
  items!: ScreenedPersonSummaryDto[];
}

export class ScreeningViewDto {
  @ApiProperty({ format: 'uuid', example: PERSON_ID })
  personId!: string;
  @ApiProperty({ example: '2020-S-0107' })
  reference!: string;
  @ApiProperty({ format: 'uuid', example: RECEPTION_ID })
  receptionId!: string;
  @ApiProperty({ enum: PLACE_CODES, example: 'poipet' })
  place!: string;
  @ApiProperty({ enum: PROVINCE_CODES, example: 'banteay-meanchey' })
  province!: string;
  @date('2020-04-02')
  screenedOn!: string;
  @ApiProperty({ enum: UNIT_CODES, example: 'border-liaison-office' })
  screenedBy!: string;
  @ApiProperty({ enum: SCREENING_OUTCOMES, example: 'suspected_victim', description: 'As first screened' })
  outcome!: string;
  @ApiProperty({ enum: EXPLOITATION_TYPES, required: false, example: 'labour' })
  exploitationIndicated?: string;
  @ApiProperty({ enum: SEXES, example: 'F' })
  sex!: string;
  @ApiProperty({ enum: COUNTRY_CODES, example: 'KHM' })
  nationality!: string;
  @ApiProperty({ enum: COUNTRY_CODES, example: 'THA' })
  countryReturnedFrom!: string;
  @ApiProperty({ type: 'integer', required: false, example: 17 })
  ageInYears?: number;
  @ApiProperty({ enum: AGE_BANDS, example: '15_17' })
  ageBand!: string;
  @date('2020-04-02')
  ageBandOn!: string;
  @ApiPersonalPart()
  personal!: PersonalPartView;
}

export class RevisionViewDto {
  @ApiProperty({ enum: SCREENING_OUTCOMES, example: 'person_at_risk' })
  outcome!: string;
  @ApiProperty({ enum: EXPLOITATION_TYPES, required: false, example: 'at_risk' })
  exploitationIndicated?: string;
  @date('2020-04-09')
  revisedOn!: string;
  @ApiProperty({ example: 'A second interview with an interpreter' })
  justification!: string;
}

export class ScreenedReferralViewDto {
  @ApiProperty({ enum: REFERRAL_DESTINATIONS, example: 'partner_organisation' })
  destination!: string;
  @date('2020-04-03')
  referredOn!: string;
  @ApiProperty({ enum: ORGANISATION_CODES, required: false, example: 'ngo-ijm' })
  organisation?: string;
  @ApiProperty({ enum: POLICE_UNIT_CODES, required: false })
  policeUnit?: string;
  @ApiProperty({ format: 'uuid', required: false })
  policeCaseId?: string;
  @ApiProperty({ required: false })
  suspectedOffence?: string;
  @ApiProperty({ enum: PROVINCE_CODES, example: 'banteay-meanchey' })
  province!: string;
}

export class ScreenedPersonStateDto {
  @ApiProperty({ type: ScreeningViewDto, description: 'The screening as recorded' })
  screening!: ScreeningViewDto;
  @ApiProperty({ enum: SCREENING_OUTCOMES, example: 'suspected_victim', description: 'The latest outcome, after revisions' })
  outcome!: string;
  @nullable(EXPLOITATION_TYPES, 'labour')
  exploitationIndicated!: string | null;
  @ApiProperty({ type: [RevisionViewDto] })
  revisions!: RevisionViewDto[];
  @ApiProperty({ type: [ScreenedReferralViewDto] })
  referrals!: ScreenedReferralViewDto[];
}

export class ScreenedPersonViewDto {
  @ApiProperty({ format: 'uuid', example: PERSON_ID })
  personId!: string;
  @count(1)
  revision!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null })
  asOf!: string | null;
  @ApiProperty({ type: ScreenedPersonStateDto })
  state!: ScreenedPersonStateDto;
}

export class ScreenedPersonHistoryDto {
  @ApiProperty({ format: 'uuid', example: PERSON_ID })
  personId!: string;
  @ApiProperty({ type: [HistoryEntryDto], description: 'Events in stream order' })
  events!: HistoryEntryDto[];
}

export class ReferralListItemDto extends ReferralRowDto {
  @ApiProperty({ format: 'uuid', example: PERSON_ID })
  personId!: string;
  @ApiProperty({ enum: PLACE_CODES, example: 'poipet' })
  place!: string;
  @date('2020-04-02')
  screenedOn!: string;
  @ApiProperty({ enum: PROVINCE_CODES, example: 'banteay-meanchey' })
  screeningProvince!: string;
  @ApiProperty({ enum: SEXES, example: 'F' })
  sex!: string;
  @ApiProperty({ enum: AGE_BANDS, example: '15_17' })
  ageBand!: string;
  @ApiProperty({ enum: COUNTRY_CODES, example: 'KHM' })
  nationality!: string;
  @ApiProperty({ enum: COUNTRY_CODES, example: 'THA' })
  countryReturnedFrom!: string;
}

export class ReferralPageDto extends PageFieldsDto {
  @ApiProperty({ type: [ReferralListItemDto] })
  items!: ReferralListItemDto[];
}

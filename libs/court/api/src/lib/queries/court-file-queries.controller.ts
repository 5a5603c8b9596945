import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { AllowRoles, CurrentUser, Problem, CorrelationId, uuidParam as uuid, type AuthenticatedUser } from '@casetrail/platform-nest';
import { ApiAccessPurposeHeader, PURPOSE_HEADER, readRequestOf, RouteTemplate } from '@casetrail/access-audit';
import { DetentionDeadlinesQuery, FileAsOfQuery, ListCourtFilesQuery } from '../dto/court-queries.dto';
import { CourtFileHistoryDto, CourtFilePageDto, CourtFileViewDto, DetentionDeadlineListDto, PoliceCaseOutcomeDto } from '../dto/court-file-views.dto';
import { CourtFileQueriesService } from './court-file-queries.service';

const PURPOSE_HEADER_DOC = ApiAccessPurposeHeader('file', 'Preparing the hearing');
const RECORDED_NOTE =
  'Prosecutors and judges see names and birth dates; every such read is recorded (audit.PersonalDataAccessed) before ' +
  'the answer is sent. Auditors see { restricted: true }, which is not recorded.';

@ApiTags('court: files')
@ApiBadRequestResponse({ type: Problem })
@ApiUnauthorizedResponse({ type: Problem })
@ApiForbiddenResponse({ type: Problem })
@AllowRoles('prosecutor', 'judge', 'auditor')
@Controller('api/court')
export class CourtFileQueriesController {
  constructor(private readonly queries: CourtFileQueriesService) {}

  @Get('files')
  @ApiOperation({ summary: 'List court files in your scope (filter by court, province, stage, forwarding unit, principal offence, year opened; search by reference)' })
  @ApiOkResponse({
    type: CourtFilePageDto,
    description: 'A page of file summaries (pseudonymous ids, no personal data); detention deadlines counted at today in Cambodia',
    example: {
      items: [
        {
          fileId: '3f5e9c1a-7b2d-4e8f-9a6c-1d2e3f4a5b6c', court: 'court-battambang', province: 'battambang', stage: 'investigation', origin: 'direct', policeCaseId: null,
          openedOn: '2020-03-14', year: 2020, reference: 'BTB-CR-2020-031', forwardingUnit: null, offences: ['trafficking_in_persons_with_purpose'], principalOffence: 'trafficking_in_persons_with_purpose', accused: 1, victims: 1, charged: 1, chargedPersonIds: ['b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f'],
          prosecutionDecision: { action: 'submitted_for_investigation', decidedOn: '2020-03-18', reason: null, trialRoute: null, appearedOn: null }, closingOrder: null, verdicts: [],
          detentionsInForce: [{ personId: 'b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f', orderedOn: '2020-03-19', offenceClass: 'felony', limitId: 'pretrial-adult-felony', extensions: [], limitDate: '2020-09-19', daysLeft: 12, pastLimit: false }],
          appeals: 0, compensationAwards: 0, revision: 5, lastChangedAt: '2020-03-19T02:10:00.000Z',
        },
      ],
      total: 1, page: 1, pageSize: 50,
    },
  })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListCourtFilesQuery) {
    return this.queries.list(user, query);
  }

  @Get('files/:fileId')
  @ApiOperation({ summary: "A file's current state, or its state as of an instant (?asOf=), with its legal deadlines", description: RECORDED_NOTE })
  @PURPOSE_HEADER_DOC
  @ApiOkResponse({ type: CourtFileViewDto, description: 'The file state with its revision (also in ETag) and deadlines' })
  @ApiNotFoundResponse({ type: Problem, description: 'No such file in your scope (or not yet opened at asOf)' })
  @ApiServiceUnavailableResponse({ type: Problem, description: 'The access could not be recorded, so nothing is disclosed' })
  @ApiParam({ name: 'fileId', format: 'uuid' })
  async get(
    @Param('fileId', uuid) fileId: string,
    @Query() query: FileAsOfQuery,
    @CurrentUser() user: AuthenticatedUser,
    @RouteTemplate() route: string,
    @CorrelationId() correlationId: string,
    @Headers(PURPOSE_HEADER) purpose: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const view = await this.queries.get(user, fileId, readRequestOf(route, correlationId, purpose), query.asOf);
    res.setHeader('ETag', `"${view.revision}"`);
    return view;
  }

  @Get('files/:fileId/history')
  @ApiOperation({ summary: "The file's history: every event with its actor, times and what changed", description: RECORDED_NOTE })
  @PURPOSE_HEADER_DOC
  @ApiOkResponse({ type: CourtFileHistoryDto, description: 'Events in stream order' })
  @ApiNotFoundResponse({ type: Problem })
  @ApiServiceUnavailableResponse({ type: Problem, description: 'The access could not be recorded, so nothing is disclosed' })
  @ApiParam({ name: 'fileId', format: 'uuid' })
  history(
    @Param('fileId', uuid) fileId: string,
    @CurrentUser() user: AuthenticatedUser,
    @RouteTemplate() route: string,
    @CorrelationId() correlationId: string,
    @Headers(PURPOSE_HEADER) purpose: string | undefined,
  ) {
    return this.queries.history(user, fileId, readRequestOf(route, correlationId, purpose));
  }

  @Get('detentions/deadlines')
  @ApiOperation({ summary: 'Pre-trial detentions in force reaching their legal limit within N days, per court, sorted by limit date; those past the limit flagged' })
  @ApiOkResponse({
    type: DetentionDeadlineListDto,
    description: 'Pseudonymous ids only; counted at today in Cambodia',
    example: {
      on: '2020-09-10', withinDays: 30,
      items: [{ fileId: '3f5e9c1a-7b2d-4e8f-9a6c-1d2e3f4a5b6c', court: 'court-battambang', province: 'battambang', personId: 'b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f', orderedOn: '2020-03-19', offenceClass: 'felony', limitId: 'pretrial-adult-felony', article: 'Art. 208', verified: false, extensionsGranted: 0, extensionsAllowed: 2, limitDate: '2020-09-19', maximumLimitDate: '2021-09-19', daysLeft: 9, pastLimit: false }],
      courts: [{ court: 'court-battambang', province: 'battambang', detentions: 1, pastLimit: 0 }],
    },
  })
  deadlines(@CurrentUser() user: AuthenticatedUser, @Query() query: DetentionDeadlinesQuery) {
    return this.queries.detentionDeadlines(user, query);
  }
}

@ApiTags('court: police view')
@ApiBadRequestResponse({ type: Problem })
@ApiUnauthorizedResponse({ type: Problem })
@ApiForbiddenResponse({ type: Problem })
@AllowRoles('police')
@Controller('api/court/police-cases')
export class PoliceCaseOutcomeController {
  constructor(private readonly queries: CourtFileQueriesService) {}

  @Get(':caseId/outcome')
  @ApiOperation({ summary: 'What became of a case the police forwarded: its court file, stage, charges, decisions and verdict outcomes (no personal data)' })
  @ApiOkResponse({
    type: PoliceCaseOutcomeDto,
    description: 'Counts, decisions and outcomes per accused by pseudonymous person id',
    example: {
      policeCaseId: '6f1c2b1e-8a53-4c39-9d55-0c1f5b7b2f10', hasCourtFile: true, fileId: '6f1c2b1e-8a53-4c39-9d55-0c1f5b7b2f10', court: 'court-battambang', province: 'battambang',
      receivedOn: '2020-03-21', stage: 'trial', accused: 1, charged: 1, chargedPersonIds: ['b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f'],
      prosecutionDecision: { action: 'submitted_for_investigation', decidedOn: '2020-03-25' }, closingOrder: { outcome: 'sent_to_trial', issuedOn: '2020-10-05' },
      verdicts: [{ personId: 'b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f', outcome: 'imprisonment', deliveredOn: '2020-11-20' }],
    },
  })
  @ApiNotFoundResponse({ type: Problem, description: 'No court file holds the case, or it is outside your provinces' })
  @ApiParam({ name: 'caseId', format: 'uuid' })
  outcome(@Param('caseId', uuid) caseId: string, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.policeCaseOutcome(user, caseId);
  }
}

import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiParam,
  ApiExtraModels,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { AllowRoles, CurrentUser, Problem, CorrelationId, uuidParam as uuid, type AuthenticatedUser } from '@casetrail/platform-nest';
import { ApiAccessPurposeHeader, PURPOSE_HEADER, readRequestOf, RouteTemplate } from '@casetrail/access-audit';
import { CaseAsOfQuery, ListPoliceCasesQuery } from '../dto/list-police-cases.query';
import { PoliceCaseHistoryDto, PoliceCaseListPageDto, PoliceCaseViewDto, PoliceSuspectDto, PoliceVictimDto } from '../dto/police-case-views.dto';
import { PoliceCaseQueriesService } from './police-case-queries.service';

const PURPOSE_HEADER_DOC = ApiAccessPurposeHeader('case', 'Preparing the case file for prosecution');
const RECORDED_NOTE =
  'Police and prosecutors see names and birth dates; every such read is recorded (audit.PersonalDataAccessed) before ' +
  'the answer is sent. Other roles see { restricted: true }, which is not recorded.';

@ApiTags('enforcement: police cases')
@ApiBadRequestResponse({ type: Problem })
@ApiUnauthorizedResponse({ type: Problem })
@ApiForbiddenResponse({ type: Problem })
@AllowRoles('police', 'prosecutor', 'auditor', 'admin')
@ApiExtraModels(PoliceSuspectDto, PoliceVictimDto)
@Controller('api/enforcement/cases')
export class PoliceCaseQueriesController {
  constructor(private readonly queries: PoliceCaseQueriesService) {}

  @Get()
  @ApiOperation({ summary: 'List police cases in your scope (filter by province, unit, status, principal offence, year opened; search by reference)' })
  @ApiOkResponse({
    type: PoliceCaseListPageDto,
    description: 'A page of case summaries (no personal data)',
    example: { items: [{ caseId: '6f1c2b1e-8a53-4c39-9d55-0c1f5b7b2f10', province: 'battambang', unitCode: 'police-battambang', unitType: 'provincial_police', status: 'forwarded', offences: ['trafficking_in_persons_with_purpose'], principalOffence: 'trafficking_in_persons_with_purpose', openedOn: '2020-03-14', year: 2020, reference: 'BTB-2020-031', suspects: 2, arrestedSuspectIds: ['b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f'], victims: 3, victimsHandedOver: 3, revision: 9, lastChangedAt: '2020-03-21T02:10:00.000Z' }], total: 1, page: 1, pageSize: 50 },
  })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListPoliceCasesQuery) {
    return this.queries.list(user, query);
  }

  @Get(':caseId')
  @ApiOperation({ summary: "A case's current state, or its state as of an instant (?asOf=)", description: RECORDED_NOTE })
  @PURPOSE_HEADER_DOC
  @ApiOkResponse({ type: PoliceCaseViewDto, description: 'The case state with its revision (also in ETag)' })
  @ApiNotFoundResponse({ type: Problem, description: 'No such case in your scope (or not yet opened at asOf)' })
  @ApiServiceUnavailableResponse({ type: Problem, description: 'The access could not be recorded, so nothing is disclosed' })
  @ApiParam({ name: 'caseId', format: 'uuid' })
  async get(
    @Param('caseId', uuid) caseId: string,
    @Query() query: CaseAsOfQuery,
    @CurrentUser() user: AuthenticatedUser,
    @RouteTemplate() route: string,
    @CorrelationId() correlationId: string,
    @Headers(PURPOSE_HEADER) purpose: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const view = await this.queries.get(user, caseId, readRequestOf(route, correlationId, purpose), query.asOf);
    res.setHeader('ETag', `"${view.revision}"`);
    return view;
  }

  @Get(':caseId/history')
  @ApiOperation({ summary: "The case's history: every event with its actor, times and what changed", description: RECORDED_NOTE })
  @PURPOSE_HEADER_DOC
  @ApiOkResponse({ type: PoliceCaseHistoryDto, description: 'Events in stream order' })
  @ApiNotFoundResponse({ type: Problem })
  @ApiServiceUnavailableResponse({ type: Problem, description: 'The access could not be recorded, so nothing is disclosed' })
  @ApiParam({ name: 'caseId', format: 'uuid' })
  async history(
    @Param('caseId', uuid) caseId: string,
    @CurrentUser() user: AuthenticatedUser,
    @RouteTemplate() route: string,
    @CorrelationId() correlationId: string,
    @Headers(PURPOSE_HEADER) purpose: string | undefined,
  ) {
    return this.queries.history(user, caseId, readRequestOf(route, correlationId, purpose));
  }
}

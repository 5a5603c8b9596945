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
import { CaseAsOfQuery, ListProtectionCasesQuery, OverdueFollowUpsQuery } from '../dto/protection-queries.dto';
import { JourneyDto, OverdueFollowUpListDto, ProtectionCaseHistoryDto, ProtectionCasePageDto, ProtectionCaseViewDto } from '../dto/protection-case-views.dto';
import { ProtectionCaseQueriesService } from './protection-case-queries.service';

const PURPOSE_HEADER_DOC = ApiAccessPurposeHeader('case', 'Planning the family visit');
const RECORDED_NOTE =
  'Social workers see the name and birth date; partner workers only for a case referred to their organisation and when the ' +
  "person's consent shares with it; every such read is recorded (audit.PersonalDataAccessed) before the answer is sent. " +
  'Others see { restricted: true }, which is not recorded.';
const READERS = ['social_worker', 'partner_worker', 'auditor'] as const;

@ApiTags('protection: cases')
@ApiBadRequestResponse({ type: Problem })
@ApiUnauthorizedResponse({ type: Problem })
@ApiForbiddenResponse({ type: Problem })
@Controller('api/protection')
export class ProtectionCaseQueriesController {
  constructor(private readonly queries: ProtectionCaseQueriesService) {}

  @Get('cases')
  @AllowRoles(...READERS)
  @ApiOperation({ summary: 'List protection cases in your scope (your provinces; for a partner worker, the cases referred to your organisation): filter by province, status, channel, year received, organisation' })
  @ApiOkResponse({ type: ProtectionCasePageDto, description: 'A page of case summaries (pseudonymous person ids, no personal data)' })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListProtectionCasesQuery) {
    return this.queries.list(user, query);
  }

  @Get('cases/:personId')
  @AllowRoles(...READERS)
  @ApiOperation({ summary: "A case's current state, or its state as of an instant (?asOf=), with its follow-up visits", description: RECORDED_NOTE })
  @PURPOSE_HEADER_DOC
  @ApiOkResponse({ type: ProtectionCaseViewDto, description: 'The case state with its revision (also in ETag)' })
  @ApiNotFoundResponse({ type: Problem, description: 'No such case in your scope (or not yet opened at asOf)' })
  @ApiServiceUnavailableResponse({ type: Problem, description: 'The access could not be recorded, so nothing is disclosed' })
  @ApiParam({ name: 'personId', format: 'uuid' })
  async get(
    @Param('personId', uuid) personId: string,
    @Query() query: CaseAsOfQuery,
    @CurrentUser() user: AuthenticatedUser,
    @RouteTemplate() route: string,
    @CorrelationId() correlationId: string,
    @Headers(PURPOSE_HEADER) purpose: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const view = await this.queries.get(user, personId, readRequestOf(route, correlationId, purpose), query.asOf);
    res.setHeader('ETag', `"${view.revision}"`);
    return view;
  }

  @Get('cases/:personId/history')
  @AllowRoles(...READERS)
  @ApiOperation({ summary: "The case's history: every event with its actor, times and what changed", description: RECORDED_NOTE })
  @PURPOSE_HEADER_DOC
  @ApiOkResponse({ type: ProtectionCaseHistoryDto, description: 'Events in stream order' })
  @ApiNotFoundResponse({ type: Problem })
  @ApiServiceUnavailableResponse({ type: Problem, description: 'The access could not be recorded, so nothing is disclosed' })
  @ApiParam({ name: 'personId', format: 'uuid' })
  history(
    @Param('personId', uuid) personId: string,
    @CurrentUser() user: AuthenticatedUser,
    @RouteTemplate() route: string,
    @CorrelationId() correlationId: string,
    @Headers(PURPOSE_HEADER) purpose: string | undefined,
  ) {
    return this.queries.history(user, personId, readRequestOf(route, correlationId, purpose));
  }

  @Get('cases/:personId/journey')
  @AllowRoles('social_worker', 'auditor')
  @ApiOperation({ summary: "The person's journey across contexts: rescue, hand-over, court, shelter, compensation, integration, follow-ups (codes and pseudonymous ids only)" })
  @ApiOkResponse({ type: JourneyDto, description: 'Steps in the order they happened' })
  @ApiNotFoundResponse({ type: Problem, description: 'No protection case for this person in your scope' })
  @ApiParam({ name: 'personId', format: 'uuid' })
  journey(@Param('personId', uuid) personId: string, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.journey(user, personId);
  }

  @Get('follow-ups/overdue')
  @AllowRoles('social_worker', 'partner_worker')
  @ApiOperation({ summary: 'Follow-up visits fallen due and not made, by today in Cambodia, oldest first; counts per worker and province (where the person lives)' })
  @ApiOkResponse({ type: OverdueFollowUpListDto, description: 'Pseudonymous person ids only' })
  overdue(@CurrentUser() user: AuthenticatedUser, @Query() query: OverdueFollowUpsQuery) {
    return this.queries.overdueFollowUps(user, query);
  }
}

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
import { AllowRoles, CorrelationId, CurrentUser, Problem, uuidParam as uuid, type AuthenticatedUser } from '@casetrail/platform-nest';
import { ApiAccessPurposeHeader, PURPOSE_HEADER, readRequestOf, RouteTemplate } from '@casetrail/access-audit';
import { ListReferralsQuery, ListScreeningsQuery, RecordAsOfQuery } from '../dto/intake-queries.dto';
import { ReferralPageDto, ScreenedPersonHistoryDto, ScreenedPersonPageDto, ScreenedPersonViewDto } from '../dto/intake-views.dto';
import { REFERRAL_READERS, SCREENED_PERSON_READERS } from '../intake-roles';
import { ScreenedPersonQueriesService } from './screened-person-queries.service';

const PURPOSE_HEADER_DOC = ApiAccessPurposeHeader('screened person', 'Preparing the referral to the provincial department');
const RECORDED_NOTE =
  'Border officials, the police and social workers of the province see the name and birth date, and partner workers of a person referred ' +
  'to their organisation; every such read is recorded (audit.PersonalDataAccessed) before the answer is sent. Auditors and statisticians ' +
  'see { restricted: true }, which is not recorded.';

@ApiTags('intake: screenings')
@ApiBadRequestResponse({ type: Problem })
@ApiUnauthorizedResponse({ type: Problem })
@ApiForbiddenResponse({ type: Problem })
@Controller('api/intake')
export class ScreenedPersonQueriesController {
  constructor(private readonly queries: ScreenedPersonQueriesService) {}

  @Get('screenings')
  @AllowRoles(...SCREENED_PERSON_READERS)
  @ApiOperation({ summary: 'List screened persons in your scope (your provinces; for a partner worker, the persons referred to your organisation): filter by year, month, province, place, outcome' })
  @ApiOkResponse({ type: ScreenedPersonPageDto, description: 'A page of screenings (pseudonymous person ids, no personal data)' })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListScreeningsQuery) {
    return this.queries.list(user, query);
  }

  @Get('screenings/:personId')
  @AllowRoles(...SCREENED_PERSON_READERS)
  @ApiOperation({ summary: "A screened person's record now, or as of an instant (?asOf=): the screening, revisions and referrals", description: RECORDED_NOTE })
  @PURPOSE_HEADER_DOC
  @ApiOkResponse({ type: ScreenedPersonViewDto, description: 'The record with its revision (also in ETag)' })
  @ApiNotFoundResponse({ type: Problem, description: 'No such screened person in your scope (or not yet screened at asOf)' })
  @ApiServiceUnavailableResponse({ type: Problem, description: 'The access could not be recorded, so nothing is disclosed' })
  @ApiParam({ name: 'personId', format: 'uuid' })
  async get(
    @Param('personId', uuid) personId: string,
    @Query() query: RecordAsOfQuery,
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

  @Get('screenings/:personId/history')
  @AllowRoles(...SCREENED_PERSON_READERS)
  @ApiOperation({ summary: "The screened person's history: every event with its actor, times and what changed", description: RECORDED_NOTE })
  @PURPOSE_HEADER_DOC
  @ApiOkResponse({ type: ScreenedPersonHistoryDto, description: 'Events in stream order' })
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

  @Get('referrals')
  @AllowRoles(...REFERRAL_READERS)
  @ApiOperation({
    summary: 'Referrals addressed to you, most recent first',
    description:
      'The police see referrals to the police of their provinces, social workers those to social affairs of their provinces, partner workers those to their organisation; ' +
      'border officials and auditors every referral of the persons screened in their provinces. `destination` narrows the list (another role\'s destination: an empty list).',
  })
  @ApiOkResponse({ type: ReferralPageDto, description: 'Pseudonymous person ids only' })
  referrals(@CurrentUser() user: AuthenticatedUser, @Query() query: ListReferralsQuery) {
    return this.queries.referrals(user, query);
  }
}

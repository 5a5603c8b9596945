import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { AllowRoles, CurrentUser, Problem, uuidParam as uuid, type AuthenticatedUser } from '@casetrail/platform-nest';
import { ListBodiesQuery, ListReceptionsQuery, RecordAsOfQuery } from '../dto/intake-queries.dto';
import { BodyHistoryDto, BodyPageDto, BodyViewDto, ReceptionHistoryDto, ReceptionPageDto, ReceptionViewDto } from '../dto/intake-views.dto';
import { INTAKE_READERS } from '../intake-roles';
import { IntakeRecordQueriesService } from './intake-record-queries.service';

/*
 * The reads of receptions and returned bodies. They hold no personal data: nothing is recorded in
 * the access audit, and every reader of intake sees them whole within their provinces.
 */

@ApiTags('intake: receptions')
@ApiBadRequestResponse({ type: Problem })
@ApiUnauthorizedResponse({ type: Problem })
@ApiForbiddenResponse({ type: Problem })
@Controller('api/intake/receptions')
export class ReceptionQueriesController {
  constructor(private readonly queries: IntakeRecordQueriesService) {}

  @Get()
  @AllowRoles(...INTAKE_READERS)
  @ApiOperation({ summary: 'List receptions in your provinces, most recent first: filter by year, month, province, place, receiving unit, status' })
  @ApiOkResponse({ type: ReceptionPageDto, description: 'A page of receptions with their figures as they stand (the latest correction)' })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListReceptionsQuery) {
    return this.queries.listReceptions(user, query);
  }

  @Get(':receptionId')
  @AllowRoles(...INTAKE_READERS)
  @ApiOperation({ summary: "A reception's figures now, or as the system knew them at an instant (?asOf=), with its corrections and withdrawal" })
  @ApiOkResponse({ type: ReceptionViewDto, description: 'The reception with its revision (also in ETag)' })
  @ApiNotFoundResponse({ type: Problem, description: 'No such reception in your scope (or not yet recorded at asOf)' })
  @ApiParam({ name: 'receptionId', format: 'uuid' })
  async get(@Param('receptionId', uuid) receptionId: string, @Query() query: RecordAsOfQuery, @CurrentUser() user: AuthenticatedUser, @Res({ passthrough: true }) res: Response) {
    const view = await this.queries.reception(user, receptionId, query.asOf);
    res.setHeader('ETag', `"${view.revision}"`);
    return view;
  }

  @Get(':receptionId/history')
  @AllowRoles(...INTAKE_READERS)
  @ApiOperation({ summary: "The reception's history: every event with its actor, times and what changed" })
  @ApiOkResponse({ type: ReceptionHistoryDto, description: 'Events in stream order' })
  @ApiNotFoundResponse({ type: Problem })
  @ApiParam({ name: 'receptionId', format: 'uuid' })
  history(@Param('receptionId', uuid) receptionId: string, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.receptionHistory(user, receptionId);
  }
}

@ApiTags('intake: returned bodies')
@ApiBadRequestResponse({ type: Problem })
@ApiUnauthorizedResponse({ type: Problem })
@ApiForbiddenResponse({ type: Problem })
@Controller('api/intake/bodies')
export class ReturnedBodyQueriesController {
  constructor(private readonly queries: IntakeRecordQueriesService) {}

  @Get()
  @AllowRoles(...INTAKE_READERS)
  @ApiOperation({ summary: 'List returned bodies in your provinces, most recent first: filter by year, month, province, place' })
  @ApiOkResponse({ type: BodyPageDto })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListBodiesQuery) {
    return this.queries.listBodies(user, query);
  }

  @Get(':bodyId')
  @AllowRoles(...INTAKE_READERS)
  @ApiOperation({ summary: 'A body record now, or as the system knew it at an instant (?asOf=)' })
  @ApiOkResponse({ type: BodyViewDto, description: 'The record with its revision (also in ETag)' })
  @ApiNotFoundResponse({ type: Problem, description: 'No such body record in your scope (or not yet recorded at asOf)' })
  @ApiParam({ name: 'bodyId', format: 'uuid' })
  async get(@Param('bodyId', uuid) bodyId: string, @Query() query: RecordAsOfQuery, @CurrentUser() user: AuthenticatedUser, @Res({ passthrough: true }) res: Response) {
    const view = await this.queries.body(user, bodyId, query.asOf);
    res.setHeader('ETag', `"${view.revision}"`);
    return view;
  }

  @Get(':bodyId/history')
  @AllowRoles(...INTAKE_READERS)
  @ApiOperation({ summary: "The body record's history: every event with its actor, times and what changed" })
  @ApiOkResponse({ type: BodyHistoryDto, description: 'Events in stream order' })
  @ApiNotFoundResponse({ type: Problem })
  @ApiParam({ name: 'bodyId', format: 'uuid' })
  history(@Param('bodyId', uuid) bodyId: string, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.bodyHistory(user, bodyId);
  }
}

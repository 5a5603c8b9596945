import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AllowRoles, CurrentUser, Problem, type AuthenticatedUser } from '@casetrail/platform-nest';
import { AccessPageDto } from './access-page.dto';
import { AccessAuditQueriesService } from './access-audit-queries.service';
import { ListAccessesQuery } from './list-accesses.query';

const EXAMPLE_PAGE = {
  items: [
    {
      accessId: '0b6e3c1a-5f2d-4e7a-9c8b-1a2b3c4d5e6f',
      userId: 'officer-1',
      role: 'police',
      unit: 'police-battambang',
      recordType: 'police-case',
      recordId: '6f1c2b1e-8a53-4c39-9d55-0c1f5b7b2f10',
      recordProvince: 'battambang',
      personIds: ['b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f'],
      route: 'GET /api/enforcement/cases/:caseId',
      purpose: null,
      at: '2021-03-02T04:05:06.000Z',
      correlationId: '3c9a4f5e-7b21-4d0e-8f6a-2b1c0d9e8f7a',
    },
  ],
  total: 1,
  page: 1,
  pageSize: 50,
};

/** Auditors (and admins) read who saw whose identifying data. Read-only: GET routes only. */
@ApiTags('audit: access to personal data')
@ApiUnauthorizedResponse({ type: Problem })
@ApiForbiddenResponse({ type: Problem, description: 'Only auditors and admins list accesses' })
@ApiTooManyRequestsResponse({ type: Problem })
@AllowRoles('auditor', 'admin')
@Controller('api/audit/access')
export class AccessAuditController {
  constructor(private readonly queries: AccessAuditQueriesService) {}

  @Get()
  @ApiOperation({
    summary: 'List reads of identifying data, by record or by user (newest first)',
    description:
      'Every read that showed names or birth dates is recorded before the data is sent. Give recordId or userId ' +
      '(personId narrows to one person). Provincial auditors see accesses to records of their provinces only. ' +
      'Entries carry pseudonymous person ids, never personal data.',
  })
  @ApiOkResponse({ type: AccessPageDto, example: EXAMPLE_PAGE })
  @ApiBadRequestResponse({ type: Problem, description: 'Neither recordId nor userId, or an invalid field (each named)' })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListAccessesQuery): Promise<AccessPageDto> {
    return this.queries.list(user, query);
  }
}

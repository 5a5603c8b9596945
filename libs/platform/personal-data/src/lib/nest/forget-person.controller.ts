import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { AllowRoles, ApiParamSources, CurrentUser, Problem, uuidParam, type AuthenticatedUser } from '@casetrail/platform-nest';
import { ForgetPersonDto, PersonForgottenDto } from './forget-person.dto';
import { ForgetPersonService, type ForgetPersonOutcome } from './forget-person.service';

@ApiTags('admin: personal data')
@ApiBadRequestResponse({
  type: Problem,
  description: 'The reason is missing, too short (< 10) or too long (> 500)',
})
@ApiUnauthorizedResponse({ type: Problem })
@ApiForbiddenResponse({ type: Problem, description: 'Only an admin forgets a person' })
@AllowRoles('admin')
@Controller('api/admin/persons')
export class ForgetPersonController {
  constructor(private readonly service: ForgetPersonService) {}

  @Post(':personId/forget')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Forget a person (crypto-shredding)',
    description:
      "Destroys the person's key: their identifying data becomes unreadable everywhere it is stored " +
      '(event store, bus, backups); every statistic stays as it was. Recorded as privacy.PersonForgotten.',
  })
  @ApiParam({ name: 'personId', format: 'uuid', description: 'A suspect or victim id' })
  @ApiParamSources({ personId: ['suspectId', 'victimId'] })
  @ApiOkResponse({ type: PersonForgottenDto })
  @ApiNotFoundResponse({
    type: Problem,
    description: 'No personal data was ever recorded for this person id',
  })
  @ApiConflictResponse({ type: Problem, description: 'The person was already forgotten' })
  forget(
    @Param('personId', uuidParam) personId: string,
    @Body() dto: ForgetPersonDto,
    @CurrentUser() user: AuthenticatedUser,
    @Req() req: Request & { id?: unknown },
  ): Promise<ForgetPersonOutcome> {
    const correlationId = typeof req.id === 'string' ? req.id : globalThis.crypto.randomUUID();
    return this.service.forget(personId, dto.reason, user, correlationId);
  }
}

import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { Problem, Public } from '@casetrail/platform-nest';
import { SessionConfigDto, SessionDto, SignInDto } from './session.dto';
import { SessionService } from './session.service';

@ApiTags('session')
@Controller('api/session')
@Public()
export class SessionController {
  constructor(private readonly sessions: SessionService) {}

  @Get('config')
  @ApiOperation({ summary: 'How the web app signs people in', description: 'Local accounts (POST /api/session), or an OIDC identity provider.' })
  @ApiOkResponse({ type: SessionConfigDto })
  config(): SessionConfigDto {
    return this.sessions.config();
  }

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in with a local account',
    description:
      'Answers a bearer token for the API (HS256, at most 8 hours). A wrong username and a wrong password get the same answer. ' +
      'Five failures for a username, or twenty from one address, within 15 minutes lock it for 15 minutes (429 with Retry-After). ' +
      'Only in local mode (CASETRAIL_AUTH_MODE=local); 404 otherwise.',
  })
  @ApiOkResponse({ type: SessionDto })
  @ApiBadRequestResponse({ type: Problem, description: 'Username or password missing or malformed' })
  @ApiUnauthorizedResponse({ type: Problem, description: 'Wrong username or password' })
  @ApiForbiddenResponse({ type: Problem, description: 'The account is disabled (told only with the right password)' })
  @ApiNotFoundResponse({ type: Problem, description: 'Local accounts are off (oidc mode)' })
  @ApiTooManyRequestsResponse({ type: Problem, description: 'Locked after failed sign-ins; Retry-After says for how many seconds' })
  signIn(@Body() dto: SignInDto, @Req() req: Request): Promise<SessionDto> {
    return this.sessions.signIn(dto.username, dto.password, req.ip ?? 'unknown');
  }
}

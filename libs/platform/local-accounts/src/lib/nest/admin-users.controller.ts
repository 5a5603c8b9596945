import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AllowRoles, CurrentUser, FieldValidationException, Problem, type AuthenticatedUser } from '@casetrail/platform-nest';
import { AdminUsersService } from './admin-users.service';
import { ChangeLocalUserDto, CreateLocalUserDto, LocalUserCreatedDto, LocalUserListDto, NewPasswordDto } from './admin-users.dto';

const userId = new ParseUUIDPipe({ version: '4' });

@ApiTags('admin: local accounts')
@ApiUnauthorizedResponse({ type: Problem })
@ApiForbiddenResponse({ type: Problem, description: 'Only an admin manages users, and only those of their provinces' })
@AllowRoles('admin')
@Controller('api/admin/users')
export class AdminUsersController {
  constructor(private readonly users: AdminUsersService) {}

  @Get()
  @ApiOperation({ summary: 'The local accounts the admin manages', description: 'Never a password or its hash. 404 in oidc mode (users are the identity provider\'s).' })
  @ApiOkResponse({ type: LocalUserListDto })
  @ApiNotFoundResponse({ type: Problem, description: 'Local accounts are off (oidc mode)' })
  list(@CurrentUser() admin: AuthenticatedUser): LocalUserListDto {
    return { items: this.users.list(admin) };
  }

  @Post()
  @ApiOperation({ summary: 'Create a local account with an initial password', description: 'Role, provinces and unit are checked against the reference lists, as `npm run token` checks them.' })
  @ApiCreatedResponse({ type: LocalUserCreatedDto, description: 'The new user id (an answer never repeats what was sent; GET lists the user)' })
  @ApiBadRequestResponse({ type: Problem, description: 'Invalid fields, an unknown province or unit (each named), or a password shorter than 12' })
  @ApiNotFoundResponse({ type: Problem, description: 'Local accounts are off (oidc mode)' })
  @ApiConflictResponse({ type: Problem, description: 'The username is taken' })
  async create(@CurrentUser() admin: AuthenticatedUser, @Body() dto: CreateLocalUserDto): Promise<LocalUserCreatedDto> {
    const { id } = await this.users.create(admin, { username: dto.username, name: dto.name, role: dto.role, provinces: dto.provinces, unit: dto.unit, password: dto.password });
    return { id };
  }

  @Patch(':userId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Disable or enable a local account, or change its name' })
  @ApiParam({ name: 'userId', format: 'uuid' })
  @ApiNoContentResponse({ description: 'Changed' })
  @ApiBadRequestResponse({ type: Problem, description: 'Invalid fields (each named), or neither name nor disabled given' })
  @ApiNotFoundResponse({ type: Problem, description: 'No such user among those the admin manages, or local accounts are off' })
  async change(@CurrentUser() admin: AuthenticatedUser, @Param('userId', userId) id: string, @Body() dto: ChangeLocalUserDto): Promise<void> {
    if (dto.name === undefined && dto.disabled === undefined) throw new FieldValidationException([{ field: '(body)', message: '(body) needs name or disabled' }]);
    await this.users.change(admin, id, { name: dto.name, disabled: dto.disabled });
  }

  @Post(':userId/password')
  @HttpCode(204)
  @ApiOperation({ summary: 'Reset the password of a local account', description: 'Also lifts a lock after failed sign-ins.' })
  @ApiParam({ name: 'userId', format: 'uuid' })
  @ApiNoContentResponse({ description: 'The password is set' })
  @ApiBadRequestResponse({ type: Problem, description: 'A password shorter than 12 or longer than 256 characters' })
  @ApiNotFoundResponse({ type: Problem, description: 'No such user among those the admin manages, or local accounts are off' })
  async setPassword(@CurrentUser() admin: AuthenticatedUser, @Param('userId', userId) id: string, @Body() dto: NewPasswordDto): Promise<void> {
    await this.users.setPassword(admin, id, dto.password);
  }
}

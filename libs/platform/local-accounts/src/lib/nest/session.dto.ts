import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { ROLES, SingleLine, type Role } from '@casetrail/platform-nest';
import { PASSWORD_MAX_LENGTH } from '../password/password-hash';

export class SignInDto {
  @ApiProperty({ example: 'sokha.chan', description: 'The login name', minLength: 1, maxLength: 64 })
  @IsString()
  @Length(1, 64)
  @SingleLine()
  username!: string;

  @ApiProperty({ example: 'correct horse battery staple', description: 'Never logged', minLength: 1, maxLength: PASSWORD_MAX_LENGTH, format: 'password' })
  @IsString()
  @Length(1, PASSWORD_MAX_LENGTH)
  password!: string;
}

export class SessionUserDto {
  @ApiProperty({ example: '5f0c2a8e-8d1b-4c1e-9a57-3f2b8c6d1e90', description: 'The user id (the token subject)' })
  id!: string;
  @ApiProperty({ example: 'Sokha Chan' })
  name!: string;
  @ApiProperty({ enum: ROLES, example: 'police' })
  role!: Role;
  @ApiProperty({ type: [String], example: ['battambang'], description: 'Province codes, or ["*"] for a national user' })
  provinces!: string[];
  @ApiPropertyOptional({ example: 'police-battambang' })
  unit?: string;
}

export class SessionDto {
  @ApiProperty({ example: 'eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl', description: 'A bearer token for the API' })
  token!: string;
  @ApiProperty({ example: '2026-03-14T17:00:00.000Z', format: 'date-time' })
  expiresAt!: string;
  @ApiProperty({ type: SessionUserDto })
  user!: SessionUserDto;
}

export class SessionConfigDto {
  @ApiProperty({ enum: ['local', 'oidc'], example: 'local', description: '`local`: POST /api/session; `oidc`: the identity provider (authorization code with PKCE)' })
  mode!: 'local' | 'oidc';
  @ApiPropertyOptional({ example: 'http://localhost:8080/realms/casetrail', description: 'oidc only: the issuer the browser signs in with' })
  authority?: string;
  @ApiPropertyOptional({ example: 'casetrail-web', description: 'oidc only: the public client of the web app' })
  clientId?: string;
  @ApiPropertyOptional({ example: 'openid profile', description: 'oidc only' })
  scope?: string;
}

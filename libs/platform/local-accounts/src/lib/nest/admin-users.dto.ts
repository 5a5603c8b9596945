import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsIn, IsString, Length, Matches } from 'class-validator';
import { MayBeOmitted, ROLES, SingleLine, type Role } from '@casetrail/platform-nest';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../password/password-hash';
import { SessionUserDto } from './session.dto';

const NAME_MAX_LENGTH = 200;

export class NewPasswordDto {
  @ApiProperty({ example: 'a long passphrase of words', minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH, format: 'password' })
  @IsString()
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH)
  password!: string;
}

export class CreateLocalUserDto extends NewPasswordDto {
  @ApiProperty({ example: 'sokha.chan', pattern: '^[a-z0-9][a-z0-9._-]{2,63}$', description: 'The login name (lower-case)' })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9._-]{2,63}$/, { message: 'username must be 3 to 64 of a-z, 0-9, ".", "_" and "-", starting with a letter or digit' })
  username!: string;

  @ApiProperty({ example: 'Sokha Chan', minLength: 1, maxLength: NAME_MAX_LENGTH })
  @IsString()
  @Length(1, NAME_MAX_LENGTH)
  @SingleLine()
  name!: string;

  @ApiProperty({ enum: ROLES, example: 'police' })
  @IsIn(ROLES)
  role!: Role;

  @ApiProperty({ type: [String], example: ['battambang'], minItems: 1, maxItems: 25, description: 'Province codes, or ["*"] alone for a national user' })
  @ArrayMinSize(1)
  @ArrayMaxSize(25)
  @IsString({ each: true })
  @Length(1, 40, { each: true })
  provinces!: string[];

  @ApiPropertyOptional({ example: 'police-battambang', description: 'Required for police: the unit the officer reports for' })
  @MayBeOmitted()
  @IsString()
  @Length(1, 60)
  @SingleLine()
  unit?: string;
}

export class ChangeLocalUserDto {
  @ApiPropertyOptional({ example: 'Sokha Chan', minLength: 1, maxLength: NAME_MAX_LENGTH })
  @MayBeOmitted()
  @IsString()
  @Length(1, NAME_MAX_LENGTH)
  @SingleLine()
  name?: string;

  @ApiPropertyOptional({ example: true, description: 'A disabled user cannot sign in (tokens already issued live out their lifetime)' })
  @MayBeOmitted()
  @IsBoolean()
  disabled?: boolean;
}

export class LocalUserDto extends SessionUserDto {
  @ApiProperty({ example: 'sokha.chan' })
  username!: string;
  @ApiProperty({ example: false })
  disabled!: boolean;
  @ApiPropertyOptional({ example: '2026-03-14T09:15:00.000Z', format: 'date-time', description: 'Locked after failed sign-ins until then' })
  lockedUntil?: string;
  @ApiProperty({ example: '2026-03-01T08:00:00.000Z', format: 'date-time' })
  createdAt!: string;
  @ApiProperty({ example: '2026-03-01T08:00:00.000Z', format: 'date-time' })
  updatedAt!: string;
}

export class LocalUserListDto {
  @ApiProperty({ type: [LocalUserDto] })
  items!: LocalUserDto[];
}

export class LocalUserCreatedDto {
  @ApiProperty({ example: '5f0c2a8e-8d1b-4c1e-9a57-3f2b8c6d1e90', description: 'The user id (the token subject)' })
  id!: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsObject, IsString, Length, ValidateNested } from 'class-validator';
import { MayBeOmitted, OffenceCodesInput, SingleLine, IsDomainDate } from '@casetrail/platform-nest';
import { PROVINCES } from '@casetrail/kernel';
import { POLICE_UNIT_TYPES, type PoliceUnitType } from '@casetrail/enforcement-contracts';

export class PoliceUnitDto {
  @ApiProperty({ example: 'police-battambang', description: 'Unit code from the reference list' })
  @IsString()
  @Length(1, 80)
  @SingleLine()
  code!: string;

  @ApiProperty({ enum: POLICE_UNIT_TYPES, example: 'provincial_police' })
  @IsIn(POLICE_UNIT_TYPES)
  type!: PoliceUnitType;
}

export class OpenPoliceCaseDto {
  @ApiProperty({ type: PoliceUnitDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => PoliceUnitDto)
  unit!: PoliceUnitDto;

  @ApiProperty({ enum: PROVINCES.map((p) => p.code), example: 'battambang' })
  @IsIn(PROVINCES.map((p) => p.code))
  province!: string;

  @OffenceCodesInput()
  offences!: string[];

  @ApiProperty({ example: '2020-03-14', description: 'Date the case was opened (YYYY-MM-DD). From 2000-01-01 to today in Cambodia (UTC+7): a date out of range is refused by the domain with 422' })
  @IsDomainDate()
  openedOn!: string;

  @ApiPropertyOptional({ example: 'BTB-2020-031', description: "The unit's own file reference" })
  @MayBeOmitted()
  @IsString()
  @Length(1, 80)
  @SingleLine()
  reference?: string;
}

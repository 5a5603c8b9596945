import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, Max, Min, ValidateNested } from 'class-validator';
import { IsDomainDate } from '@casetrail/platform-nest';
import { RETURNED_BY, RETURN_REASONS, type ReturnedBy, type ReturnReason } from '@casetrail/intake-contracts';
import { COUNTRY_CODES, PLACE_CODES, UNIT_CODES } from './intake-codes';
import { IntakeReference, Justification } from './intake-fields';

/*
 * The bodies of a reception's commands: shape only (types, lengths, codes, real dates). The range
 * of every date, the place's province, an embassy's country and "at least one person" are the
 * decider's (422). A bulk upload checks each of its rows with these classes too.
 */

/** The most people one reception may count in one category (the report's largest is a few thousand a day). */
export const MAX_PERSONS_PER_CATEGORY = 100_000;

function headcount(example: number, description: string): PropertyDecorator {
  return applyDecorators(ApiProperty({ type: 'integer', minimum: 0, maximum: MAX_PERSONS_PER_CATEGORY, example, description }), IsInt(), Min(0), Max(MAX_PERSONS_PER_CATEGORY));
}

/** People received together by sex and age: men and women are adults (18 and over), boys and girls children. */
export class PersonCountsDto {
  @headcount(120, 'Men (18 and over)')
  men!: number;

  @headcount(85, 'Women (18 and over)')
  women!: number;

  @headcount(6, 'Boys (under 18)')
  boys!: number;

  @headcount(4, 'Girls (under 18)')
  girls!: number;
}

/** What a reception states and a correction replaces as a whole. */
export class ReceptionFiguresDto {
  @ApiProperty({ enum: PLACE_CODES, example: 'poipet', description: 'The airport, land checkpoint or embassy (`embassy-<country>`); its province is the reception\'s scope' })
  @IsIn(PLACE_CODES)
  place!: string;

  @ApiProperty({ example: '2020-04-02', description: 'The day the people were received (YYYY-MM-DD)' })
  @IsDomainDate()
  receivedOn!: string;

  @ApiProperty({ enum: UNIT_CODES, example: 'police-commissariat-banteay-meanchey', description: 'The receiving unit' })
  @IsIn(UNIT_CODES)
  receivedBy!: string;

  @ApiProperty({ enum: RETURNED_BY, example: 'foreign_authorities', description: 'Who returned the people (an embassy place: embassy, foreign_authorities or other)' })
  @IsIn(RETURNED_BY)
  returnedBy!: ReturnedBy;

  @ApiProperty({ enum: COUNTRY_CODES, example: 'THA', description: "ISO 3166-1 alpha-3 of the country returned from (an embassy's own country)" })
  @IsIn(COUNTRY_CODES)
  countryReturnedFrom!: string;

  @ApiProperty({ enum: RETURN_REASONS, example: 'illegal_work' })
  @IsIn(RETURN_REASONS)
  reason!: ReturnReason;

  @ApiProperty({ type: PersonCountsDto, description: 'At least one person in all' })
  @IsObject()
  @ValidateNested()
  @Type(() => PersonCountsDto)
  counts!: PersonCountsDto;
}

export class RecordReceptionDto extends ReceptionFiguresDto {
  @IntakeReference('reception')
  reference!: string;
}

export class CorrectReceptionDto extends ReceptionFiguresDto {
  @ApiProperty({ example: '2020-04-10', description: 'The day the figures were found wrong' })
  @IsDomainDate()
  correctedOn!: string;

  @Justification('Two girls were counted as women')
  justification!: string;
}

export class WithdrawReceptionDto {
  @ApiProperty({ example: '2020-04-10' })
  @IsDomainDate()
  withdrawnOn!: string;

  @Justification('Entered twice: the same group as reference 2020-0411')
  justification!: string;
}

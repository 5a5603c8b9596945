import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { MayBeOmitted, OffenceCodesInput, SingleLine, IsDomainDate } from '@casetrail/platform-nest';
import { OFFENCES } from '@casetrail/kernel';
import { COURTS } from '@casetrail/court-contracts';

export const OFFENCE_CODES = OFFENCES.map((o) => o.code);
export const COURT_CODES = COURTS.map((c) => c.code);

/** A file the prosecutor opens directly (one that did not come from a police unit of this system). */
export class OpenCourtFileDto {
  @ApiProperty({ enum: COURT_CODES, example: 'court-battambang', description: 'The Court of First Instance (court-<province>); the file is in its province' })
  @IsIn(COURT_CODES)
  court!: string;

  @ApiProperty({ example: '2020-03-14', description: 'Date the file was opened (YYYY-MM-DD). From 2000-01-01 to today in Cambodia (UTC+7): a date out of range is refused by the domain with 422' })
  @IsDomainDate()
  openedOn!: string;

  @OffenceCodesInput()
  offences!: string[];

  @ApiPropertyOptional({ example: 'BTB-CR-2020-031', description: "The court's own file reference" })
  @MayBeOmitted()
  @IsString()
  @Length(1, 100)
  @SingleLine()
  reference?: string;
}

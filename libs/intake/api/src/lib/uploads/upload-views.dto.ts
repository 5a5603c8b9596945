import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { MayBeOmitted, PageNumber, PageSize, SingleLine } from '@casetrail/platform-nest';
import { MAX_RECORDED_REFUSALS, UPLOAD_KINDS, type UploadKind } from '@casetrail/intake-contracts';

const UPLOAD_ID = { example: '9f2c1e0b7d4a6c3e8b5f1a2d4c6e8f0a1b3c5d7e9f1a2b3c4d5e6f7a8b9c0d1e', pattern: '^[0-9a-f]{64}$', description: 'SHA-256 (hex) of the file: the same file is the same upload' };
const count = (description: string) => ApiProperty({ type: 'integer', minimum: 0, example: 500, description });

/** `?fileName=`: the name the client gives the file, for people to recognise it in the list. */
export class UploadFileQuery {
  @ApiPropertyOptional({ example: 'poipet-2020-04.csv', maxLength: 255, description: 'The file name, for people to recognise the upload (one line)' })
  @MayBeOmitted()
  @IsString()
  @Length(1, 255)
  @SingleLine()
  fileName?: string;
}

export class ListUploadsQuery {
  @ApiPropertyOptional({ enum: UPLOAD_KINDS })
  @IsOptional()
  @IsIn(UPLOAD_KINDS)
  kind?: UploadKind;

  @PageNumber()
  page = 1;

  @PageSize()
  pageSize = 50;
}

export class UploadRefusalDto {
  @ApiProperty({ type: 'integer', minimum: 2, example: 14, description: 'The line of the file (CSV) or row of the sheet (XLSX); 1 is the header' })
  line!: number;
  @ApiPropertyOptional({ example: 'received_on', description: 'The column at fault, when one is' })
  field?: string;
  @ApiProperty({ example: 'received_on is after today in Cambodia (UTC+7)', description: 'Names the column and the rule, never a value of the row (no personal data)' })
  reason!: string;
}

/** What every view of an upload states: the file and its counts. */
class UploadCountsDto {
  @ApiProperty(UPLOAD_ID)
  uploadId!: string;
  @ApiProperty({ enum: UPLOAD_KINDS })
  kind!: UploadKind;
  @ApiProperty({ enum: ['csv', 'xlsx'] })
  format!: 'csv' | 'xlsx';
  @ApiPropertyOptional({ example: 'poipet-2020-04.csv' })
  fileName?: string;
  @count('Data rows read (the header excluded)')
  rows!: number;
  @count('Rows recorded by this upload')
  accepted!: number;
  @count('Rows already recorded with the same figures (an earlier file, the API, an upload cut short)')
  alreadyRecorded!: number;
  @count('Rows refused (each listed in refusals)')
  refused!: number;
}

export class UploadAnswerDto extends UploadCountsDto {
  @ApiProperty({ type: [UploadRefusalDto], description: `Every refused row, by line (a repeated upload answers its record, which keeps the first ${MAX_RECORDED_REFUSALS})` })
  refusals!: UploadRefusalDto[];
  @ApiProperty({ example: false, description: 'The same file (same SHA-256) was uploaded before: its record is answered and nothing is appended' })
  repeated!: boolean;
}

export class UploadViewDto extends UploadCountsDto {
  @ApiProperty({ enum: ['running', 'completed'], description: 'running: rows counts so far (rows = rows read); completed: the record' })
  status!: 'running' | 'completed';
  @ApiPropertyOptional({ type: [UploadRefusalDto], description: `Completed: the first ${MAX_RECORDED_REFUSALS} refusals by line` })
  refusals?: UploadRefusalDto[];
  @ApiPropertyOptional({ format: 'date-time', description: 'Running: when the rows began' })
  startedAt?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'Completed: when the record was written' })
  uploadedAt?: string;
  @ApiPropertyOptional({ example: 'border-official-poipet', description: 'Completed: who uploaded it' })
  uploadedBy?: string;
}

export class UploadRecordSummaryDto extends UploadCountsDto {
  @ApiProperty({ type: 'string', nullable: true, example: 'banteay-meanchey', description: "The uploader's province; null for a national user" })
  province!: string | null;
  @ApiProperty({ format: 'date-time' })
  uploadedAt!: string;
  @ApiProperty({ example: 'border-official-poipet' })
  uploadedBy!: string;
}

export class UploadPageDto {
  @ApiProperty({ type: [UploadRecordSummaryDto] })
  items!: UploadRecordSummaryDto[];
  @ApiProperty({ type: 'integer', minimum: 0, example: 1 })
  total!: number;
  @ApiProperty({ type: 'integer', minimum: 1, example: 1 })
  page!: number;
  @ApiProperty({ type: 'integer', minimum: 1, example: 50 })
  pageSize!: number;
}

import { ApiProperty } from '@nestjs/swagger';

/** One access as auditors see it: who, what record, whose data (ids only), when, which route. */
export class AccessRecordDto {
  @ApiProperty({ example: '0b6e3c1a-5f2d-4e7a-9c8b-1a2b3c4d5e6f', description: 'The access event id' })
  accessId!: string;
  @ApiProperty({ example: 'officer-1' })
  userId!: string;
  @ApiProperty({ example: 'police' })
  role!: string;
  @ApiProperty({ example: 'police-battambang', nullable: true, type: String })
  unit!: string | null;
  @ApiProperty({ example: 'police-case', enum: ['police-case'] })
  recordType!: string;
  @ApiProperty({ example: '6f1c2b1e-8a53-4c39-9d55-0c1f5b7b2f10' })
  recordId!: string;
  @ApiProperty({ example: 'battambang' })
  recordProvince!: string;
  @ApiProperty({ example: ['b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f'], description: 'Pseudonymous ids of the people whose identifying data was shown' })
  personIds!: string[];
  @ApiProperty({ example: 'GET /api/enforcement/cases/:caseId' })
  route!: string;
  @ApiProperty({ example: null, nullable: true, type: String })
  purpose!: string | null;
  @ApiProperty({ example: '2021-03-02T04:05:06.000Z' })
  at!: string;
  @ApiProperty({ example: '3c9a4f5e-7b21-4d0e-8f6a-2b1c0d9e8f7a', description: 'The request that read the data (also on the log lines)' })
  correlationId!: string;
}

export class AccessPageDto {
  @ApiProperty({ type: [AccessRecordDto] })
  items!: AccessRecordDto[];
  @ApiProperty({ example: 1 })
  total!: number;
  @ApiProperty({ example: 1 })
  page!: number;
  @ApiProperty({ example: 50 })
  pageSize!: number;
}

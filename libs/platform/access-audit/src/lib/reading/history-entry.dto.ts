import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/*
 * The document's shape of a record's history (`HistoryEntry`, `historyEntryOf`): documentation
 * only, for the history routes' answers.
 */

export class HistoryActorDto {
  @ApiProperty({ example: 'officer-1', description: 'Stable id of the user (the token subject)' })
  userId!: string;
  @ApiProperty({ example: 'police', description: 'The role the user acted in, or `system` for a reactor' })
  role!: string;
  @ApiPropertyOptional({ example: 'police-battambang' })
  unit?: string;
  @ApiPropertyOptional({ example: 'battambang' })
  province?: string;
}

export class HistoryEntryDto {
  @ApiProperty({ type: 'integer', minimum: 0, example: 0, description: "The event's position in its record (0-based)" })
  revision!: number;
  @ApiProperty({ type: 'integer', minimum: 0, example: 42 })
  globalPosition!: number;
  @ApiProperty({ example: 'enforcement.PoliceCaseOpened', description: 'The permanent event type' })
  type!: string;
  @ApiProperty({ type: 'integer', minimum: 1, example: 1 })
  schemaVersion!: number;
  @ApiProperty({ format: 'date-time', example: '2020-03-14T02:00:00.000Z' })
  occurredAt!: string;
  @ApiProperty({ format: 'date-time', example: '2020-03-14T02:00:01.000Z' })
  recordedAt!: string;
  @ApiProperty({ type: HistoryActorDto })
  actor!: HistoryActorDto;
  @ApiProperty({ example: '3c9a4f5e-7b21-4d0e-8f6a-2b1c0d9e8f7a' })
  correlationId!: string;
  @ApiProperty({ type: String, nullable: true, example: null })
  causationId!: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { caseId: '6f1c2b1e-8a53-4c39-9d55-0c1f5b7b2f10', province: 'battambang' },
    description:
      "The event's data, by event type. Any `personal` part is opened for roles that may see it (`{ fullName?, birthDate? }`, " +
      '`{}` when nothing identifying was recorded), `{ restricted: true }` for the others, `{ forgotten: true }` once the person was forgotten.',
  })
  changes!: Record<string, unknown>;
}

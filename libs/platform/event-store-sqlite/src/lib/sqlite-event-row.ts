import type { Actor, NewEvent, RecordedEvent } from '@casetrail/event-sourcing';

/** The columns every read selects, in the shape of `EventRow`. */
export const EVENT_COLUMNS =
  'global_position, event_id, stream_id, stream_revision, type, schema_version, data, metadata, occurred_at, recorded_at';

/** One row of the `events` table as better-sqlite3 returns it. */
export interface EventRow {
  global_position: number;
  event_id: string;
  stream_id: string;
  stream_revision: number;
  type: string;
  schema_version: number;
  data: string | null;
  metadata: string;
  occurred_at: string;
  recorded_at: string;
}

/** The envelope fields kept together in the `metadata` JSON column. */
interface StoredMetadata {
  actor: Actor;
  correlationId: string;
  causationId: string | null;
}

/** Named parameters of the insert statement. */
export interface EventInsertParams {
  event_id: string;
  stream_id: string;
  stream_revision: number;
  type: string;
  schema_version: number;
  data: string;
  metadata: string;
  occurred_at: string;
  recorded_at: string;
}

export function toInsertParams(
  event: NewEvent,
  streamId: string,
  streamRevision: number,
  recordedAt: string,
): EventInsertParams {
  const metadata: StoredMetadata = {
    actor: event.actor,
    correlationId: event.correlationId,
    causationId: event.causationId ?? null,
  };
  return {
    event_id: event.eventId,
    stream_id: streamId,
    stream_revision: streamRevision,
    type: event.type,
    schema_version: event.schemaVersion,
    data: JSON.stringify(event.data ?? null),
    metadata: JSON.stringify(metadata),
    occurred_at: event.occurredAt,
    recorded_at: recordedAt,
  };
}

export function toRecordedEvent(row: EventRow): RecordedEvent {
  const metadata = JSON.parse(row.metadata) as StoredMetadata;
  return {
    eventId: row.event_id,
    type: row.type,
    schemaVersion: row.schema_version,
    data: row.data === null ? null : JSON.parse(row.data),
    actor: metadata.actor,
    correlationId: metadata.correlationId,
    causationId: metadata.causationId ?? null,
    occurredAt: row.occurred_at,
    streamId: row.stream_id,
    streamRevision: row.stream_revision,
    globalPosition: row.global_position,
    recordedAt: row.recorded_at,
  };
}

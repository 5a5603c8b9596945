import type { NewEvent, RecordedEvent } from '@casetrail/event-sourcing';
import { jsonEvent, type EventData, type JSONType, type RecordedEvent as EsdbRecordedEvent } from '@eventstore/db-client';
import { toEsdbEventId } from './esdb-event-id';
import { fromEsdbMetadata, toEsdbMetadata } from './event-metadata.mapping';
import { toSafeNumber } from './expected-revision.mapping';

export function toEsdbEventData(event: NewEvent): EventData {
  return jsonEvent({
    id: toEsdbEventId(event.eventId),
    type: event.type,
    // The client JSON-encodes whatever it is given; the cast only widens ESDB's declared type.
    data: event.data as JSONType,
    metadata: toEsdbMetadata(event) as unknown as JSONType,
  });
}

/**
 * An ESDB event as the port's envelope. The global position is the commit position: for
 * gRPC appends (implicit transactions) it equals the event's own log position, so it is unique
 * per event and increases along `$all`.
 */
export function fromEsdbEvent(event: EsdbRecordedEvent): RecordedEvent {
  if (!event.isJson) throw new Error(`Event ${event.id} in ${event.streamId} is not JSON`);
  if (!event.position) {
    throw new Error('ESDB returned an event without its log position (server older than 22.6?)');
  }
  const meta = fromEsdbMetadata(event.metadata, event.id, event.streamId);
  return {
    eventId: meta.eventId,
    type: event.type,
    schemaVersion: meta.schemaVersion,
    data: event.data,
    actor: meta.actor,
    correlationId: meta.correlationId,
    causationId: meta.causationId,
    occurredAt: meta.occurredAt,
    streamId: event.streamId,
    streamRevision: toSafeNumber(event.revision, 'revision'),
    globalPosition: toSafeNumber(event.position.commit, 'commit position'),
    recordedAt: event.created.toISOString(),
  };
}

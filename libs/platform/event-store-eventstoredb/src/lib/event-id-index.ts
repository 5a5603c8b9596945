import { NO_STREAM, jsonEvent, type EventStoreDBClient } from '@eventstore/db-client';
import { isEsdbStreamNotFound, isEsdbWrongExpectedVersion } from './append-error.mapping';
import { toEsdbEventId } from './esdb-event-id';

/** Streams of the index; the adapter refuses domain appends to them and hides them from reads. */
export const EVENT_ID_INDEX_PREFIX = '_casetrail-event-id-';
const INDEXED = 'casetrail.EventIdIndexed';

/**
 * Where each event id was stored. ESDB deduplicates ids only within one stream; the port
 * promises an id is stored once across the whole store. One tiny stream per id
 * (`_casetrail-event-id-<uuid>`, written with NO_STREAM) answers "which stream holds this id"
 * in one read. It is written after the domain append: a crash in between leaves ids without an
 * index entry, which a retried append repairs (ESDB itself acknowledges the retried write).
 */
export class EventIdIndex {
  constructor(private readonly client: EventStoreDBClient) {}

  /** The stream holding `eventId`, or undefined. */
  async streamOf(eventId: string): Promise<string | undefined> {
    try {
      for await (const resolved of this.client.readStream(indexStream(eventId), { maxCount: 1 })) {
        const data = resolved.event?.data as { streamId?: unknown } | undefined;
        if (typeof data?.streamId === 'string') return data.streamId;
      }
      return undefined;
    } catch (error) {
      if (isEsdbStreamNotFound(error)) return undefined;
      throw error;
    }
  }

  async record(eventIds: readonly string[], streamId: string): Promise<void> {
    await Promise.all(
      eventIds.map(async (eventId) => {
        try {
          await this.client.appendToStream(indexStream(eventId), jsonEvent({ type: INDEXED, data: { streamId } }), {
            expectedRevision: NO_STREAM,
          });
        } catch (error) {
          // Already indexed (a retry): the entry written first stands.
          if (!isEsdbWrongExpectedVersion(error)) throw error;
        }
      }),
    );
  }
}

export function indexStream(eventId: string): string {
  return `${EVENT_ID_INDEX_PREFIX}${toEsdbEventId(eventId)}`;
}

/** Events of `$all` that are ours to return: not ESDB's system events, not the id index. */
export function isDomainEvent(event: { streamId: string; type: string }): boolean {
  return !event.type.startsWith('$') && !event.streamId.startsWith('$') && !event.streamId.startsWith(EVENT_ID_INDEX_PREFIX);
}

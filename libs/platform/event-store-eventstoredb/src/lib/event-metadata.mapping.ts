import type { Actor, EventContext, NewEvent } from '@casetrail/event-sourcing';

/**
 * What an event's ESDB metadata holds. `$correlationId` / `$causationId` are ESDB's own names,
 * so its system projections (`$by_correlation_id`) and UI understand them.
 */
export interface EsdbEventMetadata {
  eventId: string;
  schemaVersion: number;
  actor: Actor;
  occurredAt: string;
  $correlationId: string;
  /** Absent when the event was caused by a user's command (causationId null). */
  $causationId?: string;
}

export function toEsdbMetadata(event: NewEvent): EsdbEventMetadata {
  const metadata: EsdbEventMetadata = {
    eventId: event.eventId,
    schemaVersion: event.schemaVersion,
    actor: event.actor,
    occurredAt: event.occurredAt,
    $correlationId: event.correlationId,
  };
  if (event.causationId !== null) metadata.$causationId = event.causationId;
  return metadata;
}

export type DecodedMetadata = EventContext & { eventId: string; schemaVersion: number };

/** Reads the metadata back; fails loudly on an event this adapter did not write. */
export function fromEsdbMetadata(raw: unknown, esdbId: string, where: string): DecodedMetadata {
  const m = raw as Partial<EsdbEventMetadata> | undefined;
  if (
    !m ||
    typeof m !== 'object' ||
    typeof m.schemaVersion !== 'number' ||
    typeof m.occurredAt !== 'string' ||
    typeof m.$correlationId !== 'string' ||
    !m.actor ||
    typeof m.actor !== 'object'
  ) {
    throw new Error(`Event ${esdbId} (${where}) lacks the casetrail envelope metadata`);
  }
  return {
    eventId: typeof m.eventId === 'string' ? m.eventId : esdbId,
    schemaVersion: m.schemaVersion,
    actor: m.actor,
    occurredAt: m.occurredAt,
    correlationId: m.$correlationId,
    causationId: typeof m.$causationId === 'string' ? m.$causationId : null,
  };
}

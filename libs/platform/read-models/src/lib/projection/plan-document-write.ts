import type { RecordedEvent } from '@casetrail/event-sourcing';
import {
  isTombstone,
  type AppliedMarker,
  type ReadModelEntry,
  type WriteOperation,
} from '../read-model-store.port';
import { ProjectionStreamMixError } from '../read-model.errors';
import type { Projection } from './projection';

/**
 * Folds the events aimed at one document over its stored entry and returns the one conditional
 * write that records both the new data and the new marker (null when nothing changes).
 * Events at or below the marker's revision were applied already and are skipped.
 */
export function planDocumentWrite<T>(
  projection: Projection<T>,
  documentId: string,
  entry: ReadModelEntry<T> | null,
  events: readonly RecordedEvent[],
): WriteOperation<T> | null {
  let data: T | null = entry && !isTombstone(entry) ? entry.data : null;
  let applied: AppliedMarker | null = entry?.applied ?? null;
  let changed = false;
  for (const event of events) {
    if (applied) {
      if (applied.streamId !== event.streamId) {
        throw new ProjectionStreamMixError(projection.name, documentId, applied.streamId, event.streamId);
      }
      if (event.streamRevision <= applied.streamRevision) continue;
    }
    data = projection.apply(data, event);
    applied = { streamId: event.streamId, streamRevision: event.streamRevision, globalPosition: event.globalPosition };
    changed = true;
  }
  if (!changed) return null;
  if (data !== null) return { id: documentId, expectedVersion: entry?.version ?? null, data, applied };
  // Deleted: keep a tombstone with the marker, so a replay cannot bring the document back; also
  // when it never existed, since a replay of a prefix of its events would create it.
  return { id: documentId, expectedVersion: entry?.version ?? null, delete: true, applied };
}

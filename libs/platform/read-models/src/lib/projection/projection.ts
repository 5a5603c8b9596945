import type { RecordedEvent } from '@casetrail/event-sourcing';

/**
 * A projection, as a bounded context writes it: pure, no I/O. The runner does the rest.
 *
 * The rule that makes its effect exactly-once (architecture principle 5): **a document is fed by
 * ONE stream**, so `documentId` must be derived from the event's stream (e.g. the case id). Each
 * document carries the revision of the last event of its stream applied to it, in the same write
 * as its data; the runner skips an event whose `streamRevision` is at or below that marker, so a
 * redelivered or replayed event changes nothing. An event of another stream reaching a document
 * is refused loudly (`ProjectionStreamMixError`): with two streams the marker could not tell what
 * was applied. Totals across streams are computed when reading (`find`/`count`), not stored.
 */
export interface Projection<T> {
  /** Permanent name, e.g. 'statistics.police-case-facts'; names the checkpoint. */
  readonly name: string;
  /** Bump when `apply` changes meaning: the runner then drops the collection and replays from 0. */
  readonly version: number;
  /** The collection this projection owns alone (a rebuild drops it). */
  readonly collection: string;
  /** Event types this projection reads; the runner never shows it any other. */
  readonly handles: readonly string[];
  /** The document an event affects (null = none). Must be a function of `event.streamId`. */
  documentId(event: RecordedEvent): string | null;
  /** Pure: the document after the event. `current` is null for a new (or deleted) document; return null to delete. */
  apply(current: T | null, event: RecordedEvent): T | null;
}

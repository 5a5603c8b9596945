import { EventSourcingError } from '@casetrail/event-sourcing';

/** A call broke a precondition of the port (same id twice in a batch, empty id or collection, bad filter). */
export class InvalidReadModelRequestError extends EventSourcingError {
  readonly code = 'INVALID_READ_MODEL_REQUEST';
}

/**
 * An event reached a document fed by another stream. A document must be fed by one stream only,
 * because its marker orders events by stream revision; mixing streams would silently skip events.
 */
export class ProjectionStreamMixError extends EventSourcingError {
  readonly code = 'PROJECTION_STREAM_MIX';
  constructor(
    readonly projection: string,
    readonly documentId: string,
    readonly documentStreamId: string,
    readonly eventStreamId: string,
  ) {
    super(
      `Projection ${projection}: document ${documentId} is fed by stream ${documentStreamId}, ` +
        `but an event of stream ${eventStreamId} maps to it; documentId must derive from the stream`,
    );
  }
}

/** Other writers kept changing the same documents; the runner gave up after a bounded number of tries. */
export class ReadModelConflictRetriesExhaustedError extends EventSourcingError {
  readonly code = 'READ_MODEL_CONFLICT_RETRIES_EXHAUSTED';
  constructor(
    readonly collection: string,
    readonly documentIds: string[],
    readonly attempts: number,
  ) {
    super(
      `Collection ${collection}: ${documentIds.length} document(s) kept changing under the projection ` +
        `runner; gave up after ${attempts} attempts`,
    );
  }
}

/** The projections given to one runner are inconsistent (duplicate name or shared collection). */
export class InvalidProjectionSetError extends EventSourcingError {
  readonly code = 'INVALID_PROJECTION_SET';
}

import type { ExpectedRevision } from './event-store.port';

/** Base class for every error the event-sourcing layer throws on purpose. */
export abstract class EventSourcingError extends Error {
  abstract readonly code: string;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Optimistic concurrency: the stream is not at the revision the writer expected. */
export class WrongExpectedRevisionError extends EventSourcingError {
  readonly code = 'WRONG_EXPECTED_REVISION';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    /** -1 when the stream does not exist. */
    readonly actual: number,
  ) {
    super(
      `Stream ${streamId} is at revision ${actual === -1 ? '(none)' : actual}, ` +
        `but the writer expected ${String(expected)}`,
    );
  }
}

/**
 * Idempotency: some, but not all, event ids of an append are already stored (or they are stored
 * in another stream or another order). The append is rejected whole.
 */
export class IdempotencyConflictError extends EventSourcingError {
  readonly code = 'IDEMPOTENCY_CONFLICT';
  constructor(
    readonly streamId: string,
    readonly conflictingEventIds: string[],
  ) {
    super(
      `Append to ${streamId} partly repeats already stored events (${conflictingEventIds.length} ` +
        `of the ids exist); a retried append must repeat the whole batch`,
    );
  }
}

/** An append broke a precondition of the port (empty batch, bad id, bad revision). */
export class InvalidAppendError extends EventSourcingError {
  readonly code = 'INVALID_APPEND';
}

/** A store holds an event type this build does not know: never skipped, always loud. */
export class UnknownEventTypeError extends EventSourcingError {
  readonly code = 'UNKNOWN_EVENT_TYPE';
  constructor(
    readonly eventType: string,
    readonly where: string,
  ) {
    super(`Unknown event type "${eventType}" (${where}); refusing to skip it`);
  }
}

/** A store holds a schema version of a known type that this build cannot read. */
export class UnsupportedSchemaVersionError extends EventSourcingError {
  readonly code = 'UNSUPPORTED_SCHEMA_VERSION';
  constructor(
    readonly eventType: string,
    readonly schemaVersion: number,
    readonly supported: number,
    readonly where: string,
  ) {
    super(
      `Event type "${eventType}" has schema version ${schemaVersion} (${where}); this build reads ` +
        `versions 1..${supported}`,
    );
  }
}

/** The data of an event does not satisfy its registered schema. */
export class InvalidEventDataError extends EventSourcingError {
  readonly code = 'INVALID_EVENT_DATA';
}

/** Optimistic concurrency gave up after the bounded number of retries. */
export class ConcurrencyRetriesExhaustedError extends EventSourcingError {
  readonly code = 'CONCURRENCY_RETRIES_EXHAUSTED';
  constructor(
    readonly streamId: string,
    readonly attempts: number,
  ) {
    super(`Stream ${streamId} kept changing under the command; gave up after ${attempts} attempts`);
  }
}

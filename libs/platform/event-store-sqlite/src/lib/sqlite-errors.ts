import {
  EventSourcingError,
  IdempotencyConflictError,
  WrongExpectedRevisionError,
  type ExpectedRevision,
} from '@casetrail/event-sourcing';

/** The database file was locked by another writer for longer than the busy timeout. */
export class EventStoreBusyError extends EventSourcingError {
  readonly code = 'EVENT_STORE_BUSY';
}

/** The database file was written by another build (newer, or with a different history). */
export class SqliteSchemaMismatchError extends EventSourcingError {
  readonly code = 'SQLITE_SCHEMA_MISMATCH';
}

/** What the translation needs to know about the store after the failed transaction rolled back. */
export interface AppendFailureLookups {
  /** Ids of the batch that are stored now. */
  storedEventIds(): string[];
  /** The stream's revision now (-1 when absent). */
  currentRevision(): number;
}

/**
 * Turns a raw SQLite error from an append into the port's typed errors. Inside our IMMEDIATE
 * transaction a UNIQUE violation should not happen; if another writer (another build, a manual
 * insert) still races us, the caller must see a concurrency error, never a driver error.
 */
export function translateAppendError(
  error: unknown,
  streamId: string,
  expected: ExpectedRevision,
  lookups: AppendFailureLookups,
): unknown {
  if (!isSqliteError(error)) return error;
  if (error.code === 'SQLITE_CONSTRAINT_UNIQUE' || error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    if (error.message.includes('events.event_id')) {
      return new IdempotencyConflictError(streamId, lookups.storedEventIds());
    }
    return new WrongExpectedRevisionError(streamId, expected, lookups.currentRevision());
  }
  if (error.code.startsWith('SQLITE_BUSY')) {
    return new EventStoreBusyError(`The event store is locked by another writer (${error.message})`);
  }
  return error;
}

/**
 * By shape, not `instanceof`: the native addon keeps the SqliteError class (and its realm's
 * Error) of the first copy of better-sqlite3 loaded in the process; jest loads one per test file.
 */
function isSqliteError(error: unknown): error is Error & { code: string } {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'SqliteError' && typeof code === 'string';
}

import type { NewEvent } from './envelope';
import { InvalidAppendError } from './errors';
import type { ExpectedRevision, ReadStreamOptions } from './event-store.port';
import { ANY_REVISION, NO_STREAM } from './event-store.port';

/** Preconditions every adapter checks before it writes anything. */
export function checkAppend(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): void {
  if (typeof streamId !== 'string' || streamId.length === 0 || streamId.length > 200) {
    throw new InvalidAppendError('streamId must be a non-empty string of at most 200 characters');
  }
  if (events.length === 0) throw new InvalidAppendError(`Append to ${streamId} has no events`);
  if (expected !== NO_STREAM && expected !== ANY_REVISION && !(Number.isInteger(expected) && expected >= 0)) {
    throw new InvalidAppendError(`Invalid expected revision ${String(expected)}`);
  }
  const ids = new Set<string>();
  for (const e of events) {
    if (typeof e.eventId !== 'string' || e.eventId.length === 0) {
      throw new InvalidAppendError(`An event of ${streamId} has no eventId`);
    }
    if (ids.has(e.eventId)) throw new InvalidAppendError(`Event id ${e.eventId} appears twice in one append`);
    ids.add(e.eventId);
    if (typeof e.type !== 'string' || e.type.length === 0) throw new InvalidAppendError(`Event ${e.eventId} has no type`);
    if (!Number.isInteger(e.schemaVersion) || e.schemaVersion < 1) {
      throw new InvalidAppendError(`Event ${e.eventId} has an invalid schema version`);
    }
    if (Number.isNaN(Date.parse(e.occurredAt))) throw new InvalidAppendError(`Event ${e.eventId} has an invalid occurredAt`);
  }
}

/** `asOf` as an ISO string (stores compare ISO strings of the same format). */
export function asOfIso(options: ReadStreamOptions | undefined): string | undefined {
  if (options?.asOf === undefined) return undefined;
  const date = options.asOf instanceof Date ? options.asOf : new Date(options.asOf);
  if (Number.isNaN(date.getTime())) throw new InvalidAppendError(`Invalid asOf ${String(options.asOf)}`);
  return date.toISOString();
}

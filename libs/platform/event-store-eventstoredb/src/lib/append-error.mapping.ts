import { WrongExpectedRevisionError, type ExpectedRevision } from '@casetrail/event-sourcing';
import { ErrorType, type CurrentRevision } from '@eventstore/db-client';
import { fromEsdbCurrentRevision } from './expected-revision.mapping';

/** The parts of ESDB's `WrongExpectedVersionError` we rely on (a structural view, easy to fake). */
interface EsdbWrongExpectedVersion {
  type: ErrorType.WRONG_EXPECTED_VERSION;
  actualVersion: CurrentRevision;
}

export function isEsdbWrongExpectedVersion(error: unknown): error is EsdbWrongExpectedVersion {
  return (error as { type?: unknown } | null)?.type === ErrorType.WRONG_EXPECTED_VERSION;
}

export function isEsdbStreamNotFound(error: unknown): boolean {
  return (error as { type?: unknown } | null)?.type === ErrorType.STREAM_NOT_FOUND;
}

/** ESDB's optimistic-concurrency error as the port's typed error; anything else unchanged. */
export function mapAppendError(error: unknown, streamId: string, expected: ExpectedRevision): unknown {
  if (!isEsdbWrongExpectedVersion(error)) return error;
  return new WrongExpectedRevisionError(streamId, expected, fromEsdbCurrentRevision(error.actualVersion));
}

import { ANY_REVISION, NO_STREAM, WrongExpectedRevisionError } from '@casetrail/event-sourcing';
import { ErrorType } from '@eventstore/db-client';
import { isEsdbStreamNotFound, mapAppendError } from './append-error.mapping';

// Fakes with the shape of the client's errors (the real classes need a gRPC ServiceError).
const wrongVersion = (actualVersion: bigint | 'no_stream') =>
  Object.assign(new Error('wrong expected version'), { type: ErrorType.WRONG_EXPECTED_VERSION, actualVersion });

describe('append error mapping', () => {
  it('maps a wrong expected version to the typed error with both revisions', () => {
    const mapped = mapAppendError(wrongVersion(3n), 'enforcement-case-1', 1);
    expect(mapped).toBeInstanceOf(WrongExpectedRevisionError);
    expect(mapped).toMatchObject({ streamId: 'enforcement-case-1', expected: 1, actual: 3 });
  });

  it('reports a missing stream as actual revision -1', () => {
    const mapped = mapAppendError(wrongVersion('no_stream'), 'enforcement-case-2', 0);
    expect(mapped).toMatchObject({ expected: 0, actual: -1 });
    expect(mapAppendError(wrongVersion(0n), 's', NO_STREAM)).toMatchObject({ expected: NO_STREAM, actual: 0 });
  });

  it('passes any other error through unchanged', () => {
    const other = Object.assign(new Error('unavailable'), { type: ErrorType.UNAVAILABLE });
    expect(mapAppendError(other, 's', ANY_REVISION)).toBe(other);
    expect(mapAppendError('not an error', 's', ANY_REVISION)).toBe('not an error');
  });

  it('recognises a stream-not-found error by its type', () => {
    expect(isEsdbStreamNotFound({ type: ErrorType.STREAM_NOT_FOUND })).toBe(true);
    expect(isEsdbStreamNotFound(new Error('x'))).toBe(false);
    expect(isEsdbStreamNotFound(null)).toBe(false);
  });
});

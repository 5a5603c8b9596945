import { ApiProblem } from '../../api/client';

/** A version of a record as a page loaded it: what it showed and the `If-Match` value a command on it sends. */
export interface LoadedRecord<V> {
  view: V;
  etag: string;
}

/** A 409 because the record changed since it was loaded (not a rule of the record). */
export function isConcurrentChange(error: unknown): error is ApiProblem {
  return error instanceof ApiProblem && error.status === 409 && (error.problem.code === 'WRONG_EXPECTED_REVISION' || (error.problem.type ?? '').endsWith('/concurrency'));
}

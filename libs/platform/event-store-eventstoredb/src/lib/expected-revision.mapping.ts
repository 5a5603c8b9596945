import { ANY_REVISION, NO_STREAM, type ExpectedRevision } from '@casetrail/event-sourcing';
import { ANY, NO_STREAM as ESDB_NO_STREAM, type AppendExpectedRevision, type CurrentRevision } from '@eventstore/db-client';

/** Our expected revision as ESDB's (`no_stream`, `any`, or the revision as a bigint). */
export function toEsdbExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  if (expected === NO_STREAM) return ESDB_NO_STREAM;
  if (expected === ANY_REVISION) return ANY;
  return BigInt(expected);
}

/** ESDB's current revision as ours: -1 for a stream that does not exist. */
export function fromEsdbCurrentRevision(current: CurrentRevision | bigint): number {
  return current === ESDB_NO_STREAM ? -1 : toSafeNumber(current, 'revision');
}

/** ESDB revisions and log positions are bigints; the port uses numbers (exact below 2^53). */
export function toSafeNumber(value: bigint, what: string): number {
  if (value < 0n || value > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`ESDB ${what} ${value.toString()} cannot be represented exactly as a number`);
  }
  return Number(value);
}

import { ANY_REVISION, NO_STREAM } from '@casetrail/event-sourcing';
import { fromEsdbCurrentRevision, toEsdbExpectedRevision, toSafeNumber } from './expected-revision.mapping';

describe('expected revision mapping', () => {
  it('maps NO_STREAM, ANY_REVISION and an exact revision to ESDB values', () => {
    expect(toEsdbExpectedRevision(NO_STREAM)).toBe('no_stream');
    expect(toEsdbExpectedRevision(ANY_REVISION)).toBe('any');
    expect(toEsdbExpectedRevision(0)).toBe(0n);
    expect(toEsdbExpectedRevision(41)).toBe(41n);
  });

  it('reads ESDB current revisions back, -1 for no stream', () => {
    expect(fromEsdbCurrentRevision('no_stream')).toBe(-1);
    expect(fromEsdbCurrentRevision(7n)).toBe(7);
  });

  it('refuses a bigint that a number cannot hold exactly', () => {
    expect(toSafeNumber(2n ** 53n - 1n, 'position')).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => toSafeNumber(2n ** 53n, 'position')).toThrow(RangeError);
  });
});

import { InvalidReadModelRequestError } from '@casetrail/read-models';
import { literalRegex, toMongoFilter, toMongoPage, toMongoSort } from './mongo-query';

describe('toMongoFilter', () => {
  it('filters live documents only when there is no filter', () => {
    expect(toMongoFilter(undefined)).toEqual({ deleted: { $ne: true } });
    expect(toMongoFilter({})).toEqual({ deleted: { $ne: true } });
  });

  it('puts equality and $in on data paths, with $eq so a value is never read as an operator', () => {
    expect(toMongoFilter({ province: 'បាត់ដំបង', 'place.district': null, victims: { $in: [0, 5] }, closed: false })).toEqual({
      deleted: { $ne: true },
      'data.province': { $eq: 'បាត់ដំបង' },
      'data.place.district': { $eq: null },
      'data.victims': { $in: [0, 5] },
      'data.closed': { $eq: false },
    });
  });

  it('puts $contains as a $regex of the escaped literal, no options (the port is case-sensitive)', () => {
    expect(toMongoFilter({ referenceSearch: { $contains: 'btb/2020.0(3)' } })).toEqual({
      deleted: { $ne: true },
      'data.referenceSearch': { $regex: 'btb\\/2020\\.0\\(3\\)' },
    });
    expect(new RegExp(literalRegex('a.b*[c]^$|\\{1}-?+')).test('xa.b*[c]^$|\\{1}-?+y')).toBe(true);
    expect(new RegExp(literalRegex('a.b')).test('axb')).toBe(false);
    expect(() => toMongoFilter({ n: { $contains: 1 } as never })).toThrow(InvalidReadModelRequestError);
  });

  it('refuses what the in-memory reference refuses: bad paths and operators other than $in', () => {
    for (const path of ['', '$where', 'a..b', '.a', 'a.']) {
      expect(() => toMongoFilter({ [path]: 1 })).toThrow(InvalidReadModelRequestError);
    }
    expect(() => toMongoFilter({ n: { $gt: 1 } as never })).toThrow(InvalidReadModelRequestError);
    expect(() => toMongoFilter({ n: { $in: [1], $nin: [2] } as never })).toThrow(InvalidReadModelRequestError);
    expect(() => toMongoFilter({ n: { $in: 'x' } as never })).toThrow(InvalidReadModelRequestError);
  });

  it('refuses values that are not scalars, or numbers MongoDB and JSON disagree on', () => {
    expect(() => toMongoFilter({ n: { $in: [{ $gt: 1 }] } as never })).toThrow(InvalidReadModelRequestError);
    expect(() => toMongoFilter({ n: Number.NaN })).toThrow(InvalidReadModelRequestError);
    expect(() => toMongoFilter({ n: Number.POSITIVE_INFINITY })).toThrow(InvalidReadModelRequestError);
  });
});

describe('toMongoSort', () => {
  it('sorts on data paths in the given order and breaks ties by id ascending', () => {
    const sort = toMongoSort({ closed: 1, 'place.province': -1 });
    expect(sort).toEqual({ 'data.closed': 1, 'data.place.province': -1, _id: 1 });
    expect(Object.keys(sort)).toEqual(['data.closed', 'data.place.province', '_id']);
    expect(toMongoSort(undefined)).toEqual({ _id: 1 });
  });

  it('refuses bad paths and directions', () => {
    expect(() => toMongoSort({ '': 1 })).toThrow(InvalidReadModelRequestError);
    expect(() => toMongoSort({ n: 0 as never })).toThrow(InvalidReadModelRequestError);
  });
});

describe('toMongoPage', () => {
  it('passes skip and limit, and turns limit 0 into an empty page (MongoDB reads it as no limit)', () => {
    expect(toMongoPage({})).toEqual({ skip: 0, limit: 0 });
    expect(toMongoPage({ skip: 3, limit: 2 })).toEqual({ skip: 3, limit: 2 });
    expect(toMongoPage({ limit: 0 })).toBeNull();
  });

  it('refuses negative or fractional numbers', () => {
    expect(() => toMongoPage({ skip: -1 })).toThrow(InvalidReadModelRequestError);
    expect(() => toMongoPage({ limit: 1.5 })).toThrow(InvalidReadModelRequestError);
  });
});

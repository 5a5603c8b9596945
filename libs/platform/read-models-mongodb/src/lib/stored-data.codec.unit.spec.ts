import { decodeData, encodeData, encodeKey } from './stored-data.codec';

describe('stored data codec', () => {
  it('stores arrays inside arrays in a wrapper object, at any depth, and reads them back', () => {
    const data = { matrix: [[1, 2], [3, [4, []]]], people: [{ role: 'victim', tags: [['a']] }], plain: [1, 'x', null] };
    const stored = encodeData(data);
    expect(stored).toEqual({
      matrix: [{ '%array': [1, 2] }, { '%array': [3, { '%array': [4, { '%array': [] }] }] }],
      people: [{ role: 'victim', tags: [{ '%array': ['a'] }] }],
      plain: [1, 'x', null],
    });
    expect(decodeData(stored)).toEqual(data);
  });

  it('escapes only the keys FerretDB refuses, and the escape character itself', () => {
    expect(encodeKey('province')).toBe('province');
    expect(encodeKey('a.b')).toBe('a%2Eb');
    expect(encodeKey('$where')).toBe('%24where');
    expect(encodeKey('50%')).toBe('50%25');
    expect(encodeKey('x$y')).toBe('x$y');
    const data = { 'a.b': { $set: 1, '%array': [[1]] }, '%2E': 'literal', 'ok': { n: 1 } };
    const stored = encodeData(data) as Record<string, unknown>;
    expect(Object.keys(stored)).toEqual(['a%2Eb', '%252E', 'ok']);
    expect(decodeData(stored)).toEqual(data);
  });

  it('makes the JSON round trip of the in-memory reference, as a copy', () => {
    const source = { when: new Date('2024-05-01T08:00:00.000Z'), gone: undefined, bad: Number.NaN, list: [1] };
    const stored = encodeData(source) as { list: number[] };
    source.list.push(2);
    expect(decodeData(stored)).toEqual({ when: '2024-05-01T08:00:00.000Z', bad: null, list: [1] });
    expect(encodeData(undefined)).toBeUndefined();
  });
});

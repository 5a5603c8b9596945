import { lostByStamps, settleByCount } from './write-outcome';

const ops = [
  { id: 'a', expectedVersion: 1 },
  { id: 'b', expectedVersion: 4 },
  { id: 'c', expectedVersion: 2 },
];

describe('settleByCount', () => {
  it('settles when every conditional op won, or none did', () => {
    expect(settleByCount(ops, 3)).toEqual({ settled: true, lost: [] });
    expect(settleByCount(ops, 0)).toEqual({ settled: true, lost: ['a', 'b', 'c'] });
  });

  it('cannot tell which ones from a partial count', () => {
    expect(settleByCount(ops, 2)).toEqual({ settled: false });
  });
});

describe('lostByStamps', () => {
  const ours = 'write-ours';

  it('counts a document carrying our stamp as won, and absent or unmoved documents as lost', () => {
    const readBack = [
      { id: 'a', version: 2, writeId: ours },
      { id: 'b', version: 4, writeId: 'earlier' },
    ];
    expect(lostByStamps(ops, 1, ours, readBack)).toEqual(['b', 'c']);
  });

  it('counts a document moved exactly one version by another writer as lost', () => {
    const readBack = [
      { id: 'a', version: 2, writeId: ours },
      { id: 'b', version: 5, writeId: 'other' },
      { id: 'c', version: 3, writeId: ours },
    ];
    expect(lostByStamps(ops, 2, ours, readBack)).toEqual(['b']);
  });

  it('uses the count to decide documents overwritten after the write', () => {
    const overwritten = [
      { id: 'a', version: 2, writeId: ours },
      { id: 'b', version: 7, writeId: 'later' },
      { id: 'c', version: 1 },
    ];
    expect(lostByStamps(ops, 2, ours, overwritten)).toEqual(['c']);
    expect(lostByStamps(ops, 1, ours, overwritten)).toEqual(['c', 'b']);
  });

  it('reports undecidable documents as conflicts, the side the applied markers make safe', () => {
    const readBack = [
      { id: 'a', version: 9, writeId: 'later' },
      { id: 'b', version: 9, writeId: 'later' },
      { id: 'c', version: 3, writeId: ours },
    ];
    expect(lostByStamps(ops, 2, ours, readBack)).toEqual(['a', 'b']);
  });
});

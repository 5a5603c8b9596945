import { chain, chainOf, chainedFields } from '../test-support/chain-rows';
import { chainHeadMac, eventChainHash, type ChainHead } from './event-chain-hash';
import { ChainVerifier, verifyChain, type ChainRow } from './event-chain-verifier';

/** Rehashes a row after its content was edited, as an attacker who knows the format would. */
const rehash = (row: ChainRow): ChainRow => ({ ...row, hash: eventChainHash(row.prev_hash!, row) });

describe('verifyChain', () => {
  it('accepts an untouched log and returns its head', () => {
    const { rows, head } = chainOf(10);
    expect(verifyChain(rows, head)).toEqual({ ok: true, events: 10, head, headMac: 'unchecked' });
  });

  it('accepts an empty log whose head is the genesis', () => {
    const { rows, head } = chainOf(0);
    expect(verifyChain(rows, head)).toMatchObject({ ok: true, events: 0 });
  });

  it('reports a changed byte of data at its position', () => {
    const { rows, head } = chainOf(10);
    rows[4] = { ...rows[4]!, data: rows[4]!.data!.replace('5', '6') };
    expect(verifyChain(rows, head)).toMatchObject({ ok: false, kind: 'changed', firstBadPosition: 5, eventsVerified: 4 });
  });

  it('reports a changed stored hash at its position', () => {
    const { rows, head } = chainOf(10);
    rows[2] = { ...rows[2]!, hash: '0'.repeat(64) };
    expect(verifyChain(rows, head)).toMatchObject({ ok: false, kind: 'changed', firstBadPosition: 3 });
  });

  it('reports an event rewritten with a recomputed hash at its position, from the next event\'s link', () => {
    const { rows, head } = chainOf(10);
    rows[4] = rehash({ ...rows[4]!, data: '{"n":555}' });
    expect(verifyChain(rows, head)).toMatchObject({ ok: false, kind: 'changed', firstBadPosition: 5 });
  });

  it('reports a row without a hash (written around the store) as changed', () => {
    const { rows, head } = chainOf(3);
    rows.push({ ...chainedFields(4), prev_hash: null, hash: null });
    expect(verifyChain(rows, head)).toMatchObject({ ok: false, kind: 'changed', firstBadPosition: 4 });
  });

  it('reports a removed middle event at the missing position', () => {
    const { rows, head } = chainOf(10);
    rows.splice(5, 1);
    expect(verifyChain(rows, head)).toMatchObject({ ok: false, kind: 'removed', firstBadPosition: 6, eventsVerified: 5 });
  });

  it('reports a removed first event at position 1', () => {
    const { rows, head } = chainOf(5);
    rows.shift();
    expect(verifyChain(rows, head)).toMatchObject({ ok: false, kind: 'removed', firstBadPosition: 1 });
  });

  it('reports a removed event whose gap was closed by renumbering as changed at the renumbered row', () => {
    const { rows, head } = chainOf(6);
    const renumbered = [...rows.slice(0, 2), ...rows.slice(3).map((r) => ({ ...r, global_position: r.global_position - 1 }))];
    expect(verifyChain(renumbered, head)).toMatchObject({ ok: false, kind: 'changed', firstBadPosition: 3 });
  });

  it('reports two swapped events as reordered at the first of them', () => {
    const { rows, head } = chainOf(10);
    const [third, fifth] = [rows[2]!, rows[4]!];
    rows[2] = { ...fifth, global_position: 3 };
    rows[4] = { ...third, global_position: 5 };
    const result = verifyChain(rows, head);
    expect(result).toMatchObject({ ok: false, kind: 'reordered', firstBadPosition: 3 });
  });

  it('reports rows given out of position order as reordered, at the first row out of place', () => {
    const { rows, head } = chainOf(4);
    [rows[1], rows[2]] = [rows[2]!, rows[1]!];
    expect(verifyChain(rows, head)).toMatchObject({ ok: false, kind: 'reordered', firstBadPosition: 3 });
    const repeated = chainOf(4).rows;
    repeated[2] = { ...repeated[2]!, global_position: 2 };
    expect(verifyChain(repeated, head)).toMatchObject({ ok: false, kind: 'reordered', firstBadPosition: 2 });
  });

  it('reports a truncated tail from the head, at the first missing position', () => {
    const { rows, head } = chainOf(10);
    expect(verifyChain(rows.slice(0, 7), head)).toMatchObject({ ok: false, kind: 'truncated', firstBadPosition: 8, eventsVerified: 7 });
    expect(verifyChain([], head)).toMatchObject({ ok: false, kind: 'truncated', firstBadPosition: 1 });
  });

  it('reports events beyond the head, a head that does not match, or no head, as head-mismatch', () => {
    const { rows, head } = chainOf(5);
    const short = chain(rows.slice(0, 3).map((r) => ({ ...r }))).head;
    expect(verifyChain(rows, short)).toMatchObject({ ok: false, kind: 'head-mismatch', firstBadPosition: 4 });
    expect(verifyChain(rows, { ...head, hash: 'f'.repeat(64) })).toMatchObject({ ok: false, kind: 'head-mismatch', firstBadPosition: 5 });
    expect(verifyChain(rows, { ...head, count: 4 })).toMatchObject({ ok: false, kind: 'head-mismatch', firstBadPosition: 5 });
    expect(verifyChain(rows, undefined)).toMatchObject({ ok: false, kind: 'head-mismatch' });
  });

  it('catches a whole chain recomputed after an edit only through the head (and its MAC)', () => {
    const original = chainOf(5);
    const forged = chain(original.rows.map((r) => (r.global_position === 2 ? { ...r, data: '{"n":222}' } : r)));
    expect(verifyChain(forged.rows, original.head)).toMatchObject({ ok: false, kind: 'head-mismatch', firstBadPosition: 5 });
    // With the head rewritten too, only a MAC under a key kept elsewhere tells.
    const key = Buffer.alloc(32, 1);
    const signed: ChainHead = { ...original.head, mac: chainHeadMac(key, original.head) };
    expect(verifyChain(original.rows, signed, { hmacKey: key })).toMatchObject({ ok: true, headMac: 'verified' });
    expect(verifyChain(forged.rows, forged.head)).toMatchObject({ ok: true });
    expect(verifyChain(forged.rows, { ...forged.head, mac: signed.mac }, { hmacKey: key })).toMatchObject({ ok: false, kind: 'head-mismatch' });
    expect(verifyChain(original.rows, original.head, { hmacKey: key })).toMatchObject({ ok: false, kind: 'head-mismatch', detail: expect.stringMatching(/no MAC/) });
  });

  it('never puts event content in the detail', () => {
    const { rows, head } = chainOf(3);
    rows[1] = { ...rows[1]!, data: '{"name":"Synthetic Person"}' };
    const result = verifyChain(rows, head);
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toMatch(/Synthetic Person/);
  });
});

describe('ChainVerifier', () => {
  it('verifies a stream row by row and keeps the first failure', () => {
    const { rows, head } = chainOf(6);
    const verifier = new ChainVerifier();
    rows[3] = { ...rows[3]!, event_id: 'other' };
    const results = rows.map((r) => verifier.push(r));
    expect(results.slice(0, 3)).toEqual([undefined, undefined, undefined]);
    expect(results[3]).toMatchObject({ kind: 'changed', firstBadPosition: 4 });
    expect(results[5]).toBe(results[3]);
    expect(verifier.finish(head)).toBe(results[3]);
  });
});

import { chainedFields } from '../test-support/chain-rows';
import { GENESIS_HASH, chainHeadMac, chainHeadMacMatches, eventChainHash } from './event-chain-hash';

describe('eventChainHash', () => {
  const fields = chainedFields(7);

  it('is a stable SHA-256 hex digest of the previous hash and the stored columns', () => {
    const hash = eventChainHash(GENESIS_HASH, fields);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(eventChainHash(GENESIS_HASH, { ...fields })).toBe(hash);
  });

  it.each(Object.keys(chainedFields(7)))('changes when %s changes', (column) => {
    const value = (fields as unknown as Record<string, unknown>)[column];
    const changed = { ...fields, [column]: typeof value === 'number' ? value + 1 : `${String(value)}x` };
    expect(eventChainHash(GENESIS_HASH, changed)).not.toBe(eventChainHash(GENESIS_HASH, fields));
  });

  it('changes with the previous hash', () => {
    expect(eventChainHash('1'.repeat(64), fields)).not.toBe(eventChainHash(GENESIS_HASH, fields));
  });

  it('does not let a byte move across a field boundary, nor confuse null, text and numbers', () => {
    const a = eventChainHash(GENESIS_HASH, { ...fields, stream_id: 'ab', type: 'c' });
    const b = eventChainHash(GENESIS_HASH, { ...fields, stream_id: 'a', type: 'bc' });
    expect(a).not.toBe(b);
    expect(eventChainHash(GENESIS_HASH, { ...fields, data: null })).not.toBe(eventChainHash(GENESIS_HASH, { ...fields, data: 'null' }));
    const asText = { ...fields, stream_revision: String(fields.stream_revision) as unknown as number };
    expect(eventChainHash(GENESIS_HASH, asText)).not.toBe(eventChainHash(GENESIS_HASH, fields));
  });
});

describe('chainHeadMac', () => {
  const key = Buffer.alloc(32, 7);
  const head = { position: 10, hash: 'ab'.repeat(32), count: 10 };

  it('matches only under the same key and the same head', () => {
    const mac = chainHeadMac(key, head);
    expect(chainHeadMacMatches(key, { ...head, mac })).toBe(true);
    expect(chainHeadMacMatches(Buffer.alloc(32, 8), { ...head, mac })).toBe(false);
    expect(chainHeadMacMatches(key, { ...head, count: 9, mac })).toBe(false);
    expect(chainHeadMacMatches(key, { ...head, mac: null })).toBe(false);
    expect(chainHeadMacMatches(key, { ...head, mac: 'zz' })).toBe(false);
  });
});

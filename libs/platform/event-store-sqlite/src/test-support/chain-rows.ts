import { GENESIS_HASH, eventChainHash, type ChainHead, type ChainedEventFields } from '../lib/event-chain-hash';
import type { ChainRow } from '../lib/event-chain-verifier';

/** Synthetic stored fields of the event at `position` (no personal data). */
export function chainedFields(position: number): ChainedEventFields {
  return {
    global_position: position,
    event_id: `event-${position}`,
    stream_id: `case-${position % 3}`,
    stream_revision: Math.floor(position / 3),
    type: 'test.ThingRecorded',
    schema_version: 1,
    data: JSON.stringify({ n: position }),
    metadata: JSON.stringify({ actor: { userId: 'u1', role: 'police' }, correlationId: 'c1', causationId: null }),
    occurred_at: '2024-01-01T00:00:00.000Z',
    recorded_at: '2024-01-01T00:00:01.000Z',
  };
}

/** Chains rows as the store does; returns them with their head. */
export function chain(fields: readonly ChainedEventFields[]): { rows: ChainRow[]; head: ChainHead } {
  let prev = GENESIS_HASH;
  const rows = fields.map((f) => {
    const hash = eventChainHash(prev, f);
    const row = { ...f, prev_hash: prev, hash };
    prev = hash;
    return row;
  });
  const last = rows[rows.length - 1];
  return { rows, head: { position: last?.global_position ?? 0, hash: prev, count: rows.length, mac: null } };
}

/** A valid chain of events at positions 1..n. */
export function chainOf(n: number): { rows: ChainRow[]; head: ChainHead } {
  return chain(Array.from({ length: n }, (_, i) => chainedFields(i + 1)));
}

import { createHash } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Fixed namespace so the same envelope id always maps to the same ESDB id (retries stay idempotent).
const NAMESPACE = Buffer.from('6f1c2a3e9b7d4c5e8a1f0b2c3d4e5f60', 'hex');

/**
 * ESDB requires UUID event ids; the envelope allows any non-empty string. A UUID is used as is
 * (lower-cased, as ESDB returns it); anything else gets a name-based (v5-style, SHA-1) UUID.
 * The original id always travels in the metadata, so reads return it unchanged.
 */
export function toEsdbEventId(eventId: string): string {
  if (UUID.test(eventId)) return eventId.toLowerCase();
  const bytes = createHash('sha1').update(NAMESPACE).update(eventId, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

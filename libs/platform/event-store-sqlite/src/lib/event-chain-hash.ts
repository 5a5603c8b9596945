import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** The `prev_hash` of the first event of a log. */
export const GENESIS_HASH = '0'.repeat(64);

/** Names the encoding below; a different encoding would be a new format name and a migration. */
export const EVENT_CHAIN_FORMAT = 'casetrail-event-chain-v1';

/** The stored columns an event's hash covers, exactly as SQLite returns them. */
export interface ChainedEventFields {
  global_position: number;
  event_id: string;
  stream_id: string;
  stream_revision: number;
  type: string;
  schema_version: number;
  data: string | null;
  metadata: string;
  occurred_at: string;
  recorded_at: string;
}

/** The anchor kept apart from the rows: what the last append left as the end of the chain. */
export interface ChainHead {
  /** Global position of the last chained event (0 when the log is empty). */
  position: number;
  /** Hash of that event (GENESIS_HASH when the log is empty). */
  hash: string;
  /** Number of chained events. */
  count: number;
  /** HMAC-SHA256 of the head under the audit key, when the writer had one. */
  mac: string | null;
}

const TAG_NULL = 0;
const TAG_TEXT = 1;
const TAG_NUMBER = 2;
const TAG_BYTES = 3;
const TAG_OTHER = 4;

/**
 * Each field as tag + 4-byte length + bytes, so no two different rows share an encoding (no
 * separator to forge, and null, "null", 1 and "1" all differ). Text is hashed as its UTF-8 bytes,
 * which is what SQLite stores; a value tampered to another storage class (a number stored as
 * text) changes the tag and so the hash. One buffer, sized first: this runs on every append.
 */
function encodeFields(fields: readonly unknown[]): Buffer {
  const tags: number[] = [];
  const values: (string | Buffer | null)[] = [];
  let size = 0;
  for (const value of fields) {
    if (value === null || value === undefined) {
      tags.push(TAG_NULL);
      values.push(null);
      size += 1;
      continue;
    }
    const [tag, encoded] =
      typeof value === 'string'
        ? [TAG_TEXT, value]
        : typeof value === 'number' || typeof value === 'bigint'
          ? [TAG_NUMBER, String(value)]
          : Buffer.isBuffer(value)
            ? [TAG_BYTES, value]
            : [TAG_OTHER, String(value)];
    tags.push(tag);
    values.push(encoded);
    size += 5 + (typeof encoded === 'string' ? Buffer.byteLength(encoded, 'utf8') : encoded.length);
  }
  const out = Buffer.allocUnsafe(size);
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset = out.writeUInt8(tags[i]!, offset);
    const value = values[i]!;
    if (value === null) continue;
    const lengthAt = offset;
    offset += 4;
    const length = typeof value === 'string' ? out.write(value, offset, 'utf8') : value.copy(out, offset);
    out.writeUInt32BE(length, lengthAt);
    offset += length;
  }
  return out;
}

/** SHA-256 (hex) of the previous hash and every stored column of the event, in a fixed order. */
export function eventChainHash(prevHash: string, row: ChainedEventFields): string {
  const fields: unknown[] = [
    EVENT_CHAIN_FORMAT,
    prevHash,
    row.global_position,
    row.event_id,
    row.stream_id,
    row.stream_revision,
    row.type,
    row.schema_version,
    row.data,
    row.metadata,
    row.occurred_at,
    row.recorded_at,
  ];
  return createHash('sha256').update(encodeFields(fields)).digest('hex');
}

/** HMAC-SHA256 (hex) of the head's position, count and hash under the audit key. */
export function chainHeadMac(key: Buffer, head: Pick<ChainHead, 'position' | 'hash' | 'count'>): string {
  const fields = [EVENT_CHAIN_FORMAT + '/head', head.position, head.count, head.hash];
  return createHmac('sha256', key).update(encodeFields(fields)).digest('hex');
}

/** Constant-time comparison of a stored MAC with the one recomputed under the key. */
export function chainHeadMacMatches(key: Buffer, head: ChainHead): boolean {
  if (head.mac === null) return false;
  const expected = Buffer.from(chainHeadMac(key, head), 'hex');
  const stored = Buffer.from(head.mac, 'hex');
  return stored.length === expected.length && timingSafeEqual(stored, expected);
}

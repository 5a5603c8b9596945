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
 * One field as tag + 4-byte length + bytes, so no two different rows share an encoding (no
 * separator to forge, and null, "null", 1 and "1" all differ). Text is hashed as its UTF-8 bytes,
 * which is what SQLite stores; a value tampered to another storage class (a number stored as
 * text) changes the tag and so the hash.
 */
function encodeField(value: unknown): Buffer {
  if (value === null || value === undefined) return Buffer.of(TAG_NULL);
  const [tag, bytes] =
    typeof value === 'string'
      ? [TAG_TEXT, Buffer.from(value, 'utf8')]
      : typeof value === 'number' || typeof value === 'bigint'
        ? [TAG_NUMBER, Buffer.from(String(value), 'utf8')]
        : Buffer.isBuffer(value)
          ? [TAG_BYTES, value]
          : [TAG_OTHER, Buffer.from(String(value), 'utf8')];
  const header = Buffer.alloc(5);
  header.writeUInt8(tag, 0);
  header.writeUInt32BE(bytes.length, 1);
  return Buffer.concat([header, bytes]);
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
  return createHash('sha256').update(Buffer.concat(fields.map(encodeField))).digest('hex');
}

/** HMAC-SHA256 (hex) of the head's position, count and hash under the audit key. */
export function chainHeadMac(key: Buffer, head: Pick<ChainHead, 'position' | 'hash' | 'count'>): string {
  const fields = [EVENT_CHAIN_FORMAT + '/head', head.position, head.count, head.hash];
  return createHmac('sha256', key).update(Buffer.concat(fields.map(encodeField))).digest('hex');
}

/** Constant-time comparison of a stored MAC with the one recomputed under the key. */
export function chainHeadMacMatches(key: Buffer, head: ChainHead): boolean {
  if (head.mac === null) return false;
  const expected = Buffer.from(chainHeadMac(key, head), 'hex');
  const stored = Buffer.from(head.mac, 'hex');
  return stored.length === expected.length && timingSafeEqual(stored, expected);
}

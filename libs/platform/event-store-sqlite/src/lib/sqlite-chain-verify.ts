import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { ChainVerifier, type ChainRow, type ChainVerification } from './event-chain-verifier';
import { readChainHead } from './sqlite-chain-writer';
import { SqliteSchemaMismatchError } from './sqlite-errors';
import { EVENT_COLUMNS } from './sqlite-event-row';

export interface VerifySqliteEventLogOptions {
  /** Rows read per query (default 2000): memory stays flat whatever the log's size. */
  batchSize?: number;
  /** Called after each batch with events verified so far and the log's row count. */
  onProgress?: (verified: number, total: number) => void;
  /** The audit key: the chain head's MAC must match it. */
  hmacKey?: Buffer;
}

/**
 * Recomputes the hash chain of a SQLite event log and compares its end with the chain head, in
 * one read snapshot (writers may keep appending meanwhile). A file name is opened read-only and
 * the check yields to the event loop between batches; an open connection (an in-memory store)
 * is read without yielding, so no append can interleave with the read transaction.
 * Throws when the file cannot be opened or predates the chain (schema < 3); a file damaged so
 * badly that SQLite cannot read its rows is reported as changed at the first unreadable batch.
 */
export async function verifySqliteEventLog(
  source: string | Database.Database,
  options: VerifySqliteEventLogOptions = {},
): Promise<ChainVerification> {
  const own = typeof source === 'string';
  const db = own ? new Database(source, { readonly: true, fileMustExist: true }) : source;
  try {
    const hasChain = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'chain_head'").get();
    if (!hasChain) {
      throw new SqliteSchemaMismatchError(`${db.name} has no hash chain (schema before migration 3): open it once with the event store to migrate it`);
    }
    db.exec('BEGIN');
    try {
      return await verifyInSnapshot(db, own, options);
    } finally {
      db.exec('COMMIT');
    }
  } finally {
    if (own) db.close();
  }
}

async function verifyInSnapshot(db: Database.Database, yieldBetweenBatches: boolean, options: VerifySqliteEventLogOptions): Promise<ChainVerification> {
  const batchSize = options.batchSize ?? 2000;
  const head = readChainHead(db);
  const total = (db.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number }).n;
  const page = db.prepare<[number, number]>(`SELECT ${EVENT_COLUMNS}, prev_hash, hash FROM events WHERE global_position > ? ORDER BY global_position LIMIT ?`);
  const locate = db.prepare<[string]>('SELECT global_position FROM events WHERE hash = ? ORDER BY global_position LIMIT 1').pluck();
  const verifier = new ChainVerifier({ hmacKey: options.hmacKey, locateHash: (hash) => locate.get(hash) as number | undefined });
  let after = 0;
  let verified = 0;
  options.onProgress?.(0, total);
  for (;;) {
    let rows: ChainRow[];
    try {
      rows = page.all(after, batchSize) as ChainRow[];
    } catch (error) {
      if (!isCorruption(error)) throw error;
      const message = (error as Error).message;
      return { ok: false, firstBadPosition: after + 1, kind: 'changed', detail: `the file cannot be read after position ${after}: ${message}`, eventsVerified: verified };
    }
    if (rows.length === 0) break;
    for (const row of rows) {
      const failure = verifier.push(row);
      if (failure) return failure;
    }
    verified += rows.length;
    after = rows[rows.length - 1]!.global_position;
    options.onProgress?.(verified, total);
    if (yieldBetweenBatches) await new Promise((resolve) => setImmediate(resolve));
  }
  return verifier.finish(head);
}

function isCorruption(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT'));
}

/**
 * Reads the audit HMAC key from a file (e.g. the one named by CASETRAIL_AUDIT_HMAC_KEY_FILE):
 * its bytes, surrounding whitespace trimmed. Refuses a key shorter than 32 bytes.
 */
export function readAuditHmacKey(file: string): Buffer {
  const raw = readFileSync(file);
  let start = 0;
  let end = raw.length;
  while (start < end && isSpace(raw[start]!)) start++;
  while (end > start && isSpace(raw[end - 1]!)) end--;
  const key = raw.subarray(start, end);
  if (key.length < 32) throw new Error(`The audit HMAC key in ${file} is ${key.length} bytes; use at least 32 (e.g. openssl rand -hex 32)`);
  return key;
}

const isSpace = (byte: number) => byte === 0x20 || (byte >= 0x09 && byte <= 0x0d);

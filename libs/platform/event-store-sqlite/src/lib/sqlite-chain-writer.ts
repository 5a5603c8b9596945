import type Database from 'better-sqlite3';
import { GENESIS_HASH, chainHeadMac, eventChainHash, type ChainHead } from './event-chain-hash';
import type { EventInsertParams } from './sqlite-event-row';

/** Reads the single `chain_head` row (undefined before migration 3 or when it was deleted). */
export function readChainHead(db: Database.Database): ChainHead | undefined {
  return db.prepare('SELECT position, hash, count, mac FROM chain_head WHERE id = 1').get() as ChainHead | undefined;
}

/**
 * Inserts events with their chain hashes and moves the chain head, on one connection. Call it
 * only inside an IMMEDIATE transaction: the head and the next position are read under the write
 * lock, so writers in several processes extend one chain.
 *
 * The previous hash comes from the head, not from the last row: after someone deletes the tail
 * the next append links to the head and the gap stays visible, instead of sealing it over.
 */
export class SqliteChainWriter {
  private readonly statements: ReturnType<SqliteChainWriter['prepare']>;

  constructor(
    private readonly db: Database.Database,
    private readonly hmacKey?: Buffer,
  ) {
    this.statements = this.prepare();
  }

  /** Returns the global positions given to the events, in order. */
  insert(rows: readonly EventInsertParams[]): number[] {
    const { head, sequence, insert, moveHead } = this.statements;
    const before = (head.get() as Pick<ChainHead, 'hash' | 'count'> | undefined) ?? { hash: GENESIS_HASH, count: 0 };
    // What AUTOINCREMENT would choose: positions are never reused, even after a deleted tail.
    let position = (sequence.get() as { seq: number } | undefined)?.seq ?? 0;
    let prevHash = before.hash;
    const positions: number[] = [];
    for (const row of rows) {
      position++;
      const params = { ...row, global_position: position, prev_hash: prevHash, hash: '' };
      params.hash = eventChainHash(prevHash, params);
      insert.run(params);
      positions.push(position);
      prevHash = params.hash;
    }
    const next = { position, hash: prevHash, count: before.count + rows.length };
    moveHead.run({ ...next, mac: this.hmacKey ? chainHeadMac(this.hmacKey, next) : null });
    return positions;
  }

  private prepare() {
    const db = this.db;
    return {
      head: db.prepare('SELECT hash, count FROM chain_head WHERE id = 1'),
      sequence: db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'events'"),
      insert: db.prepare<[EventInsertParams & { global_position: number; prev_hash: string; hash: string }]>(
        `INSERT INTO events (global_position, event_id, stream_id, stream_revision, type, schema_version, data, metadata,
           occurred_at, recorded_at, prev_hash, hash)
         VALUES (@global_position, @event_id, @stream_id, @stream_revision, @type, @schema_version, @data, @metadata,
           @occurred_at, @recorded_at, @prev_hash, @hash)`,
      ),
      moveHead: db.prepare<[{ position: number; hash: string; count: number; mac: string | null }]>(
        `INSERT INTO chain_head (id, position, hash, count, mac) VALUES (1, @position, @hash, @count, @mac)
         ON CONFLICT (id) DO UPDATE SET position = excluded.position, hash = excluded.hash, count = excluded.count, mac = excluded.mac`,
      ),
    };
  }
}

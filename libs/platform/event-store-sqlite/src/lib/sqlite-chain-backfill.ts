import type Database from 'better-sqlite3';
import { GENESIS_HASH, eventChainHash } from './event-chain-hash';
import { EVENT_COLUMNS, type EventRow } from './sqlite-event-row';

const BATCH = 5000;

/**
 * Part of migration 3: chains the events already stored, in global-position order, and writes
 * the head. It runs inside the migration's transaction, so a file is either fully chained or
 * not migrated. The chain vouches for these rows only from the migration on: a change made
 * before it is sealed in, not detected.
 */
export function backfillEventChain(db: Database.Database): void {
  const page = db.prepare<[number, number]>(`SELECT ${EVENT_COLUMNS} FROM events WHERE global_position > ? ORDER BY global_position LIMIT ?`);
  const update = db.prepare<[string, string, number]>('UPDATE events SET prev_hash = ?, hash = ? WHERE global_position = ?');
  let prevHash = GENESIS_HASH;
  let position = 0;
  let count = 0;
  for (;;) {
    const rows = page.all(position, BATCH) as EventRow[];
    if (rows.length === 0) break;
    for (const row of rows) {
      const hash = eventChainHash(prevHash, row);
      update.run(prevHash, hash, row.global_position);
      prevHash = hash;
      position = row.global_position;
      count++;
    }
  }
  db.prepare('INSERT INTO chain_head (id, position, hash, count, mac) VALUES (1, ?, ?, ?, NULL)').run(position, prevHash, count);
}

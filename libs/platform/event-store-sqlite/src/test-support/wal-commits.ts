import { existsSync, readFileSync } from 'node:fs';

const WAL_HEADER_BYTES = 32;
const FRAME_HEADER_BYTES = 24;

/**
 * How many transactions were committed into the write-ahead log of `filename` since the WAL
 * was last restarted, read from the `-wal` file itself (SQLite's documented WAL format): a
 * frame whose "database size after commit" field is non-zero ends a committed transaction, and
 * only frames carrying the header's salts belong to the current log. An independent count of
 * commits (so of fsyncs under synchronous=FULL), not one the store keeps about itself.
 * Valid only while no checkpoint restarts the log (a small test stays far below the
 * 1000-page auto-checkpoint).
 */
export function walCommits(filename: string): number {
  const path = `${filename}-wal`;
  if (!existsSync(path)) return 0;
  const wal = readFileSync(path);
  if (wal.length < WAL_HEADER_BYTES) return 0;
  const pageSize = wal.readUInt32BE(8) || 65536;
  const salt1 = wal.readUInt32BE(16);
  const salt2 = wal.readUInt32BE(20);
  let commits = 0;
  for (let at = WAL_HEADER_BYTES; at + FRAME_HEADER_BYTES + pageSize <= wal.length; at += FRAME_HEADER_BYTES + pageSize) {
    if (wal.readUInt32BE(at + 8) !== salt1 || wal.readUInt32BE(at + 12) !== salt2) break;
    if (wal.readUInt32BE(at + 4) !== 0) commits++;
  }
  return commits;
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A database path in a fresh temp directory (in a subfolder, so the store must create it). */
export function tempDatabase(name = 'events.sqlite'): { filename: string; dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'casetrail-sqlite-'));
  return {
    dir,
    filename: join(dir, 'data', name),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

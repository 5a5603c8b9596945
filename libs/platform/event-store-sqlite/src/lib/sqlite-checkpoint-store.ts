import type { CheckpointStore } from '@casetrail/event-sourcing';
import type Database from 'better-sqlite3';
import type { SqliteEventStore } from './sqlite-event-store';

/**
 * Checkpoints in the same SQLite file as the events (the `checkpoints` table), so a reader of
 * this store keeps its position next to the log. It uses the store's connection: close the store
 * last.
 */
export class SqliteCheckpointStore implements CheckpointStore {
  private readonly loadStatement: Database.Statement<[string]>;
  private readonly saveStatement: Database.Statement<[string, number]>;

  constructor(store: SqliteEventStore) {
    this.loadStatement = store.database.prepare('SELECT position FROM checkpoints WHERE name = ?');
    this.saveStatement = store.database.prepare(
      'INSERT INTO checkpoints (name, position) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET position = excluded.position',
    );
  }

  async load(name: string): Promise<number> {
    return (this.loadStatement.get(name) as { position: number } | undefined)?.position ?? 0;
  }

  async save(name: string, position: number): Promise<void> {
    if (!Number.isInteger(position) || position < 0) throw new RangeError(`Invalid checkpoint position ${position} for ${name}`);
    this.saveStatement.run(name, position);
  }
}

import {
  IdempotencyConflictError,
  NO_STREAM,
  WrongExpectedRevisionError,
} from '@casetrail/event-sourcing';
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { tempDatabase } from '../test-support/temp-database';
import { EventStoreBusyError, translateAppendError } from './sqlite-errors';
import { SQLITE_MIGRATIONS } from './sqlite-migrations';

/** Real driver errors, produced by a plain connection on the same schema. */
describe('translateAppendError', () => {
  let db: Database.Database;
  const insert = (eventId: string, streamId: string, revision: number) =>
    db
      .prepare(
        `INSERT INTO events (event_id, stream_id, stream_revision, type, schema_version, data, metadata, occurred_at, recorded_at)
         VALUES (?, ?, ?, 't', 1, 'null', '{}', '2020-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z')`,
      )
      .run(eventId, streamId, revision);
  const caught = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return error;
    }
    throw new Error('expected a throw');
  };
  const lookups = { storedEventIds: () => ['e1'], currentRevision: () => 0 };

  beforeEach(() => {
    db = new Database(':memory:');
    for (const m of SQLITE_MIGRATIONS) db.exec(m.sql);
    insert('e1', 's1', 0);
  });
  afterEach(() => db.close());

  it('maps a racing (stream, revision) UNIQUE violation to WrongExpectedRevisionError', () => {
    const raw = caught(() => insert('e2', 's1', 0));
    const mapped = translateAppendError(raw, 's1', NO_STREAM, lookups);
    expect(mapped).toBeInstanceOf(WrongExpectedRevisionError);
    expect(mapped).toMatchObject({ streamId: 's1', expected: NO_STREAM, actual: 0 });
  });

  it('maps a racing event id UNIQUE violation to IdempotencyConflictError', () => {
    const raw = caught(() => insert('e1', 's2', 0));
    const mapped = translateAppendError(raw, 's2', NO_STREAM, lookups);
    expect(mapped).toBeInstanceOf(IdempotencyConflictError);
    expect(mapped).toMatchObject({ conflictingEventIds: ['e1'] });
  });

  it('maps a write lock held past the busy timeout to EventStoreBusyError', () => {
    const temp = tempDatabase();
    mkdirSync(dirname(temp.filename), { recursive: true });
    const a = new Database(temp.filename, { timeout: 10 });
    const b = new Database(temp.filename, { timeout: 10 });
    try {
      a.exec('BEGIN IMMEDIATE');
      const raw = caught(() => b.exec('BEGIN IMMEDIATE'));
      expect(translateAppendError(raw, 's1', 0, lookups)).toBeInstanceOf(EventStoreBusyError);
    } finally {
      a.close();
      b.close();
      temp.remove();
    }
  });

  it('passes any other error through unchanged', () => {
    const other = new Error('not sqlite');
    expect(translateAppendError(other, 's1', 0, lookups)).toBe(other);
  });
});

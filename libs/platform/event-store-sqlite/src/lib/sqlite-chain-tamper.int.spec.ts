import { ANY_REVISION, NO_STREAM, WrongExpectedRevisionError } from '@casetrail/event-sourcing';
import { anEvent } from '@casetrail/event-store-contract';
import Database from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { marker, writeChainedLog } from '../test-support/chained-log';
import { tempDatabase } from '../test-support/temp-database';
import { verifySqliteEventLog } from './sqlite-chain-verify';
import { SqliteSchemaMismatchError } from './sqlite-errors';
import { SqliteEventStore } from './sqlite-event-store';

const COUNT = 12;

describe('the SQLite event log hash chain, tampered with on disk', () => {
  let temp: ReturnType<typeof tempDatabase>;
  beforeEach(async () => {
    temp = tempDatabase();
    await writeChainedLog(temp.filename, COUNT);
  });
  afterEach(() => temp.remove());

  /** Tampers through a second, plain connection, as someone with write access to the file would. */
  const tamper = (sql: string, ...params: unknown[]) => {
    const raw = new Database(temp.filename);
    try {
      raw.prepare(sql).run(...params);
    } finally {
      raw.close();
    }
  };

  it('verifies an untouched log, in batches, reporting progress', async () => {
    const progress: [number, number][] = [];
    const result = await verifySqliteEventLog(temp.filename, { batchSize: 5, onProgress: (done, total) => progress.push([done, total]) });
    expect(result).toMatchObject({ ok: true, events: COUNT, head: { position: COUNT, count: COUNT }, headMac: 'unchecked' });
    expect(progress).toEqual([[0, COUNT], [5, COUNT], [10, COUNT], [12, COUNT]]);
  });

  it('reports one changed byte of data at its position', async () => {
    tamper("UPDATE events SET data = replace(data, 'marker-', 'marker_') WHERE global_position = 7");
    expect(await verifySqliteEventLog(temp.filename)).toMatchObject({ ok: false, kind: 'changed', firstBadPosition: 7, eventsVerified: 6 });
  });

  it('reports a changed envelope column (recorded_at) at its position', async () => {
    tamper("UPDATE events SET recorded_at = '1999-01-01T00:00:00.000Z' WHERE global_position = 2");
    expect(await verifySqliteEventLog(temp.filename)).toMatchObject({ ok: false, kind: 'changed', firstBadPosition: 2 });
  });

  it('reports an event rewritten together with a recomputed hash, at its position', async () => {
    // A forger who rehashes the edited row still cannot make the next row link to it.
    const raw = new Database(temp.filename);
    const { eventChainHash } = await import('./event-chain-hash');
    const row = raw.prepare('SELECT * FROM events WHERE global_position = 4').get() as Parameters<typeof eventChainHash>[1] & { prev_hash: string };
    const forged = { ...row, data: JSON.stringify({ marker: 'forged' }) };
    raw.prepare('UPDATE events SET data = ?, hash = ? WHERE global_position = 4').run(forged.data, eventChainHash(row.prev_hash, forged));
    raw.close();
    expect(await verifySqliteEventLog(temp.filename)).toMatchObject({ ok: false, kind: 'changed', firstBadPosition: 4 });
  });

  it('reports a deleted middle event as removed at its position', async () => {
    tamper('DELETE FROM events WHERE global_position = 5');
    expect(await verifySqliteEventLog(temp.filename)).toMatchObject({ ok: false, kind: 'removed', firstBadPosition: 5, eventsVerified: 4 });
  });

  it('reports two events swapped in position as reordered at the first', async () => {
    const raw = new Database(temp.filename);
    raw.transaction(() => {
      raw.prepare('UPDATE events SET global_position = -3 WHERE global_position = 3').run();
      raw.prepare('UPDATE events SET global_position = 3 WHERE global_position = 8').run();
      raw.prepare('UPDATE events SET global_position = 8 WHERE global_position = -3').run();
    })();
    raw.close();
    expect(await verifySqliteEventLog(temp.filename)).toMatchObject({ ok: false, kind: 'reordered', firstBadPosition: 3 });
  });

  it('reports two events whose contents (data and ids) were swapped as changed at the first', async () => {
    const raw = new Database(temp.filename);
    raw.transaction(() => {
      const get = raw.prepare('SELECT event_id, data FROM events WHERE global_position = ?');
      const set = raw.prepare('UPDATE events SET event_id = ?, data = ? WHERE global_position = ?');
      const [a, b] = [get.get(3), get.get(9)] as { event_id: string; data: string }[];
      set.run('swapping', a!.data, 9);
      set.run(b!.event_id, b!.data, 3);
      set.run(a!.event_id, a!.data, 9);
    })();
    raw.close();
    expect(await verifySqliteEventLog(temp.filename)).toMatchObject({ ok: false, kind: 'changed', firstBadPosition: 3 });
  });

  it('reports a deleted tail as truncated at the first missing position', async () => {
    tamper('DELETE FROM events WHERE global_position > 9');
    expect(await verifySqliteEventLog(temp.filename)).toMatchObject({ ok: false, kind: 'truncated', firstBadPosition: 10, eventsVerified: 9 });
  });

  it('keeps a deleted tail visible after the store appends again (it links to the head, not the last row)', async () => {
    tamper('DELETE FROM events WHERE global_position > 9');
    const store = new SqliteEventStore({ filename: temp.filename });
    const appended = await store.append('after-tamper', [anEvent()], NO_STREAM);
    await store.close();
    expect(appended.globalPositions).toEqual([COUNT + 1]);
    expect(await verifySqliteEventLog(temp.filename)).toMatchObject({ ok: false, kind: 'removed', firstBadPosition: 10 });
  });

  it('reports a row inserted around the store (no hash) as changed, and the head as not covering it', async () => {
    tamper(
      `INSERT INTO events (event_id, stream_id, stream_revision, type, schema_version, data, metadata, occurred_at, recorded_at)
       VALUES ('forged', 'forged-case', 0, 't', 1, 'null', '{}', '2020-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z')`,
    );
    expect(await verifySqliteEventLog(temp.filename)).toMatchObject({ ok: false, kind: 'changed', firstBadPosition: COUNT + 1 });
  });

  it('reports a head edited to hide a truncation as head-mismatch when its count disagrees', async () => {
    tamper('DELETE FROM events WHERE global_position > 9');
    tamper('UPDATE chain_head SET position = 9');
    expect(await verifySqliteEventLog(temp.filename)).toMatchObject({ ok: false, kind: 'head-mismatch', firstBadPosition: 9 });
  });

  it('reports one byte flipped in the file on disk at the event that holds it', async () => {
    expect(existsSync(`${temp.filename}-wal`)).toBe(false); // closed: every page is in the main file
    const original = readFileSync(temp.filename);
    // The file may also hold stale copies of rewritten pages; flip each copy in turn.
    const outcomes: unknown[] = [];
    for (let at = original.indexOf(marker(6)); at >= 0; at = original.indexOf(marker(6), at + 1)) {
      const bytes = Buffer.from(original);
      bytes[at + marker(6).length - 1] ^= 0x01; // '6' -> '7'
      writeFileSync(temp.filename, bytes);
      const result = await verifySqliteEventLog(temp.filename);
      outcomes.push(result.ok ? 'ok' : { kind: result.kind, firstBadPosition: result.firstBadPosition });
    }
    // The copy SQLite reads is caught at its event; a flip in a stale copy changes nothing read.
    expect(outcomes).toContainEqual({ kind: 'changed', firstBadPosition: 6 });
    expect(outcomes.every((o) => o === 'ok' || (o as { firstBadPosition: number }).firstBadPosition === 6)).toBe(true);
  });

  it('verifies through the store, while it stays usable for appends', async () => {
    const store = new SqliteEventStore({ filename: temp.filename });
    try {
      const pending = store.verifyChain({ batchSize: 2 });
      await store.append('during-verify', [anEvent()], NO_STREAM);
      expect(await pending).toMatchObject({ ok: true, events: COUNT }); // its snapshot, taken before the append
      expect(await store.verifyChain()).toMatchObject({ ok: true, events: COUNT + 1 });
    } finally {
      await store.close();
    }
  });
});

describe('the SQLite event log hash chain, in the life of a store', () => {
  let temp: ReturnType<typeof tempDatabase>;
  beforeEach(() => (temp = tempDatabase()));
  afterEach(() => temp.remove());

  it('keeps positions contiguous across rejected appends (SQLite does not burn AUTOINCREMENT values on rollback)', async () => {
    const store = new SqliteEventStore({ filename: temp.filename });
    try {
      await store.append('case-a', [anEvent()], NO_STREAM);
      await expect(store.append('case-a', [anEvent(), anEvent()], NO_STREAM)).rejects.toBeInstanceOf(WrongExpectedRevisionError);
      const first = anEvent();
      await store.append('case-b', [first], NO_STREAM);
      await expect(store.append('case-c', [anEvent(), { ...first }], NO_STREAM)).rejects.toThrow();
      const last = await store.append('case-a', [anEvent()], 0);
      expect(last.globalPositions).toEqual([3]);
      expect(await store.verifyChain()).toMatchObject({ ok: true, events: 3 });
    } finally {
      await store.close();
    }
  });

  it('extends one chain from two instances on the same file, and in batches', async () => {
    const a = new SqliteEventStore({ filename: temp.filename });
    const b = new SqliteEventStore({ filename: temp.filename });
    try {
      for (let i = 0; i < 5; i++) {
        await a.append('case-a', [anEvent(), anEvent()], ANY_REVISION);
        await b.append('case-b', [anEvent()], ANY_REVISION);
      }
      expect(await b.verifyChain()).toMatchObject({ ok: true, events: 15, head: { position: 15, count: 15 } });
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('chains the events of a file written before the chain when it migrates it', async () => {
    const { SQLITE_MIGRATIONS, migrateSqliteSchema } = await import('./sqlite-migrations');
    const { mkdirSync } = await import('node:fs');
    const { dirname } = await import('node:path');
    mkdirSync(dirname(temp.filename), { recursive: true });
    const old = new Database(temp.filename);
    migrateSqliteSchema(old, SQLITE_MIGRATIONS.slice(0, 2));
    const insert = old.prepare(
      `INSERT INTO events (event_id, stream_id, stream_revision, type, schema_version, data, metadata, occurred_at, recorded_at)
       VALUES (?, 'old-case', ?, 't', 1, ?, '{"actor":{"userId":"u","role":"police"},"correlationId":"c","causationId":null}', '2020-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z')`,
    );
    for (let i = 0; i < 7; i++) insert.run(`old-${i}`, i, i === 3 ? null : JSON.stringify({ i }));
    old.close();
    await expect(verifySqliteEventLog(temp.filename)).rejects.toBeInstanceOf(SqliteSchemaMismatchError);

    const store = new SqliteEventStore({ filename: temp.filename });
    try {
      expect(await store.verifyChain()).toMatchObject({ ok: true, events: 7, head: { position: 7, count: 7 } });
      await store.append('old-case', [anEvent()], 6);
      expect(await store.verifyChain()).toMatchObject({ ok: true, events: 8 });
    } finally {
      await store.close();
    }
  });

  it('verifies an in-memory store on its own connection', async () => {
    const store = new SqliteEventStore({ filename: ':memory:' });
    try {
      await store.append('case-a', [anEvent(), anEvent()], NO_STREAM);
      expect(await store.verifyChain()).toMatchObject({ ok: true, events: 2 });
      await store.append('case-a', [anEvent()], 1);
      expect(await store.verifyChain()).toMatchObject({ ok: true, events: 3 });
    } finally {
      await store.close();
    }
  });

  it('refuses a missing file instead of creating one', async () => {
    await expect(verifySqliteEventLog(temp.filename)).rejects.toThrow();
    expect(existsSync(temp.filename)).toBe(false);
  });
});

describe('the audit HMAC on the chain head', () => {
  let temp: ReturnType<typeof tempDatabase>;
  const key = Buffer.alloc(32, 3);
  beforeEach(async () => {
    temp = tempDatabase();
    await writeChainedLog(temp.filename, 6, { auditHmacKey: key });
  });
  afterEach(() => temp.remove());

  it('verifies the MAC under the key, and fails with another key', async () => {
    expect(await verifySqliteEventLog(temp.filename, { hmacKey: key })).toMatchObject({ ok: true, headMac: 'verified' });
    expect(await verifySqliteEventLog(temp.filename, { hmacKey: Buffer.alloc(32, 4) })).toMatchObject({ ok: false, kind: 'head-mismatch' });
  });

  it('catches a truncation whose head was rewritten to match, which the chain alone cannot', async () => {
    const raw = new Database(temp.filename);
    raw.prepare('DELETE FROM events WHERE global_position > 4').run();
    raw.prepare('UPDATE chain_head SET position = 4, count = 4, hash = (SELECT hash FROM events WHERE global_position = 4)').run();
    raw.close();
    expect(await verifySqliteEventLog(temp.filename)).toMatchObject({ ok: true, events: 4 }); // the documented limit
    expect(await verifySqliteEventLog(temp.filename, { hmacKey: key })).toMatchObject({ ok: false, kind: 'head-mismatch', firstBadPosition: 4 });
  });
});

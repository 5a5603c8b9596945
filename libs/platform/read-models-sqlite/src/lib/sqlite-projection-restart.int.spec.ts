// The projection runner on a SQLite read-model file across "restarts" (stores closed and opened
// again on the same files): it resumes from its checkpoint, and rebuilds a projection whose
// version changed.
import { ANY_REVISION, type NewEvent } from '@casetrail/event-sourcing';
import { SqliteEventStore } from '@casetrail/event-store-sqlite';
import { CHECKPOINTS_COLLECTION, ProjectionRunner, type Projection, type ReadModelDocument } from '@casetrail/read-models';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteReadModelStore } from './sqlite-read-model-store';

interface Tally {
  notes: number;
  seen: number[];
}

/** Counts a case's notes and lists the global positions it saw, so a re-applied event shows. */
const tally = (version: number): Projection<Tally> => ({
  name: 'test.case-tally',
  version,
  collection: 'case_tally',
  handles: ['test.NoteAdded'],
  documentId: (event) => event.streamId,
  apply: (current, event) => ({ notes: (current?.notes ?? 0) + version, seen: [...(current?.seen ?? []), event.globalPosition] }),
});

const note = (): NewEvent => ({
  eventId: randomUUID(),
  type: 'test.NoteAdded',
  schemaVersion: 1,
  data: {},
  actor: { userId: 'u', role: 'police' },
  correlationId: randomUUID(),
  causationId: null,
  occurredAt: '2024-01-01T00:00:00.000Z',
});

describe('ProjectionRunner on SqliteReadModelStore across restarts', () => {
  let dir: string;
  const files = () => ({
    events: new SqliteEventStore({ filename: join(dir, 'events.sqlite') }),
    readModels: new SqliteReadModelStore({ filename: join(dir, 'read-models.sqlite') }),
  });
  const byId = (docs: ReadModelDocument<Tally>[]) => new Map(docs.map((d) => [d.id, d]));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'casetrail-rm-restart-'));
    const { events, readModels } = files();
    for (let i = 0; i < 30; i++) await events.append(`case-${i % 6}`, [note()], ANY_REVISION);
    expect(await new ProjectionRunner(readModels, [tally(1)], { batchSize: 7 }).catchUp(events)).toBe(30);
    await events.close();
    await readModels.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('resumes from the checkpoint: old events are not applied again, new ones are', async () => {
    const { events, readModels } = files();
    const before = byId(await readModels.find<Tally>('case_tally'));
    const runner = new ProjectionRunner(readModels, [tally(1)], { batchSize: 7 });
    expect(await runner.resumePosition()).toBe(30);
    await events.append('case-0', [note(), note()], ANY_REVISION);
    expect(await runner.catchUp(events)).toBe(32);

    const after = byId(await readModels.find<Tally>('case_tally'));
    expect(after.get('case-0')).toMatchObject({ version: before.get('case-0')!.version + 1, data: { notes: 7 } });
    expect(after.get('case-0')!.data.seen.slice(-3)).toEqual([25, 31, 32]);
    for (const id of ['case-1', 'case-2', 'case-3', 'case-4', 'case-5']) expect(after.get(id)).toEqual(before.get(id));
    expect((await readModels.get<{ position: number }>(CHECKPOINTS_COLLECTION, 'test.case-tally'))?.data.position).toBe(32);
    await events.close();
    await readModels.close();
  });

  it('rebuilds a projection whose version changed since its documents were written', async () => {
    const { events, readModels } = files();
    const runner = new ProjectionRunner(readModels, [tally(2)], { batchSize: 7 });
    expect(await runner.resumePosition()).toBe(0);
    expect(await readModels.count('case_tally')).toBe(0);
    expect(await runner.catchUp(events)).toBe(32);
    const docs = byId(await readModels.find<Tally>('case_tally'));
    // Version 2 counts each note twice: every document was replayed from the log with the new apply.
    expect(docs.get('case-0')?.data.notes).toBe(14);
    expect(docs.get('case-1')?.data).toEqual({ notes: 10, seen: [2, 8, 14, 20, 26] });
    expect(await readModels.get(CHECKPOINTS_COLLECTION, 'test.case-tally')).toMatchObject({ data: { position: 32, projectionVersion: 2 } });
    await events.close();
    await readModels.close();
  });
});

import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { EventStore } from '@casetrail/event-sourcing';
import { courtFileStreamId } from '@casetrail/court-contracts';
import { POLICE_FORWARDING_REACTOR } from '@casetrail/court-api';
import { EVENT_STORE, reactionFailedStreamId, reactorCheckpointName } from '@casetrail/platform-nest';
import { courtFileOfForwarding } from '../support/court-forwarding';
import { startEmbeddedApp, type EmbeddedApp } from '../support/embedded-app';
import { PoliceCaseDriver } from '../support/police-case-driver';

/**
 * The court's reactor in the embedded runtime: a police forwarding opens the court file, with
 * the persons the police recorded, once — across a restart and a replay of the whole log.
 */
describe('the court file opened from a police forwarding (embedded reactor)', () => {
  let app: EmbeddedApp;
  let police: PoliceCaseDriver;
  let prosecutor: PoliceCaseDriver;
  let statistician: PoliceCaseDriver;

  const drivers = async () => {
    police = new PoliceCaseDriver(app.http, await app.token('police', ['battambang'], 'police-battambang', 'officer-1'));
    prosecutor = new PoliceCaseDriver(app.http, await app.token('prosecutor', ['battambang'], 'court-battambang', 'prosecutor-1'));
    statistician = new PoliceCaseDriver(app.http, await app.token('statistician', ['*']));
  };
  /** A police case with one arrested suspect, forwarded on `forwardedOn`. */
  const forwardedCase = async (forwardedOn: string) => {
    const id = await police.open();
    await police.arrest(id, await police.suspect(id));
    await police.forward(id, forwardedOn);
    return id;
  };
  const events = (streamId: string) => app.app.get<EventStore>(EVENT_STORE).readStream(streamId);

  beforeAll(async () => {
    app = await startEmbeddedApp();
    await drivers();
  });
  afterAll(async () => {
    await app.destroy();
  });

  let caseId: string;
  let arrestedId: string;
  let releasedId: string;
  let victimId: string;

  it('opens the file at the forwarding’s court with the arrested suspects and the rescued victims', async () => {
    caseId = await police.open({ offences: ['trafficking_in_persons_with_purpose'] });
    arrestedId = await police.suspect(caseId, { personal: { fullName: 'Synthetic Accused' }, birthDate: '1990-05-01', ageAtIdentification: undefined });
    releasedId = await police.suspect(caseId, { sex: 'F', ageAtIdentification: 41 });
    await police.arrest(caseId, arrestedId);
    await police.arrest(caseId, releasedId);
    expect((await police.post(`/api/enforcement/cases/${caseId}/suspects/${releasedId}/release`, { releasedOn: '2020-03-17', reason: 'insufficient_evidence' })).status).toBe(200);
    victimId = await police.victim(caseId, { ageAtRescue: 16, personal: { fullName: 'Synthetic Victim' } });
    await police.forward(caseId, '2020-03-20');

    const { fileId } = await courtFileOfForwarding(app, caseId);
    const [opened, ...more] = await events(courtFileStreamId(fileId));
    expect(more).toEqual([]);
    const forwarding = (await events(`enforcement-case-${caseId}`)).at(-1)!;
    expect(opened).toMatchObject({
      type: 'court.PoliceCaseReceived',
      causationId: forwarding.eventId,
      correlationId: forwarding.correlationId,
      actor: { userId: `reactor:${POLICE_FORWARDING_REACTOR}`, role: 'system' },
      occurredAt: '2020-03-19T17:00:00.000Z',
    });
    const file = await prosecutor.get(`/api/court/files/${fileId}`);
    expect(file.status).toBe(200);
    const state = file.body.state;
    expect(state.origin).toMatchObject({ kind: 'police', policeCaseId: caseId });
    expect(Object.keys(state.accused)).toEqual([arrestedId]);
    expect(state.accused[arrestedId]).toMatchObject({ sex: 'M', nationality: 'KHM', personal: { fullName: 'Synthetic Accused', birthDate: '1990-05-01' } });
    expect(Object.keys(state.victims)).toEqual([victimId]);
    expect(state.victims[victimId]).toMatchObject({ sex: 'F', exploitationType: 'sexual', personal: { fullName: 'Synthetic Victim' } });
    expect(JSON.stringify(opened.data)).not.toContain('Synthetic');
  });

  it('counts the file in the prosecution table of the year, as still being processed', async () => {
    const table = await statistician.get('/api/statistics/prosecution?year=2020');
    expect(table.status).toBe(200);
    expect(JSON.stringify(table.body)).toMatch(/"cases":1\b/);
  });

  it('opens nothing twice: after a restart, and after the whole log is handed to the reactor again', async () => {
    await app.stop();
    app = await startEmbeddedApp({ dataDir: app.dataDir });
    await drivers();
    const second = await forwardedCase('2020-03-21');
    await courtFileOfForwarding(app, second);
    await app.stop();

    // A crash between the file and the checkpoint, as bad as it gets: the checkpoint back at 0.
    const db = new Database(join(app.dataDir, 'events.sqlite'));
    db.prepare('UPDATE checkpoints SET position = 0 WHERE name = ?').run(reactorCheckpointName(POLICE_FORWARDING_REACTOR));
    db.close();
    app = await startEmbeddedApp({ dataDir: app.dataDir });
    await drivers();
    const third = await forwardedCase('2020-03-22');
    await courtFileOfForwarding(app, third); // the reactor has gone through the whole log again

    for (const id of [caseId, second, third]) expect(await events(courtFileStreamId(id))).toHaveLength(1);
    expect(await events(reactionFailedStreamId(POLICE_FORWARDING_REACTOR))).toEqual([]);
    expect((await prosecutor.get('/api/court/files')).body.total).toBe(3);
  });
});

import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import type { EventStore } from '@casetrail/event-sourcing';
import { EVENT_STORE, ProjectionHost, READ_MODEL_STORE } from '@casetrail/platform-nest';
import { CHECKPOINTS_COLLECTION, type ReadModelStore } from '@casetrail/read-models';
import { startEmbeddedApp, type EmbeddedApp } from '../support/embedded-app';
import { PoliceCaseDriver } from '../support/police-case-driver';

describe('law enforcement over HTTP (embedded runtime, SQLite on disk)', () => {
  let app: EmbeddedApp;
  let police: PoliceCaseDriver;

  beforeAll(async () => {
    app = await startEmbeddedApp();
    police = new PoliceCaseDriver(app.http, await app.token('police', ['battambang'], 'police-battambang', 'officer-1'));
  });
  afterAll(async () => {
    await app.destroy();
  });

  it('serves health and the OpenAPI description without a token', async () => {
    const health = await request(app.http).get('/health');
    expect(health.status).toBe(200);
    expect(health.body.status).toBe('ok');
    const docs = await request(app.http).get('/docs/openapi.json');
    expect(docs.status).toBe(200);
    expect(Object.keys(docs.body.paths)).toEqual(expect.arrayContaining(['/api/enforcement/cases', '/api/enforcement/cases/{caseId}/history']));
  });

  it('drives a full case and records the acting officer on every event', async () => {
    const statisticianBefore = new PoliceCaseDriver(app.http, await app.token('statistician', ['*']));
    const tableBefore = await statisticianBefore.get('/api/statistics/law-enforcement?year=2020&unit=police-battambang');
    const totalsBefore = tableBefore.body.rows.find((r: { level: string }) => r.level === 'total').current;
    const caseId = await police.open();
    const suspectId = await police.suspect(caseId, { sex: 'F', nationality: 'VNM', personal: { fullName: 'Synthetic Suspect' } });
    await police.arrest(caseId, suspectId);
    const victimId = await police.victim(caseId, { ageAtRescue: 12 });
    await police.handOver(caseId, victimId, 'family');
    const forwarded = await police.forward(caseId);
    expect(forwarded.revision).toBe(5);

    const state = await police.get(`/api/enforcement/cases/${caseId}`);
    expect(state.status).toBe(200);
    expect(state.headers['etag']).toBe('"5"');
    expect(state.headers['cache-control']).toBe('no-store');
    expect(state.body.state).toMatchObject({ status: 'forwarded', province: 'battambang', forwardedSuspectIds: [suspectId] });

    const history = await police.get(`/api/enforcement/cases/${caseId}/history`);
    expect(history.body.events.map((e: { type: string }) => e.type)).toEqual([
      'enforcement.PoliceCaseOpened',
      'enforcement.SuspectIdentified',
      'enforcement.SuspectArrested',
      'enforcement.VictimRescued',
      'enforcement.VictimHandedOver',
      'enforcement.CaseForwardedToProsecutor',
    ]);
    for (const event of history.body.events) {
      expect(event.actor).toEqual({ userId: 'officer-1', role: 'police', unit: 'police-battambang', province: 'battambang' });
    }
    // The forwarding (schema version 2) carries the persons; their personal parts are shown as
    // the same read shows each person's own event: opened for the police, withheld for an auditor.
    const forwarding = history.body.events[5];
    expect(forwarding.schemaVersion).toBe(2);
    expect(forwarding.changes).toMatchObject({ suspectIds: [suspectId], victimIds: [victimId], offences: expect.any(Array), unit: 'police-battambang', province: 'battambang' });
    expect(forwarding.changes.persons.suspects).toEqual([expect.objectContaining({ suspectId, sex: 'F', nationality: 'VNM', personal: history.body.events[1].changes.personal })]);
    expect(forwarding.changes.persons.victims).toEqual([expect.objectContaining({ victimId, ageInYears: 12, ageBand: 'under_15', personal: history.body.events[3].changes.personal })]);
    const auditor = new PoliceCaseDriver(app.http, await app.token('auditor', ['battambang']));
    const audited = await auditor.get(`/api/enforcement/cases/${caseId}/history`);
    expect(audited.status).toBe(200);
    expect(audited.body.events[5].changes.persons.suspects[0].personal).toEqual({ restricted: true });
    expect(JSON.stringify(audited.body)).not.toMatch(/Synthetic Suspect|A256GCM/);
    expect(JSON.stringify(history.body)).not.toContain('A256GCM');

    // occurredAt is the domain date (start of the day in Cambodia); recordedAt is the entry time.
    expect(history.body.events[2].occurredAt).toBe('2020-03-15T17:00:00.000Z');
    expect(Date.parse(history.body.events[2].recordedAt)).toBeGreaterThan(Date.parse('2026-01-01'));

    // The unit's own table for 2020 holds exactly this case (no other test uses this unit).
    const statistician = new PoliceCaseDriver(app.http, await app.token('statistician', ['*']));
    const table = await statistician.get('/api/statistics/law-enforcement?year=2020&unit=police-battambang');
    expect(table.status).toBe(200);
    const total = table.body.rows.find((r: { level: string }) => r.level === 'total');
    const before = totalsBefore;
    expect(total.current.cases - before.cases).toBe(1);
    expect(total.current.victims - before.victims).toBe(1);
    expect(total.current.victimsUnder15 - before.victimsUnder15).toBe(1);
    expect(total.current.victimsToFamily - before.victimsToFamily).toBe(1);
    expect(total.current.suspectsArrested - before.suspectsArrested).toBe(1);
    expect(total.current.suspectsFemale - before.suspectsFemale).toBe(1);
    expect(total.current.suspectsForeign - before.suspectsForeign).toBe(1);
    expect(JSON.stringify(table.body)).not.toContain('Synthetic Suspect');
  });

  it('refuses an illegal step with 409 and the reason, and writes nothing', async () => {
    const caseId = await police.open();
    const suspectId = await police.suspect(caseId);
    const before = await police.get(`/api/enforcement/cases/${caseId}/history`);

    const forward = await police.post(`/api/enforcement/cases/${caseId}/forward`, { forwardedOn: '2020-03-20' });
    expect(forward.status).toBe(409);
    expect(forward.headers['content-type']).toContain('application/problem+json');
    expect(forward.body).toMatchObject({ status: 409, code: 'NO_ARRESTED_SUSPECT' });
    expect(forward.body.detail).toMatch(/arrest/);

    const handOver = await police.post(`/api/enforcement/cases/${caseId}/victims/${suspectId}/hand-over`, { destination: 'family', handedOverOn: '2020-03-17' });
    expect(handOver.status).toBe(409);
    expect(handOver.body.code).toBe('VICTIM_NOT_RESCUED');

    const early = await police.post(`/api/enforcement/cases/${caseId}/suspects/${suspectId}/arrest`, { arrestedOn: '2020-01-01' });
    expect(early.status).toBe(422);

    const after = await police.get(`/api/enforcement/cases/${caseId}/history`);
    expect(after.body.events).toHaveLength(before.body.events.length);
  });

  it('answers 400 naming the field for an unknown field, a bad enum or a date that does not exist; 422 for a future date (a domain rule)', async () => {
    const caseId = await police.open();
    const unknown = await police.post(`/api/enforcement/cases/${caseId}/victims`, { sex: 'F', ageAtRescue: 10, nationality: 'KHM', exploitationType: 'sexual', rescuedOn: '2020-03-16', province: 'kandal' });
    expect(unknown.status).toBe(400);
    // An unknown key is the client's text: the answer names the object holding it, not the key.
    expect(unknown.body.errors).toEqual([{ field: '(body)', message: '(body) has an unknown field' }]);

    const badEnum = await police.post(`/api/enforcement/cases/${caseId}/victims`, { sex: 'X', ageAtRescue: 10, nationality: 'KHM', exploitationType: 'sexual', rescuedOn: '2020-03-16' });
    expect(badEnum.status).toBe(400);
    expect(badEnum.body.errors.map((e: { field: string }) => e.field)).toEqual(['sex']);

    const unreal = await police.post(`/api/enforcement/cases/${caseId}/victims`, { sex: 'F', ageAtRescue: 10, nationality: 'KHM', exploitationType: 'sexual', rescuedOn: '2020-02-30' });
    expect(unreal.status).toBe(400);
    expect(unreal.body.errors).toEqual([{ field: 'rescuedOn', message: 'rescuedOn must be a date YYYY-MM-DD' }]);

    // Whether a date is in the future (in Cambodia) is the decider's rule: see cambodian-today.e2e.
    const future = await police.post(`/api/enforcement/cases/${caseId}/victims`, { sex: 'F', ageAtRescue: 10, nationality: 'KHM', exploitationType: 'sexual', rescuedOn: '2999-01-01' });
    expect(future.status).toBe(422);
    expect(future.body).toMatchObject({ code: 'DATE_IN_FUTURE', detail: 'rescuedOn is after today in Cambodia (UTC+7)' });

    const nested = await police.post('/api/enforcement/cases', { unit: { code: 'police-battambang', type: 'spaceship' }, province: 'battambang', offences: ['procuring'], openedOn: '2020-01-02' });
    expect(nested.status).toBe(400);
    expect(nested.body.errors.map((e: { field: string }) => e.field)).toEqual(['unit.type']);

    const missing = await police.post('/api/enforcement/cases', { province: 'battambang', offences: ['procuring'], openedOn: '2020-01-02' });
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toContain('unit');

    // An optional field may be left out, but null is not "left out": the schema does not allow it.
    const nullReference = await police.post('/api/enforcement/cases', { unit: { code: 'police-battambang', type: 'provincial_police' }, province: 'battambang', offences: ['procuring'], openedOn: '2020-01-02', reference: null });
    expect(nullReference.status).toBe(400);
    expect(new Set(nullReference.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['reference']));

    const notAnObject = await police.post(`/api/enforcement/cases/${caseId}/victims`, { sex: 'F', ageAtRescue: 10, nationality: 'KHM', exploitationType: 'sexual', rescuedOn: '2020-03-16', personal: [] });
    expect(notAnObject.status).toBe(400);
    expect(notAnObject.body.errors.map((e: { field: string }) => e.field)).toContain('personal');
  });

  it('honours If-Match: a stale revision answers 409 and writes nothing', async () => {
    const caseId = await police.open();
    const ok = await police.post(`/api/enforcement/cases/${caseId}/suspects`, { sex: 'M', ageAtIdentification: 40, nationality: 'KHM', identifiedOn: '2020-03-15' }, { 'If-Match': '"0"' });
    expect(ok.status).toBe(201);
    const stale = await police.post(`/api/enforcement/cases/${caseId}/suspects`, { sex: 'M', ageAtIdentification: 41, nationality: 'KHM', identifiedOn: '2020-03-15' }, { 'If-Match': '"0"' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('WRONG_EXPECTED_REVISION');
    const state = await police.get(`/api/enforcement/cases/${caseId}`);
    expect(Object.keys(state.body.state.suspects)).toHaveLength(1);
  });

  it('reads a case as of an instant', async () => {
    const caseId = await police.open();
    await new Promise((r) => setTimeout(r, 20));
    const between = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    await police.suspect(caseId);
    const asOf = await police.get(`/api/enforcement/cases/${caseId}?asOf=${encodeURIComponent(between)}`);
    expect(asOf.status).toBe(200);
    expect(asOf.body.revision).toBe(0);
    expect(asOf.body.state.suspects).toEqual({});
    const before = await police.get(`/api/enforcement/cases/${caseId}?asOf=2001-01-01T00:00:00Z`);
    expect(before.status).toBe(404);
  });

  it('denies without a token, with a wrong role, and outside the province scope', async () => {
    const caseId = await police.open();
    expect((await request(app.http).get(`/api/enforcement/cases/${caseId}`)).status).toBe(401);
    expect((await request(app.http).get('/api/enforcement/cases').set('Authorization', 'Bearer not.a.token')).status).toBe(401);

    const statistician = new PoliceCaseDriver(app.http, await app.token('statistician', ['*']));
    expect((await statistician.post('/api/enforcement/cases', {})).status).toBe(403);

    const kandal = new PoliceCaseDriver(app.http, await app.token('police', ['kandal'], 'police-kandal'));
    expect((await kandal.get(`/api/enforcement/cases/${caseId}`)).status).toBe(404);
    expect((await kandal.get(`/api/enforcement/cases/${caseId}/history`)).status).toBe(404);
    expect((await kandal.post(`/api/enforcement/cases/${caseId}/suspects`, { sex: 'M', ageAtIdentification: 40, nationality: 'KHM', identifiedOn: '2020-03-15' })).status).toBe(404);
    const list = await kandal.get('/api/enforcement/cases');
    expect(list.body.items).toEqual([]);
    expect((await kandal.get('/api/enforcement/cases?province=battambang')).body.total).toBe(0);
    const outside = await kandal.post('/api/enforcement/cases', { unit: { code: 'police-kandal', type: 'provincial_police' }, province: 'battambang', offences: ['procuring'], openedOn: '2020-01-02' });
    expect(outside.status).toBe(403);
  });

  it('records a case only under the caller\'s own unit: another unit is 403, naming the field', async () => {
    const national = { unit: { code: 'ahtjp-national', type: 'ahtjp_department' }, province: 'battambang', offences: ['procuring'], openedOn: '2020-01-02' };
    const asNational = await police.post('/api/enforcement/cases', national);
    expect(asNational.status).toBe(403);
    expect(asNational.body).toMatchObject({ code: 'UNIT_NOT_YOURS', detail: expect.stringMatching(/^unit /) });
    expect(asNational.text).not.toContain('ahtjp-national');
    const gendarmerie = await police.post('/api/enforcement/cases', { ...national, unit: { code: 'gendarmerie-battambang', type: 'gendarmerie' } });
    expect(gendarmerie.status).toBe(403);
    const noUnit = new PoliceCaseDriver(app.http, await app.token('police', ['battambang']));
    expect((await noUnit.post('/api/enforcement/cases', { ...national, unit: { code: 'police-battambang', type: 'provincial_police' } })).status).toBe(403);
    // Nothing was recorded under the national department.
    const statistician = new PoliceCaseDriver(app.http, await app.token('statistician', ['*']));
    const table = await statistician.get('/api/statistics/law-enforcement?year=2020&unit=ahtjp-national');
    expect(table.body.rows.find((r: { level: string }) => r.level === 'total').current.cases).toBe(0);

    const ahtjp = new PoliceCaseDriver(app.http, await app.token('police', ['*'], 'ahtjp-national'));
    expect((await ahtjp.post('/api/enforcement/cases', national)).status).toBe(201);
  });

  it('lists cases with filters and paging', async () => {
    const a = await police.open({ offences: ['procuring'], openedOn: '2019-06-01' });
    const list = await police.get('/api/enforcement/cases?year=2019&offence=procuring&pageSize=1');
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ total: 1, page: 1, pageSize: 1 });
    expect(list.body.items[0]).toMatchObject({ caseId: a, year: 2019, status: 'open', principalOffence: 'procuring' });
    expect((await police.get('/api/enforcement/cases?year=abc')).status).toBe(400);
    expect((await police.get('/api/enforcement/cases?colour=red')).body.errors[0].field).toBe('(query)');
  });
});

describe('restarting the embedded runtime', () => {
  it.each([
    ['sqlite', 'kept in SQLite and resumed'],
    ['memory', 'rebuilt in memory from the event store'],
  ])('answers with the read models %s (%s): lists and tables are unchanged', async (readModels) => {
    const env = { CASETRAIL_READ_MODELS: readModels };
    const first = await startEmbeddedApp({ env });
    const police = new PoliceCaseDriver(first.http, await first.token('police', ['battambang'], 'police-battambang'));
    const caseId = await police.open({ offences: ['procuring'] });
    const suspectId = await police.suspect(caseId);
    await police.arrest(caseId, suspectId);
    await police.victim(caseId, { ageAtRescue: 30 });
    const statistician = async (app: typeof first) => new PoliceCaseDriver(app.http, await app.token('statistician', ['*']));
    const tableBefore = (await (await statistician(first)).get('/api/statistics/law-enforcement?year=2020')).body;
    const listBefore = (await police.get('/api/enforcement/cases')).body;
    await first.stop();

    const second = await startEmbeddedApp({ dataDir: first.dataDir, env });
    try {
      const policeAgain = new PoliceCaseDriver(second.http, await second.token('police', ['battambang'], 'police-battambang'));
      expect((await policeAgain.get('/api/enforcement/cases')).body).toEqual(listBefore);
      const tableAfter = (await (await statistician(second)).get('/api/statistics/law-enforcement?year=2020')).body;
      expect(tableAfter).toEqual(tableBefore);
      expect(tableAfter.rows.find((r: { level: string }) => r.level === 'total').current.cases).toBe(1);
    } finally {
      await second.destroy();
    }
  });

  it('rebuilds SQLite read models that are ahead of the event log (the event file was replaced)', async () => {
    const env = { CASETRAIL_READ_MODELS: 'sqlite' };
    const first = await startEmbeddedApp({ env });
    const police = new PoliceCaseDriver(first.http, await first.token('police', ['battambang'], 'police-battambang'));
    await police.open({ offences: ['procuring'] });
    expect((await police.get('/api/enforcement/cases')).body.total).toBe(1);
    await first.stop();
    // An older (here: empty) event log under read models built from a longer one.
    for (const file of readdirSync(first.dataDir).filter((f) => f.startsWith('events.sqlite'))) rmSync(join(first.dataDir, file));

    const second = await startEmbeddedApp({ dataDir: first.dataDir, env });
    try {
      expect(second.app.get(ProjectionHost).position).toBe(0);
      const policeAgain = new PoliceCaseDriver(second.http, await second.token('police', ['battambang'], 'police-battambang'));
      expect((await policeAgain.get('/api/enforcement/cases')).body.total).toBe(0);
      expect((await request(second.http).get('/health')).status).toBe(200);
    } finally {
      await second.destroy();
    }
  });

  /** Every document of every read model and checkpoint, with its version: what a re-applied event would change. */
  async function readModelState(app: EmbeddedApp) {
    const store = app.app.get<ReadModelStore>(READ_MODEL_STORE);
    const collections = [CHECKPOINTS_COLLECTION, ...app.app.get(ProjectionHost).registered().map((p) => p.collection)];
    const state: Record<string, Array<{ id: string; version: number; applied: unknown }>> = {};
    for (const c of collections) state[c] = (await store.find(c)).map(({ id, version, applied }) => ({ id, version, applied }));
    return state;
  }

  it('resumes SQLite read models from their checkpoints: no old event is applied again, new ones are', async () => {
    const env = { CASETRAIL_READ_MODELS: 'sqlite' };
    const first = await startEmbeddedApp({ env });
    const police = new PoliceCaseDriver(first.http, await first.token('police', ['battambang'], 'police-battambang'));
    const caseId = await police.open({ offences: ['procuring'] });
    const suspectId = await police.suspect(caseId);
    await police.arrest(caseId, suspectId);
    await police.get('/api/enforcement/cases'); // waits until the projections are current
    const head = await first.app.get<EventStore>(EVENT_STORE).headPosition();
    const before = await readModelState(first);
    // Written one command at a time, the case's documents went through several versions; a
    // replay in one batch would leave them at version 1, so equal versions mean "not replayed".
    expect(Math.max(...Object.values(before).flat().map((d) => d.version))).toBeGreaterThan(1);
    await first.stop();

    const second = await startEmbeddedApp({ dataDir: first.dataDir, env });
    try {
      expect(second.app.get(ProjectionHost).position).toBe(head);
      expect(await readModelState(second)).toEqual(before);
      const checkpoints = await second.app.get<ReadModelStore>(READ_MODEL_STORE).find<{ position: number }>(CHECKPOINTS_COLLECTION);
      expect(checkpoints.length).toBeGreaterThan(0);
      for (const checkpoint of checkpoints) expect(checkpoint.data.position).toBe(head);

      // Data written before the restart is answered, and a new event reaches the same documents.
      const policeAgain = new PoliceCaseDriver(second.http, await second.token('police', ['battambang'], 'police-battambang'));
      await policeAgain.victim(caseId, { ageAtRescue: 30 });
      const state = await policeAgain.get(`/api/enforcement/cases/${caseId}`);
      expect(state.status).toBe(200);
      const list = (await policeAgain.get('/api/enforcement/cases')).body;
      expect(list.items.map((i: { caseId: string }) => i.caseId)).toEqual([caseId]);
      expect(second.app.get(ProjectionHost).position).toBe(await second.app.get<EventStore>(EVENT_STORE).headPosition());
      const after = await readModelState(second);
      const changed = Object.values(after).flat().filter((d) => !Object.values(before).flat().some((b) => JSON.stringify(b) === JSON.stringify(d)));
      expect(changed.length).toBeGreaterThan(0);
      for (const doc of changed) expect(doc.applied === null || (doc.applied as { globalPosition: number }).globalPosition > head).toBe(true);
    } finally {
      await second.destroy();
    }
  });
});

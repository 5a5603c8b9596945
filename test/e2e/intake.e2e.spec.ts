import request from 'supertest';
import type { App } from 'supertest/types';
import type { EventStore } from '@casetrail/event-sourcing';
import { EVENT_STORE } from '@casetrail/platform-nest';
import { nameBasedUuid } from '@casetrail/platform-commands';
import { intakeRecordName, receptionStreamId, screenedPersonStreamId } from '@casetrail/intake-contracts';
import { referralCaseId } from '@casetrail/enforcement-api';
import { startEmbeddedApp, type EmbeddedApp } from '../support/embedded-app';

const PERSON_NAME = 'Synthetic Returnee (intake e2e)';

/** Drives intake through the public HTTP API, as one user. */
class IntakeDriver {
  constructor(
    private readonly http: App,
    private readonly token: string,
  ) {}

  post(path: string, body: object, headers: Record<string, string> = {}) {
    return request(this.http).post(path).set('Authorization', `Bearer ${this.token}`).set(headers).send(body);
  }

  get(path: string, headers: Record<string, string> = {}) {
    return request(this.http).get(path).set('Authorization', `Bearer ${this.token}`).set(headers);
  }

  /** A command that must succeed (200 or 201): its answer. */
  async ok(path: string, body: object, headers: Record<string, string> = {}) {
    const res = await this.post(path, body, headers);
    if (res.status !== 200 && res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as Record<string, unknown> & { revision: number };
  }
}

const reception = (over: object = {}) => ({
  reference: 'R-2020-001',
  place: 'poipet',
  receivedOn: '2020-04-02',
  receivedBy: 'border-liaison-office',
  returnedBy: 'foreign_authorities',
  countryReturnedFrom: 'THA',
  reason: 'illegal_work',
  counts: { men: 120, women: 85, boys: 6, girls: 4 },
  ...over,
});

const screening = (over: object = {}) => ({
  reference: 'S-2020-001',
  receptionReference: 'R-2020-001',
  place: 'poipet',
  screenedOn: '2020-04-02',
  screenedBy: 'border-liaison-office',
  outcome: 'suspected_victim',
  exploitationIndicated: 'labour',
  sex: 'F',
  nationality: 'KHM',
  countryReturnedFrom: 'THA',
  ageInYears: 17,
  ...over,
});

const body = (over: object = {}) => ({
  reference: 'B-2020-001',
  place: 'poipet',
  receivedOn: '2020-06-11',
  receivedBy: 'border-liaison-office',
  broughtBy: 'foreign_authorities',
  countryOfDeath: 'THA',
  sex: 'M',
  cause: 'disease',
  ...over,
});

const recordId = (kind: 'reception' | 'screened-person' | 'body', place: string, reference: string) => nameBasedUuid(intakeRecordName(kind, place, reference));

/** Waits for what a reactor of this process does (it reads the log after the append). */
async function eventually<T>(read: () => Promise<T | undefined>, what: string, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = await read();
    if (found !== undefined) return found;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/*
 * Intake over HTTP, on the embedded runtime: receptions (recorded, corrected, withdrawn), persons
 * screened at them and referred on, returned bodies; the name-based ids, who reaches what
 * (provinces, the organisations a person was referred to, roles that never see a name), the field
 * named by every 400, 409 on a second record and a stale If-Match, history and as-of.
 */
describe('intake over HTTP (embedded runtime, SQLite on disk)', () => {
  let app: EmbeddedApp;
  let store: EventStore;
  let border: IntakeDriver;
  let battambangBorder: IntakeDriver;
  let police: IntakeDriver;
  let battambangPolice: IntakeDriver;
  let social: IntakeDriver;
  let ijm: IntakeDriver;
  let aple: IntakeDriver;
  let statistician: IntakeDriver;
  let auditor: IntakeDriver;
  let judge: IntakeDriver;

  beforeAll(async () => {
    app = await startEmbeddedApp();
    store = app.app.get<EventStore>(EVENT_STORE);
    const as = async (...args: Parameters<EmbeddedApp['token']>) => new IntakeDriver(app.http, await app.token(...args));
    border = await as('border_official', ['banteay-meanchey'], 'border-liaison-office', 'border-official-bm');
    battambangBorder = await as('border_official', ['battambang'], undefined, 'border-official-btb');
    police = await as('police', ['banteay-meanchey'], 'police-banteay-meanchey', 'officer-bm');
    battambangPolice = await as('police', ['battambang'], 'police-battambang', 'officer-btb');
    social = await as('social_worker', ['banteay-meanchey'], 'dosvy-banteay-meanchey', 'social-worker-bm');
    ijm = await as('partner_worker', ['*'], 'ngo-ijm', 'partner-ijm');
    aple = await as('partner_worker', ['*'], 'ngo-aple', 'partner-aple');
    statistician = await as('statistician', ['*'], undefined, 'statistician');
    auditor = await as('auditor', ['banteay-meanchey'], undefined, 'auditor-bm');
    judge = await as('judge', ['*'], undefined, 'judge');
  });
  afterAll(async () => {
    await app.destroy();
  });

  it('documents the intake routes', async () => {
    const docs = await request(app.http).get('/docs/openapi.json');
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/intake/receptions',
        '/api/intake/receptions/{receptionId}',
        '/api/intake/receptions/{receptionId}/history',
        '/api/intake/receptions/{receptionId}/corrections',
        '/api/intake/receptions/{receptionId}/withdrawal',
        '/api/intake/screenings',
        '/api/intake/screenings/{personId}',
        '/api/intake/screenings/{personId}/history',
        '/api/intake/screenings/{personId}/revisions',
        '/api/intake/screenings/{personId}/referrals',
        '/api/intake/referrals',
        '/api/intake/bodies',
        '/api/intake/bodies/{bodyId}',
        '/api/intake/bodies/{bodyId}/history',
        '/api/intake/bodies/{bodyId}/corrections',
      ]),
    );
  });

  describe('a reception', () => {
    const receptionId = recordId('reception', 'poipet', 'R-2020-001');
    let beforeCorrection: string;

    it('is recorded by a border official of the place’s province under the name-based id of its place and reference', async () => {
      const res = await border.post('/api/intake/receptions', reception());
      expect(res.status).toBe(201);
      expect(res.headers['etag']).toBe('"0"');
      expect(res.body).toEqual({ receptionId, revision: 0 });
      expect(receptionId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      const [recorded] = await store.readStream(receptionStreamId(receptionId));
      expect(recorded).toMatchObject({ type: 'intake.ReceptionRecorded', actor: { userId: 'border-official-bm', role: 'border_official' } });
      expect(recorded.data).toMatchObject({ receptionId, reference: 'R-2020-001', place: 'poipet', province: 'banteay-meanchey', counts: { men: 120, women: 85, boys: 6, girls: 4 } });
      // The domain date places the fact, not the typing.
      expect(recorded.occurredAt.startsWith('2020-04-01T17:00:00')).toBe(true);
    });

    it('is one record: the same place and reference again is 409, by anyone', async () => {
      const again = await police.post('/api/intake/receptions', reception({ counts: { men: 1, women: 0, boys: 0, girls: 0 } }));
      expect(again.status).toBe(409);
      expect((await store.readStream(receptionStreamId(receptionId))).length).toBe(1);
    });

    it('is out of reach of another province: 403 to record at the place, 404 to read or correct it', async () => {
      expect((await battambangBorder.post('/api/intake/receptions', reception({ reference: 'R-OTHER' }))).status).toBe(403);
      expect((await battambangBorder.get(`/api/intake/receptions/${receptionId}`)).status).toBe(404);
      expect((await battambangBorder.get(`/api/intake/receptions/${receptionId}/history`)).status).toBe(404);
      const correcting = await battambangBorder.post(`/api/intake/receptions/${receptionId}/corrections`, { ...reception(), reference: undefined, correctedOn: '2020-04-10', justification: 'x' });
      expect(correcting.status).toBe(404);
      expect((await battambangBorder.get('/api/intake/receptions')).body).toMatchObject({ items: [], total: 0 });
      // A province outside the scope asked for: nothing, not someone else's list.
      expect((await battambangBorder.get('/api/intake/receptions?province=banteay-meanchey')).body).toMatchObject({ items: [], total: 0 });
    });

    it('refuses roles that do not receive people (403) and names the field of every bad body (400)', async () => {
      expect((await judge.post('/api/intake/receptions', reception({ reference: 'R-J' }))).status).toBe(403);
      expect((await statistician.post('/api/intake/receptions', reception({ reference: 'R-S' }))).status).toBe(403);
      const badCount = await border.post('/api/intake/receptions', reception({ reference: 'R-BAD', counts: { men: -1, women: 0, boys: 0, girls: 0 } }));
      expect(badCount.status).toBe(400);
      expect(JSON.stringify(badCount.body)).toContain('counts.men');
      const badPlace = await border.post('/api/intake/receptions', reception({ reference: 'R-BAD', place: 'nowhere' }));
      expect(badPlace.status).toBe(400);
      expect(JSON.stringify(badPlace.body)).toContain('place');
      const extra = await border.post('/api/intake/receptions', { ...reception({ reference: 'R-BAD' }), province: 'battambang' });
      // A province is never given: it follows the place. The unknown key is reported on its object, not repeated.
      expect(extra.status).toBe(400);
      expect(extra.body.errors).toEqual([{ field: '(body)', message: '(body) has an unknown field' }]);
      const badDate = await border.post('/api/intake/receptions', reception({ reference: 'R-BAD', receivedOn: '2020-02-30' }));
      expect(badDate.status).toBe(400);
      expect(JSON.stringify(badDate.body)).toContain('receivedOn');
      const missing = await border.post('/api/intake/receptions', { ...reception({ reference: 'R-BAD' }), reason: undefined });
      expect(missing.status).toBe(400);
      expect(JSON.stringify(missing.body)).toContain('reason');
    });

    it('refuses what can never be valid (422): nobody counted, a future date, an embassy’s other country', async () => {
      const nobody = await border.post('/api/intake/receptions', reception({ reference: 'R-0', counts: { men: 0, women: 0, boys: 0, girls: 0 } }));
      expect(nobody.status).toBe(422);
      const future = await border.post('/api/intake/receptions', reception({ reference: 'R-F', receivedOn: '2999-01-01' }));
      expect(future.status).toBe(422);
      const ministry = new IntakeDriver(app.http, await app.token('border_official', ['phnom-penh'], 'mofaic', 'mofaic-official'));
      const embassy = await ministry.post('/api/intake/receptions', reception({ reference: 'E-1', place: 'embassy-mys', receivedBy: 'mofaic', returnedBy: 'embassy', countryReturnedFrom: 'THA' }));
      expect(embassy.status).toBe(422);
      expect(JSON.stringify(embassy.body)).toContain('countryReturnedFrom');
    });

    it('is corrected as a whole with If-Match; a stale revision or the same figures again is 409', async () => {
      beforeCorrection = new Date().toISOString();
      await new Promise((r) => setTimeout(r, 20));
      const correction = { ...reception({ counts: { men: 120, women: 83, boys: 6, girls: 6 } }), reference: undefined, correctedOn: '2020-04-10', justification: 'Two girls were counted as women' };
      const corrected = await border.post(`/api/intake/receptions/${receptionId}/corrections`, correction, { 'If-Match': '"0"' });
      expect(corrected.status).toBe(200);
      expect(corrected.headers['etag']).toBe('"1"');
      expect(corrected.body).toEqual({ receptionId, revision: 1 });
      const stale = await border.post(`/api/intake/receptions/${receptionId}/corrections`, { ...correction, justification: 'again' }, { 'If-Match': '"0"' });
      expect(stale.status).toBe(409);
      const same = await border.post(`/api/intake/receptions/${receptionId}/corrections`, correction);
      expect(same.status).toBe(409);
      const weak = await border.post(`/api/intake/receptions/${receptionId}/corrections`, correction, { 'If-Match': 'W/"1"' });
      expect(weak.status).toBe(400);
    });

    it('reads as it stands now, as it stood before the correction (asOf), with its history', async () => {
      const now = await border.get(`/api/intake/receptions/${receptionId}`);
      expect(now.status).toBe(200);
      expect(now.headers['etag']).toBe('"1"');
      expect(now.body).toMatchObject({ receptionId, revision: 1, asOf: null, state: { status: 'recorded', figures: { counts: { women: 83, girls: 6 } }, recordedFigures: { counts: { women: 85, girls: 4 } } } });
      const before = await statistician.get(`/api/intake/receptions/${receptionId}?asOf=${encodeURIComponent(beforeCorrection)}`);
      expect(before.status).toBe(200);
      expect(before.body).toMatchObject({ revision: 0, asOf: beforeCorrection, state: { figures: { counts: { women: 85 } }, corrections: [] } });
      expect((await border.get(`/api/intake/receptions/${receptionId}?asOf=2019-01-01T00:00:00Z`)).status).toBe(404);
      expect((await border.get(`/api/intake/receptions/${receptionId}?asOf=yesterday`)).status).toBe(400);
      const history = await auditor.get(`/api/intake/receptions/${receptionId}/history`);
      expect(history.body.events.map((e: { type: string }) => e.type)).toEqual(['intake.ReceptionRecorded', 'intake.ReceptionCorrected']);
      expect(history.body.events[1]).toMatchObject({ revision: 1, actor: { userId: 'border-official-bm' }, changes: { justification: 'Two girls were counted as women' } });
    });

    it('is listed with its figures as they stand, filtered by period, place, unit and status', async () => {
      await police.ok('/api/intake/receptions', reception({ reference: 'R-2020-002', receivedOn: '2020-05-20', receivedBy: 'police-commissariat-banteay-meanchey', counts: { men: 10, women: 5, boys: 1, girls: 0 } }));
      const all = await border.get('/api/intake/receptions');
      expect(all.body).toMatchObject({ total: 2, page: 1, pageSize: 50 });
      expect(all.body.items.map((i: { reference: string }) => i.reference)).toEqual(['R-2020-002', 'R-2020-001']);
      expect(all.body.items[1]).toMatchObject({ receptionId, persons: 215, corrections: 1, status: 'recorded', year: 2020, month: 4 });
      expect((await border.get('/api/intake/receptions?month=5')).body.items.map((i: { reference: string }) => i.reference)).toEqual(['R-2020-002']);
      expect((await border.get('/api/intake/receptions?receivedBy=police-commissariat-banteay-meanchey')).body.total).toBe(1);
      expect((await border.get('/api/intake/receptions?year=2021')).body.total).toBe(0);
      expect((await border.get('/api/intake/receptions?place=o-bei-choan')).body.total).toBe(0);
      expect((await border.get('/api/intake/receptions?pageSize=1&page=2')).body.items.map((i: { reference: string }) => i.reference)).toEqual(['R-2020-001']);
      // A page past any list is empty, however far (not a store error).
      for (const list of ['receptions', 'screenings', 'bodies', 'referrals']) {
        expect((await border.get(`/api/intake/${list}?page=2432902008176639999`)).body).toMatchObject({ items: [], total: expect.any(Number) });
      }
      const badFilter = await border.get('/api/intake/receptions?month=13');
      expect(badFilter.status).toBe(400);
      expect(JSON.stringify(badFilter.body)).toContain('month');
    });

    it('is withdrawn once; then neither withdrawn again nor corrected (409), and listed as withdrawn', async () => {
      const id2 = recordId('reception', 'poipet', 'R-2020-002');
      expect((await police.post(`/api/intake/receptions/${id2}/withdrawal`, { withdrawnOn: '2020-05-21', justification: 'Entered twice' })).status).toBe(200);
      expect((await police.post(`/api/intake/receptions/${id2}/withdrawal`, { withdrawnOn: '2020-05-22', justification: 'Again' })).status).toBe(409);
      const correcting = await police.post(`/api/intake/receptions/${id2}/corrections`, { ...reception(), reference: undefined, correctedOn: '2020-05-22', justification: 'Late' });
      expect(correcting.status).toBe(409);
      expect((await border.get('/api/intake/receptions?status=withdrawn')).body.items.map((i: { receptionId: string }) => i.receptionId)).toEqual([id2]);
      const multiline = await police.post(`/api/intake/receptions/${id2}/withdrawal`, { withdrawnOn: '2020-05-22', justification: 'two\nlines' });
      expect(multiline.status).toBe(400);
      expect(JSON.stringify(multiline.body)).toContain('justification');
    });

    it('reads 400 for an id that is not a UUID v4 or v5, 404 for one that names nothing', async () => {
      expect((await border.get('/api/intake/receptions/not-a-uuid')).status).toBe(400);
      expect((await border.get(`/api/intake/receptions/${globalThis.crypto.randomUUID()}`)).status).toBe(404);
      expect((await border.post(`/api/intake/receptions/${globalThis.crypto.randomUUID()}/withdrawal`, { withdrawnOn: '2020-05-22', justification: 'x' })).status).toBe(404);
    });
  });

  describe('a screened person', () => {
    const personId = recordId('screened-person', 'poipet', 'S-2020-001');
    let beforeReferral: string;

    it('is screened from a reception named by its reference at the place; the name and birth date are sealed', async () => {
      const res = await border.post('/api/intake/screenings', screening({ ageInYears: undefined, birthDate: '2003-02-11', personal: { fullName: PERSON_NAME } }));
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ personId, revision: 0 });
      expect(res.headers['etag']).toBe('"0"');
      const [screened] = await store.readStream(screenedPersonStreamId(personId));
      expect(screened.data).toMatchObject({ personId, receptionId: recordId('reception', 'poipet', 'R-2020-001'), province: 'banteay-meanchey', ageBand: '15_17', outcome: 'suspected_victim' });
      expect(JSON.stringify(screened.data)).not.toContain('Synthetic');
      expect(JSON.stringify(screened.data)).not.toContain('2003-02-11');
    });

    it('needs its reception: 404 for no reception with that reference at the place, 409 the second time', async () => {
      const none = await border.post('/api/intake/screenings', screening({ reference: 'S-X', receptionReference: 'R-NONE' }));
      expect(none.status).toBe(404);
      const elsewhere = await border.post('/api/intake/screenings', screening({ reference: 'S-X', place: 'o-bei-choan' }));
      expect(elsewhere.status).toBe(404);
      expect((await border.post('/api/intake/screenings', screening())).status).toBe(409);
      // Another province is refused before the reception is looked for: the answer tells nothing of it.
      expect((await battambangBorder.post('/api/intake/screenings', screening({ reference: 'S-Y' }))).status).toBe(403);
      expect((await battambangBorder.post('/api/intake/screenings', screening({ reference: 'S-Y', receptionReference: 'R-NONE' }))).status).toBe(403);
    });

    it('refuses an outcome without its exploitation and both an age and a birth date (422), and names each bad field (400)', async () => {
      const noExploitation = await border.post('/api/intake/screenings', screening({ reference: 'S-E', exploitationIndicated: undefined }));
      expect(noExploitation.status).toBe(422);
      expect(JSON.stringify(noExploitation.body)).toContain('exploitationIndicated');
      const both = await border.post('/api/intake/screenings', screening({ reference: 'S-E', birthDate: '2003-02-11' }));
      expect(both.status).toBe(422);
      expect(JSON.stringify(both.body)).toMatch(/birthDate|ageInYears/);
      const badName = await border.post('/api/intake/screenings', screening({ reference: 'S-E', personal: { fullName: 'two\nlines' } }));
      expect(badName.status).toBe(400);
      expect(JSON.stringify(badName.body)).toContain('personal.fullName');
      expect(JSON.stringify(badName.body)).not.toContain('two');
      const badOutcome = await border.post('/api/intake/screenings', screening({ reference: 'S-E', outcome: 'victim' }));
      expect(badOutcome.status).toBe(400);
      expect(JSON.stringify(badOutcome.body)).toContain('outcome');
    });

    it('is read with the name by a border official of the province (the read recorded), never by a statistician or an auditor', async () => {
      const seen = await border.get(`/api/intake/screenings/${personId}`, { 'X-Access-Purpose': 'Preparing the referral' });
      expect(seen.status).toBe(200);
      expect(seen.headers['etag']).toBe('"0"');
      expect(seen.body).toMatchObject({ personId, revision: 0, asOf: null, state: { outcome: 'suspected_victim', screening: { personal: { fullName: PERSON_NAME, birthDate: '2003-02-11' } } } });
      const accessed = (await store.readAll({ after: 0, maxCount: 100_000 })).filter((e) => e.type === 'audit.PersonalDataAccessed');
      expect(accessed.some((e) => JSON.stringify(e.data).includes(personId) && JSON.stringify(e.data).includes('intake-screened-person'))).toBe(true);
      for (const reader of [statistician, auditor]) {
        const withheld = await reader.get(`/api/intake/screenings/${personId}`);
        expect(withheld.status).toBe(200);
        expect(withheld.body.state.screening.personal).toEqual({ restricted: true });
        expect(JSON.stringify(withheld.body)).not.toContain('Synthetic');
        const history = await reader.get(`/api/intake/screenings/${personId}/history`);
        expect(JSON.stringify(history.body)).not.toContain('Synthetic');
      }
      expect((await battambangBorder.get(`/api/intake/screenings/${personId}`)).status).toBe(404);
      expect((await battambangPolice.get(`/api/intake/screenings/${personId}/history`)).status).toBe(404);
      expect((await judge.get(`/api/intake/screenings/${personId}`)).status).toBe(403);
    });

    it('is out of reach of partner workers until referred to their organisation, who then see the name', async () => {
      expect((await ijm.get(`/api/intake/screenings/${personId}`)).status).toBe(404);
      expect((await ijm.get('/api/intake/screenings')).body).toMatchObject({ items: [], total: 0 });
      expect((await ijm.post(`/api/intake/screenings/${personId}/referrals`, { destination: 'family', referredOn: '2020-04-03' })).status).toBe(403);
      beforeReferral = new Date().toISOString();
      await new Promise((r) => setTimeout(r, 20));
      const referred = await border.post(`/api/intake/screenings/${personId}/referrals`, { destination: 'partner_organisation', referredOn: '2020-04-03', organisation: 'ngo-ijm' }, { 'If-Match': '"0"' });
      expect(referred.status).toBe(200);
      expect(referred.body).toEqual({ personId, revision: 1 });
      const [, event] = await store.readStream(screenedPersonStreamId(personId));
      expect(event.data).toMatchObject({ destination: 'partner_organisation', organisation: 'ngo-ijm', province: 'banteay-meanchey', person: { outcome: 'suspected_victim', exploitationType: 'labour', place: 'poipet' } });
      expect(JSON.stringify(event.data)).not.toContain('Synthetic');

      const seen = await ijm.get(`/api/intake/screenings/${personId}`);
      expect(seen.status).toBe(200);
      expect(seen.body.state.screening.personal).toMatchObject({ fullName: PERSON_NAME });
      expect((await ijm.get('/api/intake/screenings')).body).toMatchObject({ total: 1, items: [{ personId, referredTo: ['ngo-ijm'] }] });
      expect((await aple.get(`/api/intake/screenings/${personId}`)).status).toBe(404);
      // Partner workers read persons, never receptions or bodies.
      expect((await ijm.get('/api/intake/receptions')).status).toBe(403);
    });

    it('is referred once per destination and organisation (409 the second time); family only for a person not identified (422)', async () => {
      const twice = await border.post(`/api/intake/screenings/${personId}/referrals`, { destination: 'partner_organisation', referredOn: '2020-04-04', organisation: 'ngo-ijm' });
      expect(twice.status).toBe(409);
      const noUnit = await border.post(`/api/intake/screenings/${personId}/referrals`, { destination: 'police', referredOn: '2020-04-04', suspectedOffence: 'unlawful_recruitment_for_exploitation' });
      expect(noUnit.status).toBe(422);
      const badUnit = await border.post(`/api/intake/screenings/${personId}/referrals`, { destination: 'police', referredOn: '2020-04-04', policeUnit: 'police-nowhere' });
      expect(badUnit.status).toBe(400);
      expect(JSON.stringify(badUnit.body)).toContain('policeUnit');
      const badCase = await border.post(`/api/intake/screenings/${personId}/referrals`, { destination: 'police', referredOn: '2020-04-04', policeUnit: 'police-banteay-meanchey', policeCaseId: 'nope' });
      expect(badCase.status).toBe(400);
      expect(JSON.stringify(badCase.body)).toContain('policeCaseId');

      await border.ok('/api/intake/screenings', screening({ reference: 'S-2020-002', outcome: 'not_identified', exploitationIndicated: undefined, sex: 'M', ageInYears: 34 }));
      const other = recordId('screened-person', 'poipet', 'S-2020-002');
      const toPolice = await border.post(`/api/intake/screenings/${other}/referrals`, { destination: 'police', referredOn: '2020-04-03', policeUnit: 'police-banteay-meanchey', suspectedOffence: 'unlawful_recruitment_for_exploitation' });
      expect(toPolice.status).toBe(422);
      expect((await border.post(`/api/intake/screenings/${other}/referrals`, { destination: 'family', referredOn: '2020-04-03' })).status).toBe(200);
    });

    it('is referred to the police and social affairs; each sees the referrals addressed to it, in its province', async () => {
      await police.ok(`/api/intake/screenings/${personId}/referrals`, { destination: 'police', referredOn: '2020-04-04', policeUnit: 'police-banteay-meanchey', suspectedOffence: 'unlawful_recruitment_for_exploitation' });
      await social.ok(`/api/intake/screenings/${personId}/referrals`, { destination: 'social_affairs', referredOn: '2020-04-05', organisation: 'dosvy-banteay-meanchey' });

      const forPolice = await police.get('/api/intake/referrals');
      expect(forPolice.status).toBe(200);
      expect(forPolice.body).toMatchObject({ total: 1, items: [{ personId, destination: 'police', policeUnit: 'police-banteay-meanchey', province: 'banteay-meanchey', place: 'poipet', sex: 'F' }] });
      expect(JSON.stringify(forPolice.body)).not.toContain('Synthetic');
      expect((await police.get('/api/intake/referrals?destination=social_affairs')).body).toMatchObject({ total: 0, items: [] });
      expect((await battambangPolice.get('/api/intake/referrals')).body).toMatchObject({ total: 0 });

      expect((await social.get('/api/intake/referrals')).body).toMatchObject({ total: 1, items: [{ personId, destination: 'social_affairs', organisation: 'dosvy-banteay-meanchey' }] });
      expect((await ijm.get('/api/intake/referrals')).body).toMatchObject({ total: 1, items: [{ personId, destination: 'partner_organisation', organisation: 'ngo-ijm' }] });
      expect((await aple.get('/api/intake/referrals')).body).toMatchObject({ total: 0 });

      const all = await border.get('/api/intake/referrals');
      expect(all.body.total).toBe(4);
      // Most recent first; the two of 2020-04-03 (two persons) by person id.
      expect(all.body.items.map((i: { destination: string; referredOn: string }) => `${i.referredOn} ${i.destination}`).slice(0, 2)).toEqual(['2020-04-05 social_affairs', '2020-04-04 police']);
      expect(all.body.items.slice(2).map((i: { destination: string }) => i.destination).sort()).toEqual(['family', 'partner_organisation']);
      expect((await border.get('/api/intake/referrals?destination=family')).body.total).toBe(1);
      expect((await battambangBorder.get('/api/intake/referrals')).body.total).toBe(0);
      expect((await statistician.get('/api/intake/referrals')).status).toBe(403);
      const bad = await border.get('/api/intake/referrals?destination=court');
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.body)).toContain('destination');
    });

    it('reaches the police case law enforcement opened for the referral (its v5 id), to which a second person is referred by that id', async () => {
      const caseId = referralCaseId(personId, 'police-banteay-meanchey');
      const victimsOf = async () => (await store.readStream(`enforcement-case-${caseId}`)).filter((e) => e.type === 'enforcement.VictimReferred').map((e) => (e.data as { victimId: string }).victimId);
      expect(await eventually(async () => ((await victimsOf()).includes(personId) ? true : undefined), 'the referral in the police case')).toBe(true);
      await border.ok('/api/intake/screenings', screening({ reference: 'S-2020-003', sex: 'M', ageInYears: 15 }));
      const second = recordId('screened-person', 'poipet', 'S-2020-003');
      const toCase = await border.post(`/api/intake/screenings/${second}/referrals`, { destination: 'police', referredOn: '2020-04-04', policeUnit: 'police-banteay-meanchey', policeCaseId: caseId });
      expect(toCase.status).toBe(200);
      expect(await eventually(async () => ((await victimsOf()).includes(second) ? true : undefined), 'the second person in the same case')).toBe(true);
    });

    it('is revised to another outcome with a justification; the same outcome again is 409', async () => {
      const revised = await border.post(`/api/intake/screenings/${personId}/revisions`, { outcome: 'person_at_risk', exploitationIndicated: 'at_risk', revisedOn: '2020-04-09', justification: 'A second interview with an interpreter' });
      expect(revised.status).toBe(200);
      const again = await border.post(`/api/intake/screenings/${personId}/revisions`, { outcome: 'person_at_risk', exploitationIndicated: 'at_risk', revisedOn: '2020-04-10', justification: 'Again' });
      expect(again.status).toBe(409);
      const listed = await statistician.get('/api/intake/screenings?outcome=person_at_risk');
      expect(listed.body).toMatchObject({ total: 1, items: [{ personId, outcome: 'person_at_risk', revisions: 1 }] });
      expect(JSON.stringify(listed.body)).not.toContain('Synthetic');
      const stillSuspected = (await statistician.get('/api/intake/screenings?outcome=suspected_victim')).body.items.map((i: { personId: string }) => i.personId);
      expect(stillSuspected).toEqual([recordId('screened-person', 'poipet', 'S-2020-003')]);
    });

    it('reads as it stood before the referrals (asOf), and its history names every step', async () => {
      const before = await border.get(`/api/intake/screenings/${personId}?asOf=${encodeURIComponent(beforeReferral)}`);
      expect(before.status).toBe(200);
      expect(before.body).toMatchObject({ revision: 0, asOf: beforeReferral, state: { outcome: 'suspected_victim', referrals: [] } });
      const history = await border.get(`/api/intake/screenings/${personId}/history`);
      expect(history.body.events.map((e: { type: string }) => e.type)).toEqual([
        'intake.PersonScreened',
        'intake.PersonReferred',
        'intake.PersonReferred',
        'intake.PersonReferred',
        'intake.ScreeningRevised',
      ]);
      expect(history.body.events[0].changes.personal).toMatchObject({ fullName: PERSON_NAME });
    });
  });

  describe('a returned body', () => {
    const bodyId = recordId('body', 'poipet', 'B-2020-001');

    it('is recorded, corrected with If-Match, listed, read as of an instant, and 409 the second time', async () => {
      const recorded = await border.post('/api/intake/bodies', body());
      expect(recorded.status).toBe(201);
      expect(recorded.body).toEqual({ bodyId, revision: 0 });
      expect((await border.post('/api/intake/bodies', body({ cause: 'accident' }))).status).toBe(409);
      const before = new Date().toISOString();
      await new Promise((r) => setTimeout(r, 20));
      const corrected = await border.post(`/api/intake/bodies/${bodyId}/corrections`, { ...body({ cause: 'accident' }), reference: undefined, correctedOn: '2020-06-15', justification: 'The cause was reported wrongly' }, { 'If-Match': '"0"' });
      expect(corrected.status).toBe(200);
      expect((await statistician.get('/api/intake/bodies?year=2020&month=6')).body).toMatchObject({ total: 1, items: [{ bodyId, cause: 'accident', corrections: 1 }] });
      expect((await border.get(`/api/intake/bodies/${bodyId}?asOf=${encodeURIComponent(before)}`)).body).toMatchObject({ revision: 0, state: { figures: { cause: 'disease' } } });
      expect((await border.get(`/api/intake/bodies/${bodyId}`)).headers['etag']).toBe('"1"');
      expect((await border.get(`/api/intake/bodies/${bodyId}/history`)).body.events).toHaveLength(2);
      expect((await battambangBorder.get(`/api/intake/bodies/${bodyId}`)).status).toBe(404);
      const badSex = await border.post('/api/intake/bodies', body({ reference: 'B-X', sex: 'X' }));
      expect(badSex.status).toBe(400);
      expect(JSON.stringify(badSex.body)).toContain('sex');
    });
  });
});

import request from 'supertest';
import { CLOCK, type Clock } from '@casetrail/platform-nest';
import { startEmbeddedApp, type EmbeddedApp } from '../support/embedded-app';
import { CourtFileDriver } from '../support/court-file-driver';
import { courtFileOfForwarding } from '../support/court-forwarding';
import { PoliceCaseDriver } from '../support/police-case-driver';

const files = (fileId: string, rest = '') => `/api/court/files/${fileId}${rest}`;
const NAME = 'Synthetic Accused (court e2e)';

describe('court over HTTP (embedded runtime, SQLite on disk)', () => {
  let app: EmbeddedApp;
  let prosecutor: CourtFileDriver;
  let judge: CourtFileDriver;
  let auditor: CourtFileDriver;

  beforeAll(async () => {
    app = await startEmbeddedApp();
    prosecutor = new CourtFileDriver(app.http, await app.token('prosecutor', ['battambang'], undefined, 'prosecutor-1'));
    judge = new CourtFileDriver(app.http, await app.token('judge', ['battambang'], undefined, 'judge-1'));
    auditor = new CourtFileDriver(app.http, await app.token('auditor', ['battambang'], undefined, 'auditor-1'));
  });
  afterAll(async () => {
    await app.destroy();
  });

  it('documents the court routes', async () => {
    const docs = await request(app.http).get('/docs/openapi.json');
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining(['/api/court/files', '/api/court/files/{fileId}/charges', '/api/court/detentions/deadlines', '/api/court/police-cases/{caseId}/outcome']),
    );
  });

  describe('a file from opening to compensation', () => {
    let fileId: string;
    let accusedId: string;
    let victimId: string;
    let beforeDecision: string;

    it('is opened, given an accused and a victim, charged and submitted for investigation by the prosecutor', async () => {
      const opened = await prosecutor.post('/api/court/files', { court: 'court-battambang', openedOn: '2020-03-14', offences: ['trafficking_in_persons_with_purpose'], reference: 'BTB-CR-2020-031' });
      expect(opened.status).toBe(201);
      expect(opened.headers['etag']).toBe('"0"');
      fileId = opened.body.fileId;
      expect(fileId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(opened.body).toEqual({ fileId, revision: 0 });

      const accused = await prosecutor.post(files(fileId, '/accused'), { sex: 'M', nationality: 'KHM', birthDate: '1988-07-02', addedOn: '2020-03-15', personal: { fullName: NAME } });
      expect(accused.status).toBe(201);
      accusedId = accused.body.personId;
      expect(accused.body).toEqual({ fileId, revision: 1, personId: accusedId });
      victimId = await prosecutor.victim(fileId, { personal: { fullName: 'Synthetic Victim (court e2e)' } });
      await prosecutor.charge(fileId, accusedId);
      beforeDecision = new Date().toISOString();
      await new Promise((r) => setTimeout(r, 20));
      const decided = await prosecutor.post(files(fileId, '/prosecution-decision'), { action: 'submitted_for_investigation', decidedOn: '2020-03-17' }, { 'If-Match': '"3"' });
      expect(decided.status).toBe(200);
      expect(decided.body).toEqual({ fileId, revision: 4 });
      expect(decided.headers['etag']).toBe('"4"');
    });

    it('is taken on by the judge: detention, extension, closing order, verdict and compensation', async () => {
      const detention = files(fileId, `/accused/${accusedId}/detention`);
      expect((await judge.post(detention, { orderedOn: '2020-03-19', offenceClass: 'felony' })).status).toBe(200);
      expect((await judge.post(`${detention}/extensions`, { extendedOn: '2020-09-01', months: 6 })).status).toBe(200);
      const closing = await judge.post(files(fileId, '/closing-order'), { outcome: 'sent_to_trial', issuedOn: '2020-10-05' });
      expect(closing.status).toBe(200);
      const verdict = await judge.post(files(fileId, `/accused/${accusedId}/verdict`), { outcome: 'imprisonment', deliveredOn: '2020-11-20', termMonths: 84, custody: 'in_custody' });
      expect(verdict.status).toBe(200);
      // The verdict ends the detention in force: two events.
      expect(verdict.body.revision).toBe(9);
      const awarded = await judge.post(files(fileId, '/compensation'), { victimId, amount: 2000000, currency: 'KHR', awardedOn: '2020-11-20' });
      expect(awarded.status).toBe(200);
      const appeal = await judge.post(files(fileId, '/appeals'), { appellant: 'accused', personId: accusedId, lodgedOn: '2020-12-01' });
      expect(appeal.status).toBe(201);
      expect(appeal.body).toEqual({ fileId, revision: 11, appealNumber: 1 });
      expect((await judge.post(files(fileId, '/appeals/1/decision'), { decision: 'upheld', decidedOn: '2021-03-01' })).status).toBe(200);
    });

    it('shows the file with personal data to the judge, recorded first, and restricted to the auditor', async () => {
      const seen = await judge.get(files(fileId), { 'X-Access-Purpose': 'Preparing the hearing' });
      expect(seen.status).toBe(200);
      expect(seen.headers['etag']).toBe('"12"');
      expect(seen.body.state).toMatchObject({ stage: 'trial', court: 'court-battambang', province: 'battambang', closingOrder: { outcome: 'sent_to_trial' } });
      expect(seen.body.state.accused[accusedId].personal).toEqual({ fullName: NAME, birthDate: '1988-07-02' });
      expect(seen.body.state.accused[accusedId].verdicts[0]).toMatchObject({ outcome: 'imprisonment', termMonths: 84 });
      expect(seen.body.state.compensation).toEqual([{ victimId, amount: 2000000, currency: 'KHR', awardedOn: '2020-11-20' }]);
      expect(seen.body.deadlines.detentions).toEqual([]);

      const restricted = await auditor.get(files(fileId));
      expect(restricted.status).toBe(200);
      expect(restricted.body.state.accused[accusedId].personal).toEqual({ restricted: true });
      expect(restricted.body.state.accused[accusedId].birthDate).toBeNull();
      expect(JSON.stringify(restricted.body)).not.toContain('Synthetic');

      const accesses = await auditor.get(`/api/audit/access?recordId=${fileId}`);
      expect(accesses.status).toBe(200);
      expect(accesses.body.items).toEqual(
        expect.arrayContaining([expect.objectContaining({ recordType: 'court-file', recordId: fileId, userId: 'judge-1', purpose: 'Preparing the hearing', personIds: expect.arrayContaining([accusedId, victimId]) })]),
      );
      // The auditor's restricted read disclosed nothing, so it is not recorded.
      expect(accesses.body.items.some((i: { userId: string }) => i.userId === 'auditor-1')).toBe(false);
    });

    it('answers the history with actors, and the file as of an earlier instant', async () => {
      const history = await auditor.get(files(fileId, '/history'));
      expect(history.status).toBe(200);
      expect(history.body.events.map((e: { type: string }) => e.type)).toEqual([
        'court.CourtFileOpened',
        'court.AccusedAdded',
        'court.VictimAdded',
        'court.PersonCharged',
        'court.ProsecutionDecided',
        'court.PreTrialDetentionOrdered',
        'court.PreTrialDetentionExtended',
        'court.ClosingOrderIssued',
        'court.PreTrialDetentionEnded',
        'court.VerdictDelivered',
        'court.CompensationAwarded',
        'court.AppealLodged',
        'court.AppealDecided',
      ]);
      expect(history.body.events[0].actor).toEqual({ userId: 'prosecutor-1', role: 'prosecutor', province: 'battambang' });
      expect(history.body.events[5].actor).toEqual({ userId: 'judge-1', role: 'judge', province: 'battambang' });
      expect(history.body.events[1].changes.personal).toEqual({ restricted: true });
      expect(history.body.events[4].occurredAt).toBe('2020-03-16T17:00:00.000Z');

      const then = await prosecutor.get(`${files(fileId)}?asOf=${encodeURIComponent(beforeDecision)}`);
      expect(then.status).toBe(200);
      expect(then.body).toMatchObject({ revision: 3, asOf: beforeDecision, state: { stage: 'prosecution', prosecutionDecision: null } });
      expect((await prosecutor.get(`${files(fileId)}?asOf=2000-01-01T00:00:00Z`)).status).toBe(404);
    });

    it('lists the file in scope with its counts, and filters by stage and court', async () => {
      const list = await auditor.get('/api/court/files?stage=trial&court=court-battambang');
      expect(list.status).toBe(200);
      const item = list.body.items.find((i: { fileId: string }) => i.fileId === fileId);
      expect(item).toMatchObject({ stage: 'trial', origin: 'direct', policeCaseId: null, accused: 1, victims: 1, charged: 1, verdicts: [{ personId: accusedId, outcome: 'imprisonment' }], detentionsInForce: [], appeals: 1, compensationAwards: 1 });
      expect((await auditor.get('/api/court/files?stage=prosecution')).body.items.some((i: { fileId: string }) => i.fileId === fileId)).toBe(false);
      expect(JSON.stringify(list.body)).not.toContain('Synthetic');
    });
  });

  describe('refusals', () => {
    let fileId: string;
    let accusedId: string;

    beforeAll(async () => {
      fileId = await prosecutor.open();
      accusedId = await prosecutor.accused(fileId);
    });

    it('refuses a judge on the prosecution steps and a prosecutor on the judge steps (403)', async () => {
      const judgeDecides = await judge.post(files(fileId, '/prosecution-decision'), { action: 'submitted_for_investigation', decidedOn: '2020-03-17' });
      expect(judgeDecides.status).toBe(403);
      const judgeOpens = await judge.post('/api/court/files', { court: 'court-battambang', openedOn: '2020-03-14', offences: ['procuring'] });
      expect(judgeOpens.status).toBe(403);
      const prosecutorDetains = await prosecutor.post(files(fileId, `/accused/${accusedId}/detention`), { orderedOn: '2020-03-19', offenceClass: 'felony' });
      expect(prosecutorDetains.status).toBe(403);
      const police = await app.token('police', ['battambang'], 'police-battambang');
      expect((await request(app.http).post(files(fileId, '/victims')).set('Authorization', `Bearer ${police}`).send({})).status).toBe(403);
    });

    it('lets only the prosecutor charge in the prosecution stage and only the judge in the investigation (403 with the reason)', async () => {
      const byJudge = await judge.post(files(fileId, '/charges'), { personId: accusedId, offences: ['procuring'], chargedOn: '2020-03-16' });
      expect(byJudge.status).toBe(403);
      expect(byJudge.body).toMatchObject({ code: 'NOT_YOUR_STAGE', detail: 'In the prosecution stage only the prosecutor charges a person' });
      await prosecutor.charge(fileId, accusedId);
      await prosecutor.decide(fileId);
      const byProsecutor = await prosecutor.post(files(fileId, '/charges'), { personId: accusedId, offences: ['procuring'], chargedOn: '2020-03-18' });
      expect(byProsecutor.status).toBe(403);
      expect(byProsecutor.body.detail).toBe('In the investigation stage only the investigating judge charges a person');
      const byJudgeNow = await judge.post(files(fileId, '/charges'), { personId: accusedId, offences: ['procuring'], chargedOn: '2020-03-18' });
      expect(byJudgeNow.status).toBe(200);
    });

    it('answers an illegal step with 409 or 422 and the reason, and writes nothing', async () => {
      const before = (await auditor.get(files(fileId, '/history'))).body.events.length;
      const twice = await prosecutor.post(files(fileId, '/prosecution-decision'), { action: 'retained_without_processing', decidedOn: '2020-03-18', reason: 'not_expedient' });
      expect(twice.status).toBe(409);
      expect(twice.body).toMatchObject({ code: 'PROSECUTION_ALREADY_DECIDED' });
      const verdictTooEarly = await judge.post(files(fileId, `/accused/${accusedId}/verdict`), { outcome: 'acquittal', deliveredOn: '2020-04-01' });
      expect(verdictTooEarly.status).toBe(409);
      expect(verdictTooEarly.body).toMatchObject({ code: 'WRONG_STAGE' });
      const future = await judge.post(files(fileId, `/accused/${accusedId}/detention`), { orderedOn: '2999-01-01', offenceClass: 'felony' });
      expect(future.status).toBe(422);
      expect(future.body).toMatchObject({ code: 'DATE_IN_FUTURE' });
      const unknownAppeal = await judge.post(files(fileId, '/appeals/0/decision'), { decision: 'upheld', decidedOn: '2021-03-01' });
      expect(unknownAppeal.status).toBe(400);
      expect((await auditor.get(files(fileId, '/history'))).body.events.length).toBe(before);
    });

    it('answers a stale If-Match with 409, and refuses If-Match on opening', async () => {
      const { revision } = (await auditor.get(files(fileId))).body;
      const stale = await judge.post(files(fileId, '/victims'), { sex: 'F', nationality: 'KHM', ageInYears: 15, addedOn: '2020-03-19', exploitationType: 'labour' }, { 'If-Match': `"${revision - 1}"` });
      expect(stale.status).toBe(409);
      const fresh = await judge.post(files(fileId, '/victims'), { sex: 'F', nationality: 'KHM', ageInYears: 15, addedOn: '2020-03-19', exploitationType: 'labour' }, { 'If-Match': `"${revision}"` });
      expect(fresh.status).toBe(201);
      const opening = await prosecutor.post('/api/court/files', { court: 'court-battambang', openedOn: '2020-03-14', offences: ['procuring'] }, { 'If-Match': '"0"' });
      expect(opening.status).toBe(400);
    });

    it('hides a file outside the province (404) and refuses to open one there (403)', async () => {
      const kandalProsecutor = new CourtFileDriver(app.http, await app.token('prosecutor', ['kandal']));
      const kandalJudge = new CourtFileDriver(app.http, await app.token('judge', ['kandal']));
      expect((await kandalProsecutor.get(files(fileId))).status).toBe(404);
      expect((await kandalProsecutor.get(files(fileId, '/history'))).status).toBe(404);
      expect((await kandalProsecutor.post(files(fileId, '/accused'), { sex: 'M', nationality: 'KHM', ageInYears: 30, addedOn: '2020-03-19' })).status).toBe(404);
      expect((await kandalJudge.post(files(fileId, '/closing-order'), { outcome: 'dismissed', issuedOn: '2020-04-01' })).status).toBe(404);
      expect((await kandalProsecutor.get('/api/court/files?court=court-battambang')).body).toMatchObject({ items: [], total: 0 });
      expect((await prosecutor.post('/api/court/files', { court: 'court-kandal', openedOn: '2020-03-14', offences: ['procuring'] })).status).toBe(403);
    });
  });

  describe('a case forwarded by the police', () => {
    it('opens a file by the forwarding reactor, and shows the police its outcome without personal data', async () => {
      const police = new PoliceCaseDriver(app.http, await app.token('police', ['battambang'], 'police-battambang', 'officer-1'));
      const caseId = await police.open();
      const suspectId = await police.suspect(caseId, { personal: { fullName: 'Synthetic Suspect (forwarded)' } });
      await police.arrest(caseId, suspectId);
      const victimId = await police.victim(caseId, { personal: { fullName: 'Synthetic Victim (forwarded)' } });
      // Not forwarded yet: no court file, and the police are told so (404).
      expect((await police.get(`/api/court/police-cases/${caseId}/outcome`)).status).toBe(404);
      await police.forward(caseId);

      const { fileId } = await courtFileOfForwarding(app, caseId);
      expect(fileId).toBe(caseId);
      // The sealed parts the police wrote open for the prosecutor (and are recorded).
      const seen = await prosecutor.get(files(fileId));
      expect(seen.body.state.accused[suspectId].personal).toEqual({ fullName: 'Synthetic Suspect (forwarded)' });
      expect(seen.body.state.origin).toMatchObject({ kind: 'police', policeCaseId: caseId });
      const restricted = await auditor.get(files(fileId, '/history'));
      expect(restricted.body.events[0].changes.accused[0].personal).toEqual({ restricted: true });
      expect(JSON.stringify(restricted.body)).not.toContain('Synthetic');
      const accesses = await auditor.get(`/api/audit/access?recordId=${fileId}`);
      expect(accesses.body.items[0]).toMatchObject({ recordType: 'court-file', personIds: expect.arrayContaining([suspectId, victimId]) });

      await prosecutor.charge(fileId, suspectId, '2020-03-22');
      await prosecutor.decide(fileId, { action: 'submitted_for_investigation', decidedOn: '2020-03-25' });
      await judge.step(files(fileId, '/closing-order'), { outcome: 'sent_to_trial', issuedOn: '2020-10-05' });
      await judge.step(files(fileId, `/accused/${suspectId}/verdict`), { outcome: 'fine', deliveredOn: '2020-11-20', fine: { amount: 400000, currency: 'KHR' } });

      const outcome = await police.get(`/api/court/police-cases/${caseId}/outcome`);
      expect(outcome.status).toBe(200);
      expect(outcome.body).toEqual({
        policeCaseId: caseId,
        hasCourtFile: true,
        fileId,
        court: 'court-battambang',
        province: 'battambang',
        receivedOn: '2020-03-20',
        stage: 'trial',
        accused: 1,
        charged: 1,
        chargedPersonIds: [suspectId],
        prosecutionDecision: { action: 'submitted_for_investigation', decidedOn: '2020-03-25' },
        closingOrder: { outcome: 'sent_to_trial', issuedOn: '2020-10-05' },
        verdicts: [{ personId: suspectId, outcome: 'fine', deliveredOn: '2020-11-20' }],
      });
      expect(JSON.stringify(outcome.body)).not.toContain('Synthetic');
      const otherProvince = new PoliceCaseDriver(app.http, await app.token('police', ['kandal'], 'police-kandal'));
      expect((await otherProvince.get(`/api/court/police-cases/${caseId}/outcome`)).status).toBe(404);
    });
  });
});

describe('detention deadlines with the clock pinned', () => {
  let app: EmbeddedApp;
  let now = new Date('2020-09-10T05:00:00Z');
  const clock: Clock = { now: () => now };

  beforeAll(async () => {
    app = await startEmbeddedApp({ overrides: [{ provide: CLOCK, useValue: clock }] });
  });
  afterAll(async () => {
    await app.destroy();
  });

  it('lists detentions reaching their limit within N days per court, sorted, flagging those past it', async () => {
    const prosecutor = new CourtFileDriver(app.http, await app.token('prosecutor', ['*']));
    const judge = new CourtFileDriver(app.http, await app.token('judge', ['*']));
    const detained = async (court: string, orderedOn: string, offenceClass: string) => {
      const fileId = await prosecutor.open({ court });
      const personId = await prosecutor.accused(fileId);
      await prosecutor.charge(fileId, personId);
      await prosecutor.decide(fileId);
      await judge.step(files(fileId, `/accused/${personId}/detention`), { orderedOn, offenceClass });
      return { fileId, personId };
    };
    // Adult felony: 6 months; adult misdemeanour: 4 months.
    const early = await detained('court-battambang', '2020-03-19', 'felony'); // limit 2020-09-19
    const misdemeanour = await detained('court-kandal', '2020-05-20', 'misdemeanour'); // limit 2020-09-20
    const late = await detained('court-battambang', '2020-09-01', 'felony'); // limit 2021-03-01

    const soon = await judge.get('/api/court/detentions/deadlines?withinDays=30');
    expect(soon.status).toBe(200);
    expect(soon.body.on).toBe('2020-09-10');
    expect(soon.body.items.map((i: { fileId: string; limitDate: string; pastLimit: boolean }) => [i.fileId, i.limitDate, i.pastLimit])).toEqual([
      [early.fileId, '2020-09-19', false],
      [misdemeanour.fileId, '2020-09-20', false],
    ]);

    // Later: the clock is pinned after the first limit.
    now = new Date('2020-09-19T18:00:00Z'); // 2020-09-20 in Cambodia
    const later = await judge.get('/api/court/detentions/deadlines?withinDays=30');
    expect(later.body.on).toBe('2020-09-20');
    expect(later.body.items.map((i: { fileId: string; daysLeft: number; pastLimit: boolean }) => [i.fileId, i.daysLeft, i.pastLimit])).toEqual([
      [early.fileId, -1, true],
      [misdemeanour.fileId, 0, false],
    ]);
    expect(later.body.courts).toEqual([
      { court: 'court-battambang', province: 'battambang', detentions: 1, pastLimit: 1 },
      { court: 'court-kandal', province: 'kandal', detentions: 1, pastLimit: 0 },
    ]);
    const oneCourt = await judge.get('/api/court/detentions/deadlines?withinDays=200&court=court-battambang');
    expect(oneCourt.body.items.map((i: { fileId: string }) => i.fileId)).toEqual([early.fileId, late.fileId]);
    const kandalOnly = new CourtFileDriver(app.http, await app.token('auditor', ['kandal']));
    expect((await kandalOnly.get('/api/court/detentions/deadlines?withinDays=30')).body.items.map((i: { fileId: string }) => i.fileId)).toEqual([misdemeanour.fileId]);
    expect((await kandalOnly.get('/api/court/detentions/deadlines?withinDays=30&court=court-battambang')).body.items).toEqual([]);

    // The file view and the list flag it too, computed at the pinned date.
    const view = await judge.get(files(early.fileId));
    expect(view.body.deadlines.detentions[0]).toMatchObject({ personId: early.personId, limitDate: '2020-09-19', pastLimit: true });
    const list = await judge.get('/api/court/files?court=court-battambang&stage=investigation');
    const row = list.body.items.find((i: { fileId: string }) => i.fileId === early.fileId);
    expect(row.detentionsInForce[0]).toMatchObject({ limitDate: '2020-09-19', pastLimit: true, daysLeft: -1 });
    expect((await judge.get('/api/court/detentions/deadlines?withinDays=-1')).status).toBe(400);
    expect((await judge.get('/api/court/detentions/deadlines')).status).toBe(400);
  });
});

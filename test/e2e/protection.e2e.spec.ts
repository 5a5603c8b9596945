import request from 'supertest';
import type { EventStore } from '@casetrail/event-sourcing';
import { EVENT_STORE } from '@casetrail/platform-nest';
import { protectionCaseStreamId } from '@casetrail/protection-contracts';
import { startEmbeddedApp, type EmbeddedApp } from '../support/embedded-app';
import { CourtFileDriver } from '../support/court-file-driver';
import { courtFileOfForwarding } from '../support/court-forwarding';
import { PoliceCaseDriver } from '../support/police-case-driver';
import { ProtectionCaseDriver } from '../support/protection-case-driver';
import { protectionCaseAtRevision, protectionCaseOfHandOver } from '../support/protection-hand-over';

const cases = (personId: string, rest = '') => `/api/protection/cases/${personId}${rest}`;
const VICTIM_NAME = 'Synthetic Victim (protection e2e)';
const RETURNEE_NAME = 'Synthetic Returnee (protection e2e)';
const WORKER = 'social-worker-btb';

/*
 * A victim's way through social affairs over HTTP, on the embedded runtime: rescued and handed
 * over by the police, the case opened by the reactor with the same person id and the police's
 * sealed data, then consent, referral to a partner, shelter, services, compensation (by hand and
 * from the court through its reactor), family assessment, integration, follow-ups, closure and
 * reopening; who sees what (provinces, organisations, consent), refusals, history, as-of, the
 * access audit, the journey across contexts and forgetting the person.
 */
describe('protection over HTTP (embedded runtime, SQLite on disk)', () => {
  let app: EmbeddedApp;
  let store: EventStore;
  let police: PoliceCaseDriver;
  let social: ProtectionCaseDriver;
  let kandalSocial: ProtectionCaseDriver;
  let aple: ProtectionCaseDriver;
  let cwcc: ProtectionCaseDriver;
  let auditor: ProtectionCaseDriver;

  beforeAll(async () => {
    app = await startEmbeddedApp();
    store = app.app.get<EventStore>(EVENT_STORE);
    police = new PoliceCaseDriver(app.http, await app.token('police', ['battambang'], 'police-battambang', 'officer-btb'));
    social = new ProtectionCaseDriver(app.http, await app.token('social_worker', ['battambang'], 'dosvy-battambang', WORKER));
    kandalSocial = new ProtectionCaseDriver(app.http, await app.token('social_worker', ['kandal'], undefined, 'social-worker-kdl'));
    aple = new ProtectionCaseDriver(app.http, await app.token('partner_worker', ['*'], 'ngo-aple', 'partner-aple'));
    cwcc = new ProtectionCaseDriver(app.http, await app.token('partner_worker', ['*'], 'ngo-cwcc', 'partner-cwcc'));
    auditor = new ProtectionCaseDriver(app.http, await app.token('auditor', ['battambang'], undefined, 'auditor-btb'));
  });
  afterAll(async () => {
    await app.destroy();
  });

  it('documents the protection routes', async () => {
    const docs = await request(app.http).get('/docs/openapi.json');
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/protection/cases',
        '/api/protection/cases/{personId}',
        '/api/protection/cases/{personId}/shelter/admission',
        '/api/protection/cases/{personId}/claims/{claimId}/receipts',
        '/api/protection/cases/{personId}/journey',
        '/api/protection/follow-ups/overdue',
      ]),
    );
  });

  describe('a victim from rescue to integration and beyond', () => {
    let policeCaseId: string;
    let personId: string;
    let suspectId: string;
    let claimId: string;
    let beforeSharing: string;

    it('is rescued and handed over by the police; the reactor opens the case with the same person id, the data still sealed', async () => {
      policeCaseId = await police.open();
      suspectId = await police.suspect(policeCaseId);
      await police.arrest(policeCaseId, suspectId);
      personId = await police.victim(policeCaseId, { personal: { fullName: VICTIM_NAME } });
      await police.handOver(policeCaseId, personId, 'social_affairs', '2020-03-17');

      expect(await protectionCaseOfHandOver(app, personId)).toEqual({ personId, revision: 0 });
      const [opened] = await store.readStream(protectionCaseStreamId(personId));
      expect(opened).toMatchObject({ type: 'protection.ProtectionCaseOpened', actor: { userId: 'reactor:protection-opens-handed-over-victims', role: 'system' } });
      expect(opened.data).toMatchObject({ personId, province: 'battambang', channel: 'police_hand_over', receivedBy: 'dosvy-battambang', policeCaseId, handedOverBy: 'police-battambang', receivedOn: '2020-03-17' });
      // The envelope the police sealed under the victim's key, copied as is: never the name in clear.
      expect(JSON.stringify(opened.data)).not.toContain('Synthetic');
      const rescued = (await store.readStream(`enforcement-case-${policeCaseId}`)).find((e) => e.type === 'enforcement.VictimRescued');
      expect((opened.data as { personal: unknown }).personal).toEqual((rescued?.data as { personal: unknown }).personal);
    });

    it('is readable by a social worker of the province, with the name (recorded), and by no one of another province', async () => {
      const seen = await social.get(cases(personId));
      expect(seen.status).toBe(200);
      expect(seen.headers['etag']).toBe('"0"');
      expect(seen.body).toMatchObject({ personId, revision: 0, asOf: null, state: { stage: 'open', channel: 'police_hand_over', handOver: { policeCaseId, handedOverBy: 'police-battambang' } } });
      expect(seen.body.state.person).toMatchObject({ personId, sex: 'F', ageInYears: 16, ageBand: '15_17', personal: { fullName: VICTIM_NAME } });
      expect((await kandalSocial.get(cases(personId))).status).toBe(404);
      expect((await kandalSocial.post(cases(personId, '/services'), { service: 'medical', organisation: 'dosvy-kandal', deliveredOn: '2020-03-20' })).status).toBe(404);
      expect((await kandalSocial.get('/api/protection/cases')).body).toMatchObject({ items: [], total: 0 });
    });

    it('is out of reach of partner workers until referred to their organisation (404), and they can never open a case (403)', async () => {
      expect((await aple.get(cases(personId))).status).toBe(404);
      expect((await aple.post(cases(personId, '/shelter/admission'), { shelter: 'ngo-aple', admittedOn: '2020-03-19', sentBy: 'dosvy-battambang' })).status).toBe(404);
      expect((await aple.get('/api/protection/cases')).body).toMatchObject({ items: [], total: 0 });
      const opening = await aple.post('/api/protection/cases', { province: 'battambang', receivedOn: '2020-05-04', channel: 'ngo_referral', sex: 'F', nationality: 'KHM', ageInYears: 17, exploitationType: 'labour' });
      expect(opening.status).toBe(403);
      const consenting = await aple.post(cases(personId, '/consent'), { givenBy: 'person', recordedOn: '2020-03-18', sharing: [] });
      expect(consenting.status).toBe(403);
    });

    it('is referred to a partner, who then sees the case but the person’s data only once the consent shares with it', async () => {
      await social.consent(personId, [{ organisation: 'ngo-cwcc', purposes: ['services'] }], '2020-03-18');
      await social.refer(personId, 'ngo-aple', '2020-03-18', 'shelter');
      const withheld = await aple.get(cases(personId));
      expect(withheld.status).toBe(200);
      expect(withheld.body.state.person.personal).toEqual({ restricted: true });
      expect(JSON.stringify(withheld.body)).not.toContain('Synthetic');
      // Consent to share with a partner the case is not referred to opens nothing to it.
      expect((await cwcc.get(cases(personId))).status).toBe(404);

      beforeSharing = new Date().toISOString();
      await new Promise((r) => setTimeout(r, 20));
      await social.consent(personId, [{ organisation: 'ngo-aple', purposes: ['shelter', 'services', 'legal_aid'] }], '2020-03-19');
      const shared = await aple.get(cases(personId));
      expect(shared.body.state.person.personal).toEqual({ fullName: VICTIM_NAME });
      const list = await aple.get('/api/protection/cases');
      expect(list.body).toMatchObject({ total: 1, items: [{ personId, referredTo: ['ngo-aple'], consentRecorded: true }] });
      expect(JSON.stringify(list.body)).not.toContain('Synthetic');
    });

    it('is admitted to the partner’s shelter by the partner (never another organisation’s), one shelter at a time', async () => {
      const other = await aple.post(cases(personId, '/shelter/admission'), { shelter: 'ngo-cwcc', admittedOn: '2020-03-19', sentBy: 'dosvy-battambang' });
      expect(other.status).toBe(403);
      expect(other.body).toMatchObject({ code: 'NOT_YOUR_ORGANISATION' });
      await aple.step(personId, '/shelter/admission', { shelter: 'ngo-aple', admittedOn: '2020-03-19', sentBy: 'dosvy-battambang' });
      const again = await social.post(cases(personId, '/shelter/admission'), { shelter: 'ngo-cwcc', admittedOn: '2020-03-20', sentBy: 'dosvy-battambang' });
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ code: 'ALREADY_IN_SHELTER' });
      expect((await social.get('/api/protection/cases')).body.items.find((i: { personId: string }) => i.personId === personId)).toMatchObject({ inShelter: 'ngo-aple', shelterAdmissions: 1 });
    });

    it('receives services, from the partner (as itself) and from the department', async () => {
      await aple.step(personId, '/services', { service: 'psychosocial', organisation: 'ngo-aple', deliveredOn: '2020-03-25' });
      await social.step(personId, '/services', { service: 'medical', organisation: 'dosvy-battambang', deliveredOn: '2020-03-26' });
      const asOther = await aple.post(cases(personId, '/services'), { service: 'education', organisation: 'dosvy-battambang', deliveredOn: '2020-03-27' });
      expect(asOther.status).toBe(403);
    });

    it('files a claim, records its award and receipts in the award’s currency, never more than awarded', async () => {
      const filed = await social.step(personId, '/claims', { supportingOrganisation: 'ngo-aple', filedOn: '2020-04-01' });
      claimId = filed.claimId!;
      expect(claimId).toMatch(/^[0-9a-f-]{36}$/);
      expect((await aple.post(cases(personId, `/claims/${claimId}/award`), { amount: 250000, currency: 'USD', awardedOn: '2020-06-01' })).status).toBe(403);
      await social.step(personId, `/claims/${claimId}/award`, { amount: 250000, currency: 'USD', awardedOn: '2020-06-01' });
      await aple.step(personId, `/claims/${claimId}/receipts`, { amount: 100000, currency: 'USD', receivedOn: '2020-06-15' });
      const riel = await social.post(cases(personId, `/claims/${claimId}/receipts`), { amount: 100000, currency: 'KHR', receivedOn: '2020-06-16' });
      expect(riel.status).toBe(422);
      expect(riel.body).toMatchObject({ code: 'CURRENCY_MISMATCH' });
      const tooMuch = await social.post(cases(personId, `/claims/${claimId}/receipts`), { amount: 150001, currency: 'USD', receivedOn: '2020-06-16' });
      expect(tooMuch.status).toBe(409);
      expect(tooMuch.body).toMatchObject({ code: 'OVERPAYMENT' });
      const unknown = await social.post(cases(personId, `/claims/${globalThis.crypto.randomUUID()}/receipts`), { amount: 1, currency: 'USD', receivedOn: '2020-06-16' });
      expect(unknown.status).toBe(409);
      const claim = (await social.get(cases(personId))).body.state.claims[claimId];
      expect(claim).toMatchObject({ supportingOrganisation: 'ngo-aple', award: { amount: 250000, currency: 'USD', source: 'recorded' }, received: 100000 });
    });

    it('gets the court’s award through the court reactor, on a claim for the court file (the same person id through the court)', async () => {
      const { revision } = (await social.get(cases(personId))).body;
      await police.forward(policeCaseId, '2020-03-20');
      const { fileId } = await courtFileOfForwarding(app, policeCaseId);
      const prosecutor = new CourtFileDriver(app.http, await app.token('prosecutor', ['battambang']));
      const judge = new CourtFileDriver(app.http, await app.token('judge', ['battambang']));
      await prosecutor.charge(fileId, suspectId, '2020-03-22');
      await prosecutor.decide(fileId, { action: 'submitted_for_investigation', decidedOn: '2020-03-25' });
      await judge.step(`/api/court/files/${fileId}/closing-order`, { outcome: 'sent_to_trial', issuedOn: '2020-10-05' });
      await judge.step(`/api/court/files/${fileId}/compensation`, { victimId: personId, amount: 2000000, currency: 'KHR', awardedOn: '2020-11-20' });

      await protectionCaseAtRevision(app, personId, revision + 2);
      const claim = (await social.get(cases(personId))).body.state.claims[fileId];
      expect(claim).toMatchObject({ courtFileId: fileId, filedOn: '2020-11-20', award: { amount: 2000000, currency: 'KHR', awardedOn: '2020-11-20', source: 'court' } });
      const events = await store.readStream(protectionCaseStreamId(personId));
      expect(events.slice(-2).map((e) => [e.type, e.actor.userId])).toEqual([
        ['protection.CompensationClaimFiled', 'reactor:protection-records-court-awards'],
        ['protection.CompensationAwarded', 'reactor:protection-records-court-awards'],
      ]);
    });

    it('leaves the shelter and is integrated only after a suitable family assessment (409 with the reason before)', async () => {
      const inShelter = await social.post(cases(personId, '/integration'), { integratedBy: 'dosvy-battambang', integratedOn: '2020-08-29', province: 'battambang' });
      expect(inShelter.status).toBe(409);
      expect(inShelter.body).toMatchObject({ code: 'IN_SHELTER' });
      await aple.step(personId, '/shelter/departure', { departedOn: '2020-08-30', reason: 'returned_to_family' });
      const unassessed = await social.post(cases(personId, '/integration'), { integratedBy: 'dosvy-battambang', integratedOn: '2020-08-30', province: 'battambang' });
      expect(unassessed.body).toMatchObject({ code: 'FAMILY_NOT_ASSESSED' });
      await aple.step(personId, '/family-assessment', { assessedOn: '2020-08-31', outcome: 'not_suitable', assessedBy: 'ngo-aple' });
      const unsuitable = await social.post(cases(personId, '/integration'), { integratedBy: 'dosvy-battambang', integratedOn: '2020-08-31', province: 'battambang' });
      expect([unsuitable.status, unsuitable.body.code]).toEqual([409, 'FAMILY_NOT_SUITABLE']);
      await social.step(personId, '/family-assessment', { assessedOn: '2020-09-01', outcome: 'suitable', assessedBy: 'dosvy-battambang' });
      await social.step(personId, '/integration', { integratedBy: 'dosvy-battambang', integratedOn: '2020-09-02', province: 'battambang' });
      const integration = (await social.get(cases(personId))).body.state.integrations[0];
      expect(integration).toMatchObject({ integratedBy: 'dosvy-battambang', followUpScheduleMonths: [1, 3, 6, 12], followUpWorker: WORKER, exploitationType: 'sexual' });
    });

    it('is visited after integration, and the visits not made by today are listed as overdue for the worker and province', async () => {
      const visit = await social.post(cases(personId, '/follow-ups'), { visitedOn: '2020-10-05', outcome: 'stable', visitedBy: 'dosvy-battambang' });
      expect(visit.status).toBe(201);
      expect(visit.body).toMatchObject({ personId, visitNumber: 1 });
      const overdue = await social.get(`/api/protection/follow-ups/overdue?worker=${WORKER}`);
      expect(overdue.status).toBe(200);
      expect(overdue.body.items.map((i: { personId: string; visitNumber: number; dueOn: string }) => [i.personId, i.visitNumber, i.dueOn])).toEqual([
        [personId, 2, '2020-12-02'],
        [personId, 3, '2021-03-02'],
        [personId, 4, '2021-09-02'],
      ]);
      expect(overdue.body).toMatchObject({ total: 3, workers: [{ worker: WORKER, province: 'battambang', overdue: 3 }] });
      expect(overdue.body.items[0].daysOverdue).toBeGreaterThan(365);
      // The partner the case is referred to sees them too; another province's worker does not.
      expect((await aple.get('/api/protection/follow-ups/overdue')).body.total).toBe(3);
      expect((await kandalSocial.get('/api/protection/follow-ups/overdue')).body).toMatchObject({ items: [], total: 0, workers: [] });
      expect((await social.get(`/api/protection/follow-ups/overdue?worker=someone-else`)).body.total).toBe(0);
    });

    it('is closed with a reason (nothing more is recorded: 409) and reopened with a justification, back to integrated', async () => {
      await social.step(personId, '/closure', { closedOn: '2021-09-15', reason: 'follow_up_completed' });
      const closed = await social.post(cases(personId, '/services'), { service: 'medical', organisation: 'dosvy-battambang', deliveredOn: '2021-09-20' });
      expect([closed.status, closed.body.code]).toEqual([409, 'CASE_CLOSED']);
      expect((await social.get(`/api/protection/follow-ups/overdue?worker=${WORKER}`)).body.total).toBe(0);
      expect((await aple.post(cases(personId, '/reopening'), { reopenedOn: '2021-10-01', justification: 'Family situation changed' })).status).toBe(403);
      const noReason = await social.post(cases(personId, '/reopening'), { reopenedOn: '2021-10-01' });
      expect(noReason.status).toBe(400);
      expect(new Set(noReason.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['justification']));
      await social.step(personId, '/reopening', { reopenedOn: '2021-10-01', justification: 'Family situation changed after the last visit' });
      const row = (await social.get('/api/protection/cases?status=integrated&channel=police_hand_over&year=2020&organisation=ngo-aple')).body.items;
      expect(row.map((i: { personId: string }) => i.personId)).toContain(personId);
      expect((await social.get(cases(personId))).body.state.stage).toBe('integrated');
    });

    it('answers the history with actors, personal data restricted for the auditor, and the case as of an earlier instant', async () => {
      const history = await auditor.get(cases(personId, '/history'));
      expect(history.status).toBe(200);
      const types = history.body.events.map((e: { type: string }) => e.type);
      expect(types.slice(0, 5)).toEqual(['protection.ProtectionCaseOpened', 'protection.ConsentRecorded', 'protection.CaseReferred', 'protection.ConsentRecorded', 'protection.ShelterAdmitted']);
      expect(types.slice(-2)).toEqual(['protection.ProtectionCaseClosed', 'protection.ProtectionCaseReopened']);
      expect(history.body.events[0].changes.personal).toEqual({ restricted: true });
      expect(history.body.events[4].actor).toEqual({ userId: 'partner-aple', role: 'partner_worker', unit: 'ngo-aple' });
      expect(history.body.events[4].occurredAt).toBe('2020-03-18T17:00:00.000Z');
      expect(JSON.stringify(history.body)).not.toContain('Synthetic');

      const then = await social.get(`${cases(personId)}?asOf=${encodeURIComponent(beforeSharing)}`);
      expect(then.status).toBe(200);
      expect(then.body).toMatchObject({ revision: 2, asOf: beforeSharing, state: { stage: 'open', consent: { sharing: [{ organisation: 'ngo-cwcc' }] }, shelterStays: [] } });
      expect((await social.get(`${cases(personId)}?asOf=2000-01-01T00:00:00Z`)).status).toBe(404);
    });

    it('keeps an access record of every disclosure of the name, not of withheld reads', async () => {
      const accesses = await auditor.get(`/api/audit/access?recordId=${personId}`);
      expect(accesses.status).toBe(200);
      const readers = new Set(accesses.body.items.map((i: { userId: string }) => i.userId));
      expect(readers).toEqual(new Set([WORKER, 'partner-aple']));
      expect(accesses.body.items[0]).toMatchObject({ recordType: 'protection-case', recordId: personId, personIds: [personId] });
    });

    it('shows the journey across contexts to a social worker, in order, without personal data', async () => {
      const journey = await social.get(cases(personId, '/journey'));
      expect(journey.status).toBe(200);
      const steps = journey.body.steps.map((s: { context: string; step: string }) => `${s.context}:${s.step}`);
      expect(steps.slice(0, 3)).toEqual(['enforcement:rescued', 'enforcement:handed_over', 'protection:received_by_social_affairs']);
      for (const step of ['enforcement:case_forwarded_to_prosecutor', 'court:court_file_opened', 'court:compensation_awarded_by_court', 'protection:shelter_admitted', 'protection:integrated', 'protection:follow_up_visit']) {
        expect(steps).toContain(step);
      }
      expect(steps.indexOf('protection:shelter_departed')).toBeLessThan(steps.indexOf('protection:integrated'));
      expect(steps.at(-1)).toBe('protection:case_reopened');
      expect(JSON.stringify(journey.body)).not.toContain('Synthetic');
      expect((await kandalSocial.get(cases(personId, '/journey'))).status).toBe(404);
      expect((await aple.get(cases(personId, '/journey'))).status).toBe(403);
      expect((await auditor.get(cases(personId, '/journey'))).status).toBe(200);
    });

    it('is forgotten once for the police, the court and social affairs (one person key), the case itself kept', async () => {
      const admin = new PoliceCaseDriver(app.http, await app.token('admin', ['battambang']));
      expect((await admin.post(`/api/admin/persons/${personId}/forget`, { reason: 'Erasure request (synthetic test)' })).status).toBe(200);
      const seen = await social.get(cases(personId));
      expect(seen.body.state.person.personal).toEqual({ forgotten: true });
      expect(seen.body.state).toMatchObject({ stage: 'integrated', person: { ageBand: '15_17', sex: 'F' } });
      expect((await aple.get(cases(personId))).body.state.person.personal).toEqual({ forgotten: true });
      const victim = (await police.get(`/api/enforcement/cases/${policeCaseId}`)).body;
      expect(JSON.stringify(victim)).not.toContain('Synthetic');
    });
  });

  describe('other ways in', () => {
    it('opens a case referred to the partner the police handed the victim to, and none for a victim returned to the family', async () => {
      const caseId = await police.open();
      const toFamily = await police.victim(caseId);
      const toPartner = await police.victim(caseId);
      await police.handOver(caseId, toFamily, 'family', '2020-03-17');
      const handedToPartner = await police.post(`/api/enforcement/cases/${caseId}/victims/${toPartner}/hand-over`, { destination: 'partner_organisation', handedOverOn: '2020-03-18', organisation: 'APLE' });
      expect(handedToPartner.status).toBe(200);
      await protectionCaseAtRevision(app, toPartner, 1);
      const seen = await aple.get(cases(toPartner));
      expect(seen.status).toBe(200);
      expect(seen.body.state).toMatchObject({ receivedBy: 'ngo-aple', referrals: [{ organisation: 'ngo-aple', referredOn: '2020-03-18' }] });
      // The reactor handles the log in order: the family hand-over came first and opened nothing.
      expect(await store.readStream(protectionCaseStreamId(toFamily))).toEqual([]);
    });

    it('does nothing for a court award to a victim social affairs does not follow (no dead letter)', async () => {
      const prosecutor = new CourtFileDriver(app.http, await app.token('prosecutor', ['battambang']));
      const judge = new CourtFileDriver(app.http, await app.token('judge', ['battambang']));
      const fileId = await prosecutor.open();
      const accused = await prosecutor.accused(fileId);
      const victim = await prosecutor.victim(fileId);
      await prosecutor.charge(fileId, accused);
      await prosecutor.decide(fileId);
      await judge.step(`/api/court/files/${fileId}/closing-order`, { outcome: 'sent_to_trial', issuedOn: '2020-10-05' });
      await judge.step(`/api/court/files/${fileId}/compensation`, { victimId: victim, amount: 500000, currency: 'KHR', awardedOn: '2020-11-20' });
      // A later hand-over's case appearing shows the reactors have passed the award.
      const caseId = await police.open();
      const later = await police.victim(caseId);
      await police.handOver(caseId, later, 'social_affairs', '2020-03-17');
      await protectionCaseOfHandOver(app, later);
      expect(await store.readStream(protectionCaseStreamId(victim))).toEqual([]);
      expect(await store.readStream('reaction-failed-protection-records-court-awards')).toEqual([]);
    });

    it('registers a returnee directly, the name and birth date sealed, and a provincial admin forgets them through the protection case', async () => {
      const returnee = await social.register({ birthDate: '2003-02-11', ageInYears: undefined, personal: { fullName: RETURNEE_NAME } });
      const [opened] = await store.readStream(protectionCaseStreamId(returnee));
      expect(opened.data).toMatchObject({ channel: 'overseas_authorities', entryPoint: 'doung', countryReturnedFrom: 'THA', receivedBy: 'dosvy-battambang', ageBand: '15_17' });
      expect(JSON.stringify(opened.data)).not.toContain('Synthetic');
      expect(JSON.stringify(opened.data)).not.toContain('2003-02-11');
      expect((await social.get(cases(returnee))).body.state.person).toMatchObject({ birthDate: '2003-02-11', personal: { fullName: RETURNEE_NAME, birthDate: '2003-02-11' } });

      // Only the protection context names this person: its person scopes put them in Battambang.
      const kandalAdmin = new PoliceCaseDriver(app.http, await app.token('admin', ['kandal']));
      expect((await kandalAdmin.post(`/api/admin/persons/${returnee}/forget`, { reason: 'Erasure request (synthetic test)' })).status).toBe(404);
      const admin = new PoliceCaseDriver(app.http, await app.token('admin', ['battambang']));
      expect((await admin.post(`/api/admin/persons/${returnee}/forget`, { reason: 'Erasure request (synthetic test)' })).status).toBe(200);
      const forgotten = await social.get(cases(returnee));
      expect(forgotten.status).toBe(200);
      expect(forgotten.body.state.person.personal).toEqual({ forgotten: true });
      expect(forgotten.body.state.person).toMatchObject({ ageBand: '15_17', birthDate: null });
    });
  });

  describe('refusals', () => {
    let personId: string;

    beforeAll(async () => {
      personId = await social.register();
    });

    it('names the field of a bad body (400) and refuses unknown fields', async () => {
      const bad = await social.post(cases(personId, '/services'), { service: 'massage', organisation: 'dosvy-battambang', deliveredOn: '2020-05-10' });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['service']);
      const noDate = await social.post(cases(personId, '/referrals'), { organisation: 'ngo-aple', purpose: 'shelter', referredOn: '10/05/2020' });
      expect(noDate.body.errors.map((e: { field: string }) => e.field)).toEqual(['referredOn']);
      const extra = await social.post(cases(personId, '/shelter/departure'), { departedOn: '2020-05-10', reason: 'integrated', shelter: 'ngo-aple' });
      expect(extra.status).toBe(400);
      expect((await social.post('/api/protection/cases/not-a-uuid/services', { service: 'medical', organisation: 'dosvy-battambang', deliveredOn: '2020-05-10' })).status).toBe(400);
    });

    it('answers a step that does not fit the case with 409 or 422 and the reason, and writes nothing', async () => {
      const before = (await store.readStream(protectionCaseStreamId(personId))).length;
      const visit = await social.post(cases(personId, '/follow-ups'), { visitedOn: '2020-05-10', outcome: 'stable', visitedBy: 'dosvy-battambang' });
      expect([visit.status, visit.body.code]).toEqual([409, 'WRONG_STAGE']);
      const future = await social.post(cases(personId, '/services'), { service: 'medical', organisation: 'dosvy-battambang', deliveredOn: '2999-01-01' });
      expect([future.status, future.body.code]).toEqual([422, 'DATE_IN_FUTURE']);
      const early = await social.post(cases(personId, '/services'), { service: 'medical', organisation: 'dosvy-battambang', deliveredOn: '2020-05-01' });
      expect([early.status, early.body.code]).toEqual([422, 'DATE_BEFORE_RECEIVED']);
      const notAShelter = await social.post(cases(personId, '/shelter/admission'), { shelter: 'dosvy-battambang', admittedOn: '2020-05-10', sentBy: 'dosvy-battambang' });
      expect([notAShelter.status, notAShelter.body.code]).toEqual([422, 'NOT_A_SHELTER']);
      const reopen = await social.post(cases(personId, '/reopening'), { reopenedOn: '2020-05-10', justification: 'Not closed' });
      expect([reopen.status, reopen.body.code]).toEqual([409, 'CASE_NOT_CLOSED']);
      expect((await store.readStream(protectionCaseStreamId(personId))).length).toBe(before);
    });

    it('answers a stale If-Match with 409, and refuses to register a case outside the province (403)', async () => {
      const stale = await social.post(cases(personId, '/services'), { service: 'medical', organisation: 'dosvy-battambang', deliveredOn: '2020-05-10' }, { 'If-Match': '"5"' });
      expect(stale.status).toBe(409);
      const fresh = await social.post(cases(personId, '/services'), { service: 'medical', organisation: 'dosvy-battambang', deliveredOn: '2020-05-10' }, { 'If-Match': '"0"' });
      expect([fresh.status, fresh.headers['etag']]).toEqual([200, '"1"']);
      const elsewhere = await social.post('/api/protection/cases', { province: 'kandal', receivedOn: '2020-05-04', channel: 'self_referred', sex: 'M', nationality: 'KHM', ageInYears: 30, exploitationType: 'labour' });
      expect(elsewhere.status).toBe(403);
      expect((await auditor.post(cases(personId, '/services'), { service: 'medical', organisation: 'dosvy-battambang', deliveredOn: '2020-05-10' })).status).toBe(403);
    });
  });
});

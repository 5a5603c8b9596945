import request from 'supertest';
import type { EventStore } from '@casetrail/event-sourcing';
import { referralCaseId } from '@casetrail/enforcement-api';
import { policeCaseStreamId } from '@casetrail/enforcement-contracts';
import { EVENT_STORE } from '@casetrail/platform-nest';
import { protectionCaseStreamId } from '@casetrail/protection-contracts';
import { pollUntil } from '../distributed/support/poll-until';
import { startEmbeddedApp, type EmbeddedApp } from '../support/embedded-app';

/**
 * A person screened at a border and referred to the police and to social affairs carries one id
 * and one key in three contexts (intake's name-based id, the police victim, the protection case):
 * forgetting them once forgets them in all three, while the intake tables stay byte for byte the
 * same. Over HTTP on the embedded runtime.
 */
describe('forgetting a person screened at a border and referred on', () => {
  let app: EmbeddedApp;
  const PROVINCE = 'banteay-meanchey';
  const NAME = 'Synthetic Screened Person To Forget';
  const TABLES = ['receptions', 'screenings', 'referral-chain'].map((t) => `/api/statistics/intake/${t}?year=2020`);

  beforeAll(async () => {
    app = await startEmbeddedApp();
  });
  afterAll(async () => {
    await app.destroy();
  });

  const as = (token: string) => ({
    post: (path: string, body: object) => request(app.http).post(path).set('Authorization', `Bearer ${token}`).send(body),
    get: (path: string) => request(app.http).get(path).set('Authorization', `Bearer ${token}`).set('X-Access-Purpose', 'forget e2e'),
  });

  const tables = async (): Promise<string[]> => {
    const statistician = as(await app.token('statistician', ['*']));
    const answers: string[] = [];
    for (const path of TABLES) {
      const res = await statistician.get(path);
      expect(res.status).toBe(200);
      answers.push(JSON.stringify(res.body));
    }
    return answers;
  };

  it('forgets them in intake, the police case and the protection case with one request, and changes no statistic', async () => {
    const border = as(await app.token('border_official', [PROVINCE], 'border-liaison-office', 'border-official-forget'));
    const reception = await border.post('/api/intake/receptions', {
      reference: 'FG-R-1',
      place: 'poipet',
      receivedOn: '2020-05-02',
      receivedBy: 'border-liaison-office',
      returnedBy: 'foreign_authorities',
      countryReturnedFrom: 'THA',
      reason: 'illegal_work',
      counts: { men: 3, women: 2, boys: 0, girls: 1 },
    });
    expect(reception.status).toBe(201);
    const screened = await border.post('/api/intake/screenings', {
      reference: 'FG-S-1',
      receptionReference: 'FG-R-1',
      place: 'poipet',
      screenedOn: '2020-05-02',
      screenedBy: 'border-liaison-office',
      outcome: 'suspected_victim',
      exploitationIndicated: 'labour',
      sex: 'F',
      nationality: 'KHM',
      countryReturnedFrom: 'THA',
      birthDate: '1998-02-14',
      personal: { fullName: NAME },
    });
    expect(screened.status).toBe(201);
    const personId: string = screened.body.personId;
    const police = await border.post(`/api/intake/screenings/${personId}/referrals`, {
      destination: 'police',
      referredOn: '2020-05-03',
      policeUnit: 'police-banteay-meanchey',
      suspectedOffence: 'unlawful_recruitment_for_exploitation',
    });
    expect({ status: police.status, body: police.body }).toMatchObject({ status: 200 });
    const social = await border.post(`/api/intake/screenings/${personId}/referrals`, {
      destination: 'social_affairs',
      referredOn: '2020-05-03',
      organisation: 'dosvy-banteay-meanchey',
    });
    expect(social.status).toBe(200);

    const store = app.app.get<EventStore>(EVENT_STORE);
    const caseStream = policeCaseStreamId(referralCaseId(personId, 'police-banteay-meanchey'));
    await pollUntil('the police case and the protection case of the referrals', async () => {
      const [policeCase, protection] = await Promise.all([store.readStream(caseStream), store.readStream(protectionCaseStreamId(personId))]);
      return policeCase.length > 0 && protection.length > 0 ? true : undefined;
    }, { timeoutMs: 15_000, intervalMs: 20 });

    const officer = as(await app.token('police', [PROVINCE], 'police-banteay-meanchey'));
    const socialWorker = as(await app.token('social_worker', [PROVINCE]));
    const views = async () => [
      await border.get(`/api/intake/screenings/${personId}`),
      await officer.get(`/api/enforcement/cases/${referralCaseId(personId, 'police-banteay-meanchey')}`),
      await socialWorker.get(`/api/protection/cases/${personId}`),
    ];
    for (const view of await views()) {
      expect(view.status).toBe(200);
      expect(JSON.stringify(view.body)).toContain(NAME);
    }
    const before = await tables();
    expect(before[1]).toMatch(/"persons"/);

    const admin = as(await app.token('admin', [PROVINCE]));
    const forget = await admin.post(`/api/admin/persons/${personId}/forget`, { reason: 'Erasure request 2026-077 (synthetic test)' });
    expect({ status: forget.status, body: forget.body }).toMatchObject({ status: 200 });

    for (const view of await views()) {
      expect(view.status).toBe(200);
      expect(JSON.stringify(view.body)).not.toContain(NAME);
    }
    expect(JSON.stringify((await border.get(`/api/intake/screenings/${personId}/history`)).body)).not.toContain(NAME);
    expect(await tables()).toEqual(before);
    expect((await admin.post(`/api/admin/persons/${personId}/forget`, { reason: 'Erasure request 2026-077 (synthetic test)' })).status).toBe(409);
  });
});

import { startEmbeddedApp, type EmbeddedApp } from '../support/embedded-app';
import { CourtFileDriver } from '../support/court-file-driver';
import { courtFileOfForwarding } from '../support/court-forwarding';
import { PoliceCaseDriver } from '../support/police-case-driver';

/**
 * A person the police identified and the court then tried carries one id and one key in both
 * contexts: forgetting them once forgets them in the police case and in the court file, while
 * every table of both contexts stays byte for byte the same, live and after a rebuild.
 */
describe('forgetting a person named by the police and by the court', () => {
  let app: EmbeddedApp;
  const TABLES = ['law-enforcement', 'prosecution', 'investigating-judges', 'trial', 'justice-funnel'].map((t) => `/api/statistics/${t}?year=2020`);

  beforeAll(async () => {
    app = await startEmbeddedApp();
  });
  afterAll(async () => {
    await app.destroy();
  });

  const tables = async () => {
    const statistician = new PoliceCaseDriver(app.http, await app.token('statistician', ['*']));
    const answers: string[] = [];
    for (const path of TABLES) {
      const res = await statistician.get(path);
      expect(res.status).toBe(200);
      answers.push(JSON.stringify(res.body));
    }
    return answers;
  };

  it('forgets them in both contexts with one request, and changes no statistic', async () => {
    const police = new PoliceCaseDriver(app.http, await app.token('police', ['kampot'], 'police-kampot'));
    const prosecutor = new CourtFileDriver(app.http, await app.token('prosecutor', ['kampot'], 'court-kampot'));
    const judge = new CourtFileDriver(app.http, await app.token('judge', ['kampot'], 'court-kampot'));
    const caseId = await police.open({ unit: { code: 'police-kampot', type: 'provincial_police' }, province: 'kampot' });
    const suspectId = await police.suspect(caseId, { personal: { fullName: 'Synthetic Person To Forget' }, birthDate: '2003-06-01', ageAtIdentification: undefined });
    await police.arrest(caseId, suspectId);
    const victimId = await police.victim(caseId, { personal: { fullName: 'Synthetic Victim Kept' } });
    await police.forward(caseId, '2020-03-20');
    const { fileId } = await courtFileOfForwarding(app, caseId);
    await prosecutor.charge(fileId, suspectId, '2020-03-22');
    await prosecutor.decide(fileId, { action: 'submitted_for_investigation', decidedOn: '2020-03-25' });
    await judge.step(`/api/court/files/${fileId}/closing-order`, { outcome: 'sent_to_trial', issuedOn: '2020-06-01' });
    await judge.step(`/api/court/files/${fileId}/accused/${suspectId}/verdict`, { outcome: 'acquittal', deliveredOn: '2020-09-01' });

    expect((await prosecutor.get(`/api/court/files/${fileId}`)).body.state.accused[suspectId].personal).toMatchObject({ fullName: 'Synthetic Person To Forget' });
    const before = await tables();
    // The person counts: charged at prosecution, acquitted at trial.
    expect(before[1]).toMatch(/"cases":1\b/);
    expect(before[3]).toMatch(/acquitt/);

    // An admin of the province: the person is named in its records of both contexts.
    const admin = new PoliceCaseDriver(app.http, await app.token('admin', ['kampot']));
    const forget = await admin.post(`/api/admin/persons/${suspectId}/forget`, { reason: 'Erasure request 2026-031 (synthetic test)' });
    expect(forget.status).toBe(200);

    const file = (await prosecutor.get(`/api/court/files/${fileId}`)).body.state;
    expect(file.accused[suspectId].personal).toEqual({ forgotten: true });
    expect(file.victims[victimId].personal).toEqual({ fullName: 'Synthetic Victim Kept' });
    const policeCase = await police.get(`/api/enforcement/cases/${caseId}`);
    expect(JSON.stringify(policeCase.body)).not.toContain('Synthetic Person To Forget');
    const courtHistory = await prosecutor.get(`/api/court/files/${fileId}/history`);
    expect(JSON.stringify(courtHistory.body)).not.toContain('Synthetic Person To Forget');
    expect(await tables()).toEqual(before);

    await app.stop();
    app = await startEmbeddedApp({ dataDir: app.dataDir });
    expect(await tables()).toEqual(before);
  });

  it('answers 404 to an admin of another province, who cannot see the person in either context', async () => {
    const police = new PoliceCaseDriver(app.http, await app.token('police', ['kampot'], 'police-kampot'));
    const caseId = await police.open({ unit: { code: 'police-kampot', type: 'provincial_police' }, province: 'kampot' });
    const suspectId = await police.suspect(caseId);
    await police.arrest(caseId, suspectId);
    await police.forward(caseId, '2020-03-20');
    await courtFileOfForwarding(app, caseId);
    const elsewhere = new PoliceCaseDriver(app.http, await app.token('admin', ['kandal']));
    expect((await elsewhere.post(`/api/admin/persons/${suspectId}/forget`, { reason: 'Erasure request 2026-032 (synthetic test)' })).status).toBe(404);
  });
});

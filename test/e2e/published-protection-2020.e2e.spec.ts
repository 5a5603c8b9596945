import request from 'supertest';
import { csvObjects } from '../fixtures/ncct-2020/parse-csv';
import { requestsOf } from '../fixtures/ncct-2020/protection-case-plan';
import { protectionCasesFromFigures } from '../fixtures/ncct-2020/protection-cases-from-figures';
import { enterProtectionPlansOverHttp, type ProtectionEntryReport } from '../fixtures/ncct-2020/protection-enter-over-http';
import {
  expectedCompensation,
  expectedDurations,
  expectedFollowUps,
  expectedIntegrations,
  expectedReceived,
  expectedShelterAdmissions,
} from '../fixtures/ncct-2020/protection-expected-tables';
import { PUBLISHED_PROTECTION_2020 } from '../fixtures/ncct-2020/protection-published-2020';
import { reconciledProtectionFigures } from '../fixtures/ncct-2020/protection-reconciliation';
import { expectTableAsPlanned } from '../fixtures/ncct-2020/protection-table-assertions';
import { startEmbeddedApp, type EmbeddedApp } from '../support/embedded-app';

/*
 * The NCCT report 2020's victim-protection figures (II.D), turned into 680 synthetic protection
 * cases entered through the protection API, must come back from /api/statistics/protection/….
 * Expected values come from the report (reconciled where it does not add up: 371 admissions whose
 * sexes add up to 346, and so on; docs/statistics.md) and from the plans, never from the system.
 */
const P = PUBLISHED_PROTECTION_2020;
const R = reconciledProtectionFigures(P);

describe('the published 2020 victim-protection figures, rebuilt from protection cases entered over HTTP', () => {
  const plans = protectionCasesFromFigures();
  let app: EmbeddedApp;
  let entry: ProtectionEntryReport;
  let statistician: string;

  const get = (path: string) => request(app.http).get(`/api/statistics/protection/${path}`).set('Authorization', `Bearer ${statistician}`);
  const rowOf = (body: { rows: Array<{ dimension: string; code: string; current: Record<string, number> }> }, dimension: string, code: string) =>
    body.rows.find((r) => r.dimension === dimension && r.code === code)!.current;
  const totalOf = (body: { rows: Array<{ level: string; current: Record<string, number> }> }) => body.rows.find((r) => r.level === 'total')!.current;

  beforeAll(async () => {
    app = await startEmbeddedApp();
    statistician = await app.token('statistician', ['*'], undefined, 'statistician-1');
    entry = await enterProtectionPlansOverHttp(app, plans, 8);
    process.stdout.write(`published-protection e2e: ${entry.cases} cases, ${entry.requests} requests in ${entry.elapsedMs} ms\n`);
  }, 600_000);
  afterAll(async () => {
    await app?.destroy();
  });

  it('entered every planned step', () => {
    expect(entry).toMatchObject({ cases: 680, requests: plans.reduce((n, p) => n + requestsOf(p), 0) });
  });

  it('serves the persons received: 220 from overseas authorities by entry point and country, 39 from judicial police', async () => {
    const res = await get('received?year=2020');
    expect(res.status).toBe(200);
    expect(rowOf(res.body, 'channel', 'overseas_authorities')).toEqual({
      persons: P.overseas.total,
      personsAdultMale: P.overseas.persons.adultMale,
      personsAdultFemale: P.overseas.persons.adultFemale,
      personsMinorMale: P.overseas.persons.minorMale,
      personsMinorFemale: P.overseas.persons.minorFemale,
    });
    expect(rowOf(res.body, 'channel', 'judicial_police')).toMatchObject({ persons: P.judicialPolice.total, personsAdultFemale: P.judicialPolice.female });
    for (const [code, n] of Object.entries(P.overseas.entryPoints)) expect([code, rowOf(res.body, 'entry_point', code).persons]).toEqual([code, n]);
    for (const [code, n] of Object.entries(P.overseas.countries)) expect([code, rowOf(res.body, 'country_returned_from', code).persons]).toEqual([code, n]);
    expect(rowOf(res.body, 'exploitation_type', 'forced_marriage').persons).toBe(P.overseas.exploitation['forced_marriage']);
    expectTableAsPlanned(res.body, expectedReceived(plans, 2020));
  });

  it('serves the 371 shelter admissions by sex and age, by who sent them and by exploitation type (reconciled)', async () => {
    const res = await get('shelter-admissions?year=2020');
    expect(res.status).toBe(200);
    const s = R.shelter.persons;
    expect(totalOf(res.body)).toEqual({ persons: s.total, personsAdultMale: s.adultMale, personsAdultFemale: s.adultFemale, personsMinorMale: s.minorMale, personsMinorFemale: s.minorFemale, admissions: s.total });
    for (const [kind, n] of Object.entries(P.shelter.sentBy)) expect([kind, rowOf(res.body, 'sent_by', kind).persons]).toEqual([kind, n]);
    for (const [type, n] of Object.entries(R.shelter.exploitation)) expect([type, rowOf(res.body, 'exploitation_type', type).persons]).toEqual([type, n]);
    expectTableAsPlanned(res.body, expectedShelterAdmissions(plans, 2020));
  });

  it('serves legal aid and compensation per supporting organisation: 65 victims, US$524,476 received', async () => {
    const res = await get('compensation?year=2020');
    expect(res.status).toBe(200);
    expect(res.body.currencies).toEqual(['USD']);
    const expected = expectedCompensation(plans, 2020);
    for (const o of P.compensation.byOrganisation) {
      const row = res.body.rows.find((r: { organisation: string }) => r.organisation === o.organisation);
      expect(row.current).toEqual({ counts: { claimsFiled: o.victims, victimsAwarded: o.victims, victimsReceived: o.victims }, awarded: { USD: o.usdCents }, received: { USD: o.usdCents } });
      expect(row.current).toEqual(expected.get(o.organisation));
    }
    expect(res.body.rows.at(-1).current).toEqual({
      counts: { claimsFiled: P.compensation.victims, victimsAwarded: P.compensation.victims, victimsReceived: P.compensation.victims },
      awarded: { USD: P.compensation.receivedUsdCents },
      received: { USD: P.compensation.receivedUsdCents },
    });
  });

  it('serves the 104 integrations by who integrated and by exploitation type, and the 122 persons followed up (reconciled)', async () => {
    const integrations = await get('integrations?year=2020');
    expect(integrations.status).toBe(200);
    const i = R.integrations.persons;
    expect(totalOf(integrations.body)).toEqual({ integrations: i.total, integrationsAdultMale: i.adultMale, integrationsAdultFemale: i.adultFemale, integrationsMinorMale: i.minorMale, integrationsMinorFemale: i.minorFemale });
    for (const [kind, n] of Object.entries(P.integrations.integratedBy)) expect([kind, rowOf(integrations.body, 'integrated_by', kind).integrations]).toEqual([kind, n]);
    for (const [type, n] of Object.entries(R.integrations.exploitation)) expect([type, rowOf(integrations.body, 'exploitation_type', type).integrations]).toEqual([type, n]);
    expectTableAsPlanned(integrations.body, expectedIntegrations(plans, 2020));

    const followUps = await get('follow-ups?year=2020');
    const f = R.followUps.persons;
    expect(totalOf(followUps.body)).toMatchObject({ persons: f.total, personsAdultMale: f.adultMale, personsAdultFemale: f.adultFemale, personsMinorMale: f.minorMale, personsMinorFemale: f.minorFemale });
    expectTableAsPlanned(followUps.body, expectedFollowUps(plans, 2020));
  });

  it('serves the time from rescue and from reception to integration, pooled as the plans imply', async () => {
    const res = await get('integration-durations?year=2020');
    expect(res.status).toBe(200);
    expect(res.body.rows).toHaveLength(25 + 1);
    expect(res.body.rows.at(-1).current).toEqual(expectedDurations(plans, 2020));
    const phnomPenh = await get('integration-durations?year=2020&province=phnom-penh');
    expect(phnomPenh.body.rows[0].current).toEqual(expectedDurations(plans.filter((p) => p.integration?.province === 'phnom-penh'), 2020));
  });

  it('serves the same tables as CSV, and filters by the province of each figure', async () => {
    const csv = await get('integrations?year=2020&format=csv');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    const lines = csvObjects(csv.text.slice(1).replace(/\r\n$/, ''));
    expect(lines.at(-1)).toMatchObject({ year: '2020', level: 'total', integrations: '104', integrations_adult_female: '67', integrations_previous: '50' });
    expect(lines.find((l) => l['dimension'] === 'integrated_by' && l['code'] === 'municipal_department')).toMatchObject({ integrations: '15' });

    const phnomPenh = await get('integrations?year=2020&province=phnom-penh');
    expectTableAsPlanned(phnomPenh.body, expectedIntegrations(plans.filter((p) => p.integration?.province === 'phnom-penh'), 2020));
    const received = await get('received?year=2020&province=svay-rieng');
    expect(rowOf(received.body, 'entry_point', 'bavet').persons).toBe(P.overseas.entryPoints['bavet']);
    expect(totalOf(received.body).persons).toBe(P.overseas.entryPoints['bavet']);
  });
});

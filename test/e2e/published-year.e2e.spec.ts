import request from 'supertest';
import { casesFromFigures } from '../fixtures/ncct-2020/cases-from-figures';
import { enterPlansOverHttp, type EntryReport } from '../fixtures/ncct-2020/enter-over-http';
import { expectedTableOf } from '../fixtures/ncct-2020/expected-table';
import { csvObjects } from '../fixtures/ncct-2020/parse-csv';
import { PUBLISHED_2020 } from '../fixtures/ncct-2020/published-2020';
import { expectPublishedFigures, expectRowsAsPlanned } from '../fixtures/ncct-2020/table-assertions';
import { startEmbeddedApp, type EmbeddedApp } from '../support/embedded-app';

/*
 * The NCCT 2020 report's law-enforcement figures (II.C.1.1), turned into 324 synthetic case
 * records (2020 and 2019), entered through the HTTP API, must come back as that year's table,
 * cell by cell. Expected values come from the plans and from the report, never from the system.
 */
describe('the published 2020 law-enforcement table, rebuilt from case records entered over HTTP', () => {
  const plans = casesFromFigures();
  const expected = expectedTableOf(plans, 2020);
  let app: EmbeddedApp;
  let entry: EntryReport;
  let statistician: string;

  const table = (query: string) =>
    request(app.http).get(`/api/statistics/law-enforcement?${query}`).set('Authorization', `Bearer ${statistician}`);

  beforeAll(async () => {
    app = await startEmbeddedApp();
    statistician = await app.token('statistician', ['*'], undefined, 'statistician-1');
    // Four cases side by side (each case's steps in order): 10-20 s here, against about 32 s one by one.
    entry = await enterPlansOverHttp(app, plans, 4);
    process.stdout.write(`published-year e2e: ${entry.cases} cases, ${entry.requests} requests in ${entry.elapsedMs} ms\n`);
  }, 300_000);
  afterAll(async () => {
    await app?.destroy();
  });

  it('entered every planned step', () => {
    const steps = plans.reduce((n, p) => n + 1 + 2 * p.suspects.length + 2 * p.victims.length + (p.forwardedOn ? 1 : 0), 0);
    expect(entry).toMatchObject({ cases: 324, requests: steps });
  });

  it('serves the 2020 table with every row and cell as planned', async () => {
    const res = await table('year=2020');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ year: 2020, previousYear: 2019, province: null, unitCode: null });
    expectRowsAsPlanned(res.body.rows, expected);
  });

  it('gives the national, category and per-offence figures the report publishes', async () => {
    const res = await table('year=2020');
    expectPublishedFigures(res.body.rows, PUBLISHED_2020);
    const total = res.body.rows.at(-1);
    // Line 961: "155 cases out of 169 ... (14 cases decreased, equivalent to 8.28%)".
    expect(total.change.cases).toEqual({ absolute: -14, percent: -8.28 });
    expect(total.foreignNationalities.current).toEqual({ ISR: 1, CHN: 13, GBR: 1, VNM: 4, USA: 1, SWE: 1, RUS: 1, BGD: 1 });
  });

  it('serves the same table as CSV: BOM, CRLF, the national total line', async () => {
    const res = await table('year=2020&format=csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.text.charCodeAt(0)).toBe(0xfeff);
    expect(res.text).toContain('\r\n');
    const rows = csvObjects(res.text.slice(1).replace(/\r\n$/, ''));
    expect(rows).toHaveLength(expected.length);
    expect(rows.at(-1)).toMatchObject({
      year: '2020',
      previous_year: '2019',
      level: 'total',
      cases: '155',
      cases_previous: '169',
      cases_change: '-14',
      cases_change_percent: '-8.28',
      victims: '467',
      victims_previous: '456',
      victims_under_15: '130',
      victims_15_17: '39',
      victims_18_plus: '298',
      victims_to_social_affairs: '98',
      victims_to_family: '369',
      suspects_arrested: '193',
      suspects_arrested_previous: '229',
      suspects_female: '30',
      suspects_minor: '12',
      suspects_foreign: '23',
      foreign_nationalities: 'CHN 13; VNM 4; BGD 1; GBR 1; ISR 1; RUS 1; SWE 1; USA 1',
    });
    // Every line agrees with the planned table on the headline figures.
    expect(rows.map((r) => [r['level'], r['offence_code'] || r['category'] || 'total', r['cases'], r['victims'], r['suspects_arrested'], r['cases_previous']])).toEqual(
      expected.map((r) => [r.level, r.offence ?? r.category ?? 'total', ...[r.current.cases, r.current.victims, r.current.suspectsArrested, r.previous.cases].map(String)]),
    );
  });

  it('filters by reporting unit and by province, as planned', async () => {
    const cyber = await table('year=2020&unit=anti-cyber-crime-national');
    expect(cyber.status).toBe(200);
    expectRowsAsPlanned(cyber.body.rows, expectedTableOf(plans.filter((p) => p.unit.code === 'anti-cyber-crime-national'), 2020));
    const kandal = await table('year=2020&province=kandal');
    expect(kandal.status).toBe(200);
    expectRowsAsPlanned(kandal.body.rows, expectedTableOf(plans.filter((p) => p.province === 'kandal'), 2020));
  });
});

import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import request from 'supertest';
import type { App } from 'supertest/types';
import { ACCESS_POLICY, type AuthenticatedUser } from '@casetrail/platform-nest';
import { InMemoryReadModelStore } from '@casetrail/read-models';
import { INVESTIGATING_JUDGES_FIGURES, PROSECUTION_FIGURES, TRIAL_FIGURES, UTF8_BOM } from '@casetrail/statistics-domain';
import { courtFile, forwardedCase, startStatisticsRoutes, writeFacts } from '../testing/statistics.test-support';
import { CourtTablesStatisticsController } from './court-tables-statistics.controller';
import { JusticeStatisticsController } from './justice-statistics.controller';

/*
 * The court statistics routes over real HTTP in-process, with the platform's validation pipe and
 * problem filter, but without the token guard (the e2e suites cover authentication): the caller
 * is set per request.
 */

const TABLES = [
  ['prosecution', 'prosecution'],
  ['investigating-judges', 'investigating_judges'],
  ['trial', 'trial'],
] as const;

function csvText(req: request.Test) {
  return req.buffer(true).parse((r, done) => {
    let text = '';
    r.setEncoding('utf8');
    r.on('data', (chunk: string) => (text += chunk));
    r.on('end', () => done(null, text));
  });
}

describe('court statistics routes', () => {
  let app: INestApplication<App>;
  let caller: AuthenticatedUser;

  beforeAll(async () => {
    const store = new InMemoryReadModelStore();
    await writeFacts(store, {
      courtFiles: [courtFile('a', 'battambang'), courtFile('b', 'kampot')],
      policeCases: [forwardedCase('a', 'battambang'), forwardedCase('b', 'kampot')],
    });
    app = await startStatisticsRoutes(store, () => caller);
  });

  beforeEach(() => {
    caller = { userId: 'u-1', role: 'statistician', provinces: 'all' };
  });

  afterAll(async () => {
    await app.close();
  });

  const get = (url: string) => request(app.getHttpServer()).get(url);
  const total = (body: { rows: Array<{ level: string; current: Record<string, number> }> }) => body.rows.find((r) => r.level === 'total')!.current;

  it.each(TABLES)('GET /api/statistics/%s answers the table as JSON by default', async (path, table) => {
    const res = await get(`/api/statistics/${path}?year=2020`).expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect([res.body.table, res.body.year, res.body.previousYear, res.body.provinces, total(res.body).cases]).toEqual([table, 2020, 2019, null, 2]);
  });

  it.each(TABLES)('GET /api/statistics/%s answers CSV for Accept: text/csv and for format=csv', async (path) => {
    for (const res of [
      await csvText(get(`/api/statistics/${path}?year=2020`).set('Accept', 'text/csv')).expect(200),
      await csvText(get(`/api/statistics/${path}?year=2020&format=csv`).set('Accept', 'application/json')).expect(200),
    ]) {
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe(`attachment; filename="${path}-2020.csv"`);
      const csv = res.body as string;
      expect(csv.startsWith(`${UTF8_BOM}year,previous_year,province,level,category,label,cases,`)).toBe(true);
      expect(csv.split('\r\n').find((line) => line.includes(',total,'))).toMatch(/^2020,2019,,total,,Total,2,0,2,/);
    }
  });

  it('answers the funnel and the durations as JSON, per province then the total', async () => {
    const funnel = await get('/api/statistics/justice-funnel?year=2020&asOf=2020-12-31').expect(200);
    expect(funnel.body.rows).toHaveLength(25 + 1);
    expect(funnel.body.rows.at(-1)).toMatchObject({ level: 'total', counts: { forwarded: 2, received: 2, charged: 2, sentToTrial: 2, convicted: 2 } });
    const durations = await get('/api/statistics/court-durations?year=2020&province=kampot').expect(200);
    expect(durations.body).toMatchObject({ year: 2020, province: 'kampot', provinces: ['kampot'] });
    expect(durations.body.rows[0].durations.arrestToCharge).toEqual({ count: 1, medianDays: 11, p90Days: 11 });
  });

  it('names unknown parameters and bad values in a 400 problem', async () => {
    const res = await get('/api/statistics/trial?year=20x0&unit=police-kampot').expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect([...new Set(res.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual(['(query)', 'year']);
    const funnel = await get('/api/statistics/justice-funnel?year=2020&asOf=2019-06-30').expect(400);
    expect(funnel.body.errors.map((e: { field: string }) => e.field)).toEqual(['asOf']);
  });

  it('gives a scoped reader their provinces only, and 404 for another province', async () => {
    caller = { userId: 'u-2', role: 'judge', unit: 'court-kampot', provinces: ['kampot'] };
    const own = await get('/api/statistics/prosecution?year=2020').expect(200);
    expect([own.body.provinces, total(own.body).cases]).toEqual([['kampot'], 1]);
    const csv = await csvText(get('/api/statistics/prosecution?year=2020&format=csv')).expect(200);
    expect((csv.body as string).split('\r\n')[1]).toMatch(/^2020,2019,kampot,category,/);
    for (const path of ['prosecution', 'investigating-judges', 'trial', 'justice-funnel', 'court-durations']) {
      const other = await get(`/api/statistics/${path}?year=2020&province=battambang`).expect(404);
      expect(other.body.status).toBe(404);
    }
    const funnel = await get('/api/statistics/justice-funnel?year=2020').expect(200);
    expect(funnel.body.rows.map((r: { province: string | null }) => r.province)).toEqual(['kampot', null]);
  });

  it('opens the court tables to the courts, and the funnel and durations to the police as well', () => {
    const policy = (handler: unknown) => Reflect.getMetadata(ACCESS_POLICY, handler as object);
    const courts = { roles: ['statistician', 'prosecutor', 'judge', 'auditor', 'admin'] };
    const tables = CourtTablesStatisticsController.prototype;
    expect([policy(tables.prosecution), policy(tables.investigatingJudges), policy(tables.trial)]).toEqual([courts, courts, courts]);
    const justice = JusticeStatisticsController.prototype;
    const withPolice = { roles: ['statistician', 'prosecutor', 'judge', 'police', 'auditor', 'admin'] };
    expect([policy(justice.justiceFunnel), policy(justice.courtDurations)]).toEqual([withPolice, withPolice]);
  });

  it('is fully described in OpenAPI, with examples', () => {
    const document = SwaggerModule.createDocument(app, new DocumentBuilder().build());
    const parameters = (path: string) => document.paths[path]!.get!.parameters!.map((p) => ('name' in p ? p.name : '')).sort();
    for (const [path] of TABLES) {
      const operation = document.paths[`/api/statistics/${path}`]!.get!;
      expect(operation.tags).toEqual(['statistics']);
      expect(parameters(`/api/statistics/${path}`)).toEqual(['format', 'province', 'year']);
      expect(Object.keys((operation.responses['200'] as { content: object }).content)).toEqual(['application/json', 'text/csv']);
      expect(Object.keys(operation.responses).sort()).toEqual(['200', '400', '401', '403', '404']);
    }
    expect(parameters('/api/statistics/justice-funnel')).toEqual(['asOf', 'province', 'year']);
    expect(parameters('/api/statistics/court-durations')).toEqual(['province', 'year']);
    const schemas = document.components!.schemas!;
    const propertiesOf = (name: string) => Object.keys((schemas[name] as { properties: object }).properties);
    expect(propertiesOf('ProsecutionFiguresDto')).toEqual([...PROSECUTION_FIGURES]);
    expect(propertiesOf('InvestigatingJudgesFiguresDto')).toEqual([...INVESTIGATING_JUDGES_FIGURES]);
    expect(propertiesOf('TrialFiguresDto')).toEqual([...TRIAL_FIGURES]);
    expect(propertiesOf('ProsecutionTableDto')).toEqual(expect.arrayContaining(['table', 'year', 'previousYear', 'province', 'provinces', 'figures', 'rows']));
    expect(propertiesOf('JusticeFunnelDto')).toEqual(expect.arrayContaining(['asOf', 'steps', 'rows', 'provinces']));
    expect(propertiesOf('CourtDurationsByMeasureDto')).toEqual(['arrestToCharge', 'chargeToClosingOrder', 'closingOrderToVerdict']);
    const funnel = document.paths['/api/statistics/justice-funnel']!.get!.responses['200'] as unknown as { content: { 'application/json': { example: { rows: unknown[] } } } };
    expect(funnel.content['application/json'].example.rows).toHaveLength(2);
  });
});

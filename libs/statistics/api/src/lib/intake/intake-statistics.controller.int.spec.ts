import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import request from 'supertest';
import type { App } from 'supertest/types';
import { ACCESS_POLICY, type AuthenticatedUser } from '@casetrail/platform-nest';
import { InMemoryReadModelStore } from '@casetrail/read-models';
import { BODY_FIGURES, POLICE_RECEPTION_FIGURES, RECEPTION_FIGURES, REFERRAL_CHAIN_FIGURES, SCREENING_FIGURES, UTF8_BOM } from '@casetrail/statistics-domain';
import { startStatisticsRoutes, writeFacts } from '../testing/statistics.test-support';
import { checkpointReception, embassyReception, returnedBody, screenedGirl } from './intake-statistics.examples';
import { IntakeStatisticsController } from './intake-statistics.controller';

/*
 * The intake statistics routes over real HTTP in-process, with the platform's validation pipe and
 * problem filter, but without the token guard (the e2e suites cover authentication): the caller is
 * set per request.
 */

const TABLES = [
  ['receptions', 'receptions', 'persons', 54 + 2000 + 2000],
  ['police-receptions', 'police_receptions', 'persons', 4000],
  ['screenings', 'screenings', 'persons', 1],
  ['bodies', 'bodies', 'bodies', 1],
  ['referral-chain', 'referral_chain', 'referredToProtection', 1],
] as const;

function csvText(req: request.Test) {
  return req.buffer(true).parse((r, done) => {
    let text = '';
    r.setEncoding('utf8');
    r.on('data', (chunk: string) => (text += chunk));
    r.on('end', () => done(null, text));
  });
}

describe('intake statistics routes', () => {
  let app: INestApplication<App>;
  let caller: AuthenticatedUser;

  beforeAll(async () => {
    const store = new InMemoryReadModelStore();
    await writeFacts(store, {
      receptions: [embassyReception('r1'), checkpointReception('r2'), checkpointReception('r3', 'doung', 'battambang')],
      screenedPersons: [screenedGirl('p1', 'r2')],
      bodies: [returnedBody('b1')],
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

  it.each(TABLES)('GET /api/statistics/intake/%s answers the table as JSON by default', async (path, table, figure, count) => {
    const res = await get(`/api/statistics/intake/${path}?year=2020`).expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect([res.body.table, res.body.year, res.body.previousYear, res.body.month, res.body.provinces, total(res.body)[figure]]).toEqual([table, 2020, 2019, null, null, count]);
  });

  it.each([...TABLES.map(([path]) => path), 'screening-yield'])('GET /api/statistics/intake/%s answers CSV for Accept: text/csv and for format=csv', async (path) => {
    for (const res of [
      await csvText(get(`/api/statistics/intake/${path}?year=2020`).set('Accept', 'text/csv')).expect(200),
      await csvText(get(`/api/statistics/intake/${path}?year=2020&format=csv`).set('Accept', 'application/json')).expect(200),
    ]) {
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe(`attachment; filename="intake-${path}-2020.csv"`);
      expect((res.body as string).startsWith(`${UTF8_BOM}year,previous_year,`)).toBe(true);
    }
  });

  it('answers the embassies\' table, one receiving unit, and a month', async () => {
    const res = await get('/api/statistics/intake/receptions?year=2020&receivedBy=mofaic').expect(200);
    expect(total(res.body)).toMatchObject({ receptions: 1, persons: 54, females: 16 });
    const row = res.body.rows.find((r: { dimension: string; code: string }) => r.dimension === 'embassy_country_reason' && r.code === 'MYS:illegal_work');
    expect(row).toMatchObject({ label: 'Malaysia: Illegal workers', current: { persons: 54, females: 16 } });
    const april = await get('/api/statistics/intake/receptions?year=2020&month=4').expect(200);
    expect([april.body.month, total(april.body)['receptions']]).toEqual([4, 0]);
  });

  it('answers the screening yield per place and month', async () => {
    const res = await get('/api/statistics/intake/screening-yield?year=2020&month=3').expect(200);
    expect(res.body).toMatchObject({ table: 'screening_yield', month: 3, provinces: null });
    expect(res.body.rows.find((r: { level: string; place: string }) => r.level === 'place' && r.place === 'poipet').current).toEqual({ returnees: 2000, suspectedVictims: 1, perThousand: 0.5 });
  });

  it('names unknown parameters and bad values in a 400 problem', async () => {
    const res = await get('/api/statistics/intake/receptions?year=2020&month=13&receivedBy=nobody&unit=x').expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect([...new Set(res.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual(['(query)', 'month', 'receivedBy']);
    const bodies = await get('/api/statistics/intake/bodies?year=2020&receivedBy=mofaic').expect(400);
    expect(bodies.body.errors.map((e: { field: string }) => e.field)).toEqual(['(query)']);
  });

  it('gives a scoped reader their provinces only, and 404 for another province', async () => {
    caller = { userId: 'u-2', role: 'border_official', provinces: ['battambang'] };
    const own = await get('/api/statistics/intake/police-receptions?year=2020').expect(200);
    expect([own.body.provinces, own.body.rows.map((r: { code: string | null }) => r.code), total(own.body)['persons']]).toEqual([['battambang'], ['battambang', null], 2000]);
    const bodies = await get('/api/statistics/intake/bodies?year=2020').expect(200);
    expect(total(bodies.body)['bodies']).toBe(1);
    for (const path of ['receptions', 'police-receptions', 'screenings', 'bodies', 'screening-yield', 'referral-chain']) {
      const other = await get(`/api/statistics/intake/${path}?year=2020&province=banteay-meanchey`).expect(404);
      expect(other.body.status).toBe(404);
    }
  });

  it('opens every intake statistic to border officials, police, social affairs, statistics, audit and administration', () => {
    const policy = (handler: unknown) => Reflect.getMetadata(ACCESS_POLICY, handler as object);
    const roles = { roles: ['statistician', 'border_official', 'police', 'social_worker', 'auditor', 'admin'] };
    const c = IntakeStatisticsController.prototype;
    expect([c.receptions, c.policeReceptions, c.screenings, c.bodies, c.screeningYield, c.referralChain].map(policy)).toEqual(Array(6).fill(roles));
  });

  it('is fully described in OpenAPI, with examples', () => {
    const document = SwaggerModule.createDocument(app, new DocumentBuilder().build());
    const parameters = (path: string) => document.paths[path]!.get!.parameters!.map((p) => ('name' in p ? p.name : '')).sort();
    for (const path of ['receptions', 'police-receptions', 'screenings', 'bodies', 'screening-yield', 'referral-chain']) {
      const operation = document.paths[`/api/statistics/intake/${path}`]!.get!;
      expect(operation.tags).toEqual(['statistics']);
      expect(parameters(`/api/statistics/intake/${path}`)).toEqual(path === 'receptions' ? ['format', 'month', 'province', 'receivedBy', 'year'] : ['format', 'month', 'province', 'year']);
      expect(Object.keys((operation.responses['200'] as { content: object }).content)).toEqual(['application/json', 'text/csv']);
      expect(Object.keys(operation.responses).sort()).toEqual(['200', '400', '401', '403', '404']);
    }
    const schemas = document.components!.schemas!;
    const propertiesOf = (name: string) => Object.keys((schemas[name] as { properties: object }).properties);
    expect(propertiesOf('IntakeReceptionsFiguresDto')).toEqual([...RECEPTION_FIGURES]);
    expect(propertiesOf('PoliceReceptionsFiguresDto')).toEqual([...POLICE_RECEPTION_FIGURES]);
    expect(propertiesOf('ScreeningsFiguresDto')).toEqual([...SCREENING_FIGURES]);
    expect(propertiesOf('ReturnedBodiesFiguresDto')).toEqual([...BODY_FIGURES]);
    expect(propertiesOf('ReferralChainFiguresDto')).toEqual([...REFERRAL_CHAIN_FIGURES]);
    expect(propertiesOf('ScreeningYieldDto')).toEqual(expect.arrayContaining(['table', 'year', 'previousYear', 'month', 'province', 'provinces', 'rows']));
    const example = document.paths['/api/statistics/intake/receptions']!.get!.responses['200'] as unknown as { content: { 'application/json': { example: { rows: unknown[] } } } };
    expect(example.content['application/json'].example.rows).toHaveLength(4);
  });
});

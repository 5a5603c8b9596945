import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import request from 'supertest';
import type { App } from 'supertest/types';
import { ACCESS_POLICY, type AuthenticatedUser } from '@casetrail/platform-nest';
import { InMemoryReadModelStore } from '@casetrail/read-models';
import { COMPENSATION_FIGURES, FOLLOW_UP_FIGURES, INTEGRATION_FIGURES, RECEIVED_FIGURES, SHELTER_ADMISSION_FIGURES, UTF8_BOM } from '@casetrail/statistics-domain';
import { startStatisticsRoutes, writeFacts } from '../testing/statistics.test-support';
import { integratedCase, returnedWorker } from './protection-statistics.examples';
import { ProtectionStatisticsController } from './protection-statistics.controller';

/*
 * The protection statistics routes over real HTTP in-process, with the platform's validation pipe
 * and problem filter, but without the token guard (the e2e suites cover authentication): the
 * caller is set per request.
 */

const TABLES = [
  ['received', 'received', 'persons', 2],
  ['shelter-admissions', 'shelter_admissions', 'persons', 1],
  ['integrations', 'integrations', 'integrations', 1],
  ['follow-ups', 'follow_ups', 'visits', 1],
] as const;

function csvText(req: request.Test) {
  return req.buffer(true).parse((r, done) => {
    let text = '';
    r.setEncoding('utf8');
    r.on('data', (chunk: string) => (text += chunk));
    r.on('end', () => done(null, text));
  });
}

describe('protection statistics routes', () => {
  let app: INestApplication<App>;
  let caller: AuthenticatedUser;

  beforeAll(async () => {
    const store = new InMemoryReadModelStore();
    await writeFacts(store, { protectionCases: [integratedCase('a', 'battambang'), returnedWorker('b', 'banteay-meanchey')] });
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

  it.each(TABLES)('GET /api/statistics/protection/%s answers the table as JSON by default', async (path, table, figure, count) => {
    const res = await get(`/api/statistics/protection/${path}?year=2020`).expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect([res.body.table, res.body.year, res.body.previousYear, res.body.provinces, total(res.body)[figure]]).toEqual([table, 2020, 2019, null, count]);
  });

  it.each(TABLES)('GET /api/statistics/protection/%s answers CSV for Accept: text/csv and for format=csv', async (path) => {
    for (const res of [
      await csvText(get(`/api/statistics/protection/${path}?year=2020`).set('Accept', 'text/csv')).expect(200),
      await csvText(get(`/api/statistics/protection/${path}?year=2020&format=csv`).set('Accept', 'application/json')).expect(200),
    ]) {
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe(`attachment; filename="protection-${path}-2020.csv"`);
      expect((res.body as string).startsWith(`${UTF8_BOM}year,previous_year,province,level,dimension,code,label,`)).toBe(true);
    }
  });

  it('answers the compensation table per supporting organisation with amounts per currency, as JSON and CSV', async () => {
    const res = await get('/api/statistics/protection/compensation?year=2020').expect(200);
    expect(res.body).toMatchObject({ table: 'compensation', currencies: ['USD'], provinces: null });
    expect(res.body.rows.map((r: { organisation: string | null }) => r.organisation)).toEqual(['ngo-chab-dai', null]);
    expect(res.body.rows.at(-1).current).toEqual({ counts: { claimsFiled: 1, victimsAwarded: 1, victimsReceived: 1 }, awarded: { USD: 100_000 }, received: { USD: 100_000 } });
    const csv = await csvText(get('/api/statistics/protection/compensation?year=2020&format=csv')).expect(200);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="protection-compensation-2020.csv"');
    expect((csv.body as string).split('\r\n')[2]).toMatch(/^2020,2019,,total,,,Total,1,0,1,,1,0,1,,1,0,1,,100000,0,100000,,100000,0,100000,$/);
  });

  it('answers the time to integration per province of the integration, then pooled', async () => {
    const res = await get('/api/statistics/protection/integration-durations?year=2020&province=kampot').expect(200);
    expect(res.body).toMatchObject({ year: 2020, previousYear: 2019, province: 'kampot', provinces: ['kampot'] });
    expect(res.body.rows[0].current).toEqual({ rescueToIntegration: { count: 1, medianDays: 246, p90Days: 246 }, receptionToIntegration: { count: 1, medianDays: 245, p90Days: 245 } });
    expect(res.body.rows).toHaveLength(2);
  });

  it('names unknown parameters and bad values in a 400 problem', async () => {
    const res = await get('/api/statistics/protection/received?year=20x0&organisation=ngo-aple').expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect([...new Set(res.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual(['(query)', 'year']);
    const durations = await get('/api/statistics/protection/integration-durations?year=2020&format=csv').expect(400);
    expect(durations.body.errors.map((e: { field: string }) => e.field)).toEqual(['(query)']);
  });

  it('gives a scoped reader their provinces only, and 404 for another province', async () => {
    caller = { userId: 'u-2', role: 'social_worker', provinces: ['kampot'] };
    const own = await get('/api/statistics/protection/integrations?year=2020').expect(200);
    expect([own.body.provinces, total(own.body)['integrations']]).toEqual([['kampot'], 1]);
    const received = await get('/api/statistics/protection/received?year=2020').expect(200);
    expect(total(received.body)['persons']).toBe(0);
    for (const path of ['received', 'shelter-admissions', 'compensation', 'integrations', 'follow-ups', 'integration-durations']) {
      const other = await get(`/api/statistics/protection/${path}?year=2020&province=battambang`).expect(404);
      expect(other.body.status).toBe(404);
    }
  });

  it('opens every protection statistic to social affairs, statistics, audit and administration', () => {
    const policy = (handler: unknown) => Reflect.getMetadata(ACCESS_POLICY, handler as object);
    const roles = { roles: ['statistician', 'social_worker', 'auditor', 'admin'] };
    const c = ProtectionStatisticsController.prototype;
    expect([c.received, c.shelterAdmissions, c.compensation, c.integrations, c.followUps, c.integrationDurations].map(policy)).toEqual(Array(6).fill(roles));
  });

  it('is fully described in OpenAPI, with examples', () => {
    const document = SwaggerModule.createDocument(app, new DocumentBuilder().build());
    const parameters = (path: string) => document.paths[path]!.get!.parameters!.map((p) => ('name' in p ? p.name : '')).sort();
    for (const path of ['received', 'shelter-admissions', 'compensation', 'integrations', 'follow-ups']) {
      const operation = document.paths[`/api/statistics/protection/${path}`]!.get!;
      expect(operation.tags).toEqual(['statistics']);
      expect(parameters(`/api/statistics/protection/${path}`)).toEqual(['format', 'province', 'year']);
      expect(Object.keys((operation.responses['200'] as { content: object }).content)).toEqual(['application/json', 'text/csv']);
      expect(Object.keys(operation.responses).sort()).toEqual(['200', '400', '401', '403', '404']);
    }
    expect(parameters('/api/statistics/protection/integration-durations')).toEqual(['province', 'year']);
    const schemas = document.components!.schemas!;
    const propertiesOf = (name: string) => Object.keys((schemas[name] as { properties: object }).properties);
    expect(propertiesOf('ReceivedFiguresDto')).toEqual([...RECEIVED_FIGURES]);
    expect(propertiesOf('ShelterAdmissionsFiguresDto')).toEqual([...SHELTER_ADMISSION_FIGURES]);
    expect(propertiesOf('IntegrationsFiguresDto')).toEqual([...INTEGRATION_FIGURES]);
    expect(propertiesOf('FollowUpsFiguresDto')).toEqual([...FOLLOW_UP_FIGURES]);
    expect(propertiesOf('CompensationCountsDto')).toEqual([...COMPENSATION_FIGURES]);
    expect(propertiesOf('ReceivedTableDto')).toEqual(expect.arrayContaining(['table', 'year', 'previousYear', 'province', 'provinces', 'figures', 'dimensions', 'rows']));
    expect(propertiesOf('IntegrationDurationsByMeasureDto')).toEqual(['rescueToIntegration', 'receptionToIntegration']);
    const example = document.paths['/api/statistics/protection/compensation']!.get!.responses['200'] as unknown as { content: { 'application/json': { example: { rows: unknown[] } } } };
    expect(example.content['application/json'].example.rows).toHaveLength(2);
  });
});

import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import request from 'supertest';
import type { App } from 'supertest/types';
import { ACCESS_POLICY, type AuthenticatedUser } from '@casetrail/platform-nest';
import { InMemoryReadModelStore } from '@casetrail/read-models';
import { UTF8_BOM } from '@casetrail/statistics-domain';
import { statisticsContext } from '../statistics.context';
import { openCase, startStatisticsRoutes, writeFacts } from '../testing/statistics.test-support';
import { LawEnforcementStatisticsController } from './law-enforcement-statistics.controller';

/*
 * The controller over real HTTP in-process, with the platform's validation pipe and problem filter,
 * but without the token guard (the e2e suite covers authentication): the caller is set per request.
 */

describe('GET /api/statistics/law-enforcement', () => {
  let app: INestApplication<App>;
  let caller: AuthenticatedUser;

  beforeAll(async () => {
    const store = new InMemoryReadModelStore();
    await writeFacts(store, { policeCases: [openCase('a', 'battambang'), openCase('b', 'kampot')] });
    app = await startStatisticsRoutes(store, () => caller);
  });

  beforeEach(() => {
    caller = { userId: 'u-1', role: 'statistician', provinces: 'all' };
  });

  afterAll(async () => {
    await app.close();
  });

  const total = (body: { rows: { level: string; current: { cases: number } }[] }) =>
    body.rows.find((r) => r.level === 'total')!.current.cases;

  it('declares the statistics projections in its descriptor, and reads the contexts it counts through their contracts', () => {
    expect(statisticsContext.projections!.map((p) => p.name)).toEqual([
      'statistics.police-case-facts',
      'statistics.court-file-facts',
      'statistics.protection-case-facts',
      'statistics.intake-reception-facts',
      'statistics.intake-person-facts',
      'statistics.intake-body-facts',
    ]);
    expect(statisticsContext.owns).toEqual([]);
    const read = new Set(statisticsContext.reads!.map((d) => d.type.split('.')[0]));
    expect([...read].sort()).toEqual(['court', 'enforcement', 'intake', 'protection']);
  });

  it('answers JSON by default', async () => {
    const res = await request(app.getHttpServer()).get('/api/statistics/law-enforcement?year=2020').expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect([res.body.year, res.body.previousYear, res.body.provinces, total(res.body)]).toEqual([2020, 2019, null, 2]);
  });

  it.each([
    ['Accept: text/csv', '/api/statistics/law-enforcement?year=2020', 'text/csv'],
    ['format=csv', '/api/statistics/law-enforcement?year=2020&format=csv', 'application/json'],
  ])('answers CSV for %s', async (_, url, accept) => {
    const res = await request(app.getHttpServer()).get(url).set('Accept', accept).buffer(true).parse((r, done) => {
      let text = '';
      r.setEncoding('utf8');
      r.on('data', (chunk: string) => (text += chunk));
      r.on('end', () => done(null, text));
    }).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="law-enforcement-2020.csv"');
    const csv = res.body as string;
    expect(csv.startsWith(`${UTF8_BOM}year,previous_year,province,unit,level`)).toBe(true);
    expect(csv.split('\r\n').find((line) => line.includes(',total,'))).toMatch(/^2020,2019,,,total,,,Total,2,0,2,/);
  });

  it('names an unknown parameter and a bad value in a 400 problem', async () => {
    const res = await request(app.getHttpServer()).get('/api/statistics/law-enforcement?year=20x0&yaer=2020').expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect([...new Set(res.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual(['(query)', 'year']);
  });

  it('gives a scoped reader their provinces only, and 404 for another province', async () => {
    caller = { userId: 'u-2', role: 'police', unit: 'police-kampot', provinces: ['kampot'] };
    const own = await request(app.getHttpServer()).get('/api/statistics/law-enforcement?year=2020').expect(200);
    expect([own.body.provinces, total(own.body)]).toEqual([['kampot'], 1]);
    const other = await request(app.getHttpServer()).get('/api/statistics/law-enforcement?year=2020&province=battambang').expect(404);
    expect(other.body.status).toBe(404);
  });

  it('is open to statisticians, police, auditors and admins only', () => {
    const policy = Reflect.getMetadata(ACCESS_POLICY, LawEnforcementStatisticsController.prototype.lawEnforcement);
    expect(policy).toEqual({ roles: ['statistician', 'police', 'auditor', 'admin'] });
  });

  it('is fully described in OpenAPI', () => {
    const document = SwaggerModule.createDocument(app, new DocumentBuilder().build());
    const operation = document.paths['/api/statistics/law-enforcement']!.get!;
    expect(operation.tags).toEqual(['statistics']);
    expect(operation.parameters!.map((p) => ('name' in p ? p.name : '')).sort()).toEqual(['format', 'province', 'unit', 'year']);
    expect(Object.keys((operation.responses['200'] as { content: object }).content)).toEqual(['application/json', 'text/csv']);
    expect(Object.keys(operation.responses).sort()).toEqual(['200', '400', '401', '403', '404']);
    const row = document.components!.schemas!['LawEnforcementRowDto'] as { properties: Record<string, unknown> };
    expect(Object.keys(row.properties)).toContain('foreignNationalities');
    const figures = document.components!.schemas!['LawEnforcementFiguresDto'] as { properties: Record<string, unknown> };
    expect(Object.keys(figures.properties)).toHaveLength(13);
  });
});

import 'reflect-metadata';
import { Body, Controller, HttpCode, Post, Req, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { Request } from 'express';
import request from 'supertest';
import type { App } from 'supertest/types';
import { CasetrailConfigModule } from '../config/casetrail-config.module';
import { CasetrailLoggingModule } from '../logging/logging.module';
import { configureHttpApp } from './configure-http-app';
import { RequestBodyTypes } from './request-body-types';

/*
 * The shared HTTP edge on a minimal app of its own (no contexts, no token guard): what
 * configureHttpApp promises any route, present or future, independent of the casetrail routes.
 */

@Controller('things')
class ThingsController {
  @Post()
  @HttpCode(200)
  create(@Body() body: Record<string, unknown>) {
    return { received: Object.keys(body ?? {}).length };
  }

  @Post('upload')
  @HttpCode(200)
  @RequestBodyTypes('text/csv')
  upload(@Req() req: Request) {
    return { parsedAsJson: req.body !== undefined };
  }
}

describe('configureHttpApp on a minimal app', () => {
  let app: INestApplication<App>;

  beforeAll(async () => {
    process.env['CASETRAIL_LOG_LEVEL'] = 'silent';
    const moduleRef = await Test.createTestingModule({ imports: [CasetrailConfigModule.forRoot(), CasetrailLoggingModule], controllers: [ThingsController] }).compile();
    app = moduleRef.createNestApplication({ bodyParser: false, bufferLogs: true });
    configureHttpApp(app, { title: 'edge', description: 'int' });
    await app.init();
  });
  afterAll(async () => {
    await app.close();
  });

  it('takes JSON on a route that declares nothing else, and refuses other types with 415', async () => {
    expect((await request(app.getHttpServer()).post('/things').send({ a: 1 })).status).toBe(200);
    const csv = await request(app.getHttpServer()).post('/things').set('Content-Type', 'text/csv').send('a,b\n1,2\n');
    expect({ status: csv.status, accept: csv.headers['accept'] }).toEqual({ status: 415, accept: 'application/json' });
  });

  it('lets a route declare its own body types, and refuses JSON there', async () => {
    const csv = await request(app.getHttpServer()).post('/things/upload').set('Content-Type', 'text/csv').send('a,b\n1,2\n');
    expect({ status: csv.status, body: csv.body }).toEqual({ status: 200, body: { parsedAsJson: false } });
    const json = await request(app.getHttpServer()).post('/things/upload').send({ a: 1 });
    expect({ status: json.status, accept: json.headers['accept'] }).toEqual({ status: 415, accept: 'text/csv' });
  });

  it('needs no media type for an empty body', async () => {
    const res = await request(app.getHttpServer()).post('/things').set('Content-Length', '0');
    expect(res.status).toBe(200);
  });
});

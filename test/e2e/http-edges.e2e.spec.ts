import request from 'supertest';
import { startEmbeddedApp, type EmbeddedApp } from '../support/embedded-app';

describe('HTTP edges of the embedded runtime', () => {
  let app: EmbeddedApp;
  let token: string;

  beforeAll(async () => {
    app = await startEmbeddedApp({ env: { CASETRAIL_RATE_LIMIT_PER_MINUTE: '15', CASETRAIL_BODY_LIMIT: '2kb' } });
    token = await app.token('police', ['battambang'], 'police-battambang');
  });
  afterAll(async () => {
    await app.destroy();
    delete process.env['CASETRAIL_RATE_LIMIT_PER_MINUTE'];
    delete process.env['CASETRAIL_BODY_LIMIT'];
  });

  it('sets security headers', async () => {
    const res = await request(app.http).get('/health/live');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('documents what it does: public routes need no token, errors are problem+json', async () => {
    const doc = (await request(app.http).get('/docs/openapi.json')).body;
    expect(doc.security).toEqual([{ bearer: [] }]);
    expect(doc.paths['/health'].get.security).toEqual([]);
    expect(doc.paths['/health/live'].get.security).toEqual([]);
    expect(doc.paths['/api/enforcement/cases'].post.security).toBeUndefined();
    const created = doc.paths['/api/enforcement/cases'].post.responses;
    expect(Object.keys(created['400'].content)).toEqual(['application/problem+json']);
    expect(Object.keys(created['201'].content)).toEqual(['application/json']);
    expect(JSON.stringify(doc)).not.toContain('x-casetrail-public');
  });

  it('answers an unknown route with a problem, not a stack trace', async () => {
    const res = await request(app.http).get('/nowhere').set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('refuses a body over the limit with 413 and malformed JSON with 400', async () => {
    const big = await request(app.http)
      .post('/api/enforcement/cases')
      .set('Authorization', `Bearer ${token}`)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ reference: 'x'.repeat(4096) }));
    expect(big.status).toBe(413);
    expect(big.body.status).toBe(413);
    const malformed = await request(app.http)
      .post('/api/enforcement/cases')
      .set('Authorization', `Bearer ${token}`)
      .set('Content-Type', 'application/json')
      .send('{"unit":');
    expect(malformed.status).toBe(400);
    expect(malformed.body.detail).toBe('The request body is not valid JSON');
  });

  it('limits the request rate with 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      statuses.push((await request(app.http).get('/api/enforcement/cases').set('Authorization', `Bearer ${token}`)).status);
    }
    expect(statuses).toContain(429);
    const limited = await request(app.http).get('/api/enforcement/cases').set('Authorization', `Bearer ${token}`);
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
  });
});

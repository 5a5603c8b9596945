import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { startEmbeddedApp, type EmbeddedApp } from '../support/embedded-app';

/*
 * The rate limit the README promises: one budget per client address across every route, and one
 * per user when a verified token is present (so a user on several addresses is limited too).
 * Health checks consume nothing; a 429 says when to come back (Retry-After, in seconds).
 * Loopback has a whole /8, so a second client address is 127.0.0.2.
 */

const LIMIT = 10;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown>;
}

describe('rate limit (embedded runtime)', () => {
  let app: EmbeddedApp;
  let port: number;

  beforeEach(async () => {
    app = await startEmbeddedApp({ env: { CASETRAIL_RATE_LIMIT_PER_MINUTE: String(LIMIT) } });
    await app.app.listen(0, '127.0.0.1');
    port = (app.app.getHttpServer().address() as AddressInfo).port;
  });
  afterEach(async () => {
    await app.destroy();
  });
  afterAll(() => {
    delete process.env['CASETRAIL_RATE_LIMIT_PER_MINUTE'];
  });

  /** One request from the given client address (default 127.0.0.1). */
  const send = (method: 'GET' | 'POST', path: string, options: { token?: string; from?: string } = {}) =>
    new Promise<Answer>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method,
          path,
          localAddress: options.from ?? '127.0.0.1',
          headers: { ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...(method === 'POST' ? { 'content-type': 'application/json' } : {}) },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} }));
        },
      );
      req.on('error', reject);
      req.end(method === 'POST' ? '{}' : undefined);
    });
  const police = (user: string) => app.token('police', ['battambang'], 'police-battambang', user);

  /** Routes of three controllers and two contexts, answering 200, 404, 403 and 400. */
  const spread = (token: string) => [
    () => send('GET', '/api/enforcement/cases', { token }),
    () => send('GET', `/api/enforcement/cases/${randomUUID()}`, { token }),
    () => send('GET', '/api/statistics/law-enforcement?year=2020', { token }),
    () => send('GET', `/api/audit/access?recordId=${randomUUID()}`, { token }),
    () => send('POST', '/api/enforcement/cases', { token }),
  ];

  it('gives a client address one budget across all routes, and a 429 says when to come back', async () => {
    const calls = spread(await police('officer-1'));
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT; i++) statuses.push((await calls[i % calls.length]()).status);
    expect(statuses).not.toContain(429);
    expect(new Set(statuses).size).toBeGreaterThanOrEqual(4);

    for (const call of calls) {
      const limited = await call();
      expect(limited.status).toBe(429);
      expect(limited.body).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
      const retryAfter = Number(limited.headers['retry-after']);
      expect(Number.isInteger(retryAfter)).toBe(true);
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
    }
  });

  it('limits an unauthenticated flood per address, without touching another address', async () => {
    for (let i = 0; i < LIMIT; i++) expect((await send('GET', '/api/enforcement/cases')).status).toBe(401);
    expect((await send('GET', '/api/enforcement/cases')).status).toBe(429);
    expect((await send('GET', '/api/enforcement/cases', { token: await police('officer-1') })).status).toBe(429);
    expect((await send('GET', '/api/enforcement/cases', { from: '127.0.0.2' })).status).toBe(401);
  });

  it('gives a user one budget across addresses', async () => {
    const token = await police('officer-on-two-machines');
    for (let i = 0; i < LIMIT; i++) expect((await send('GET', '/api/enforcement/cases', { token })).status).toBe(200);
    const elsewhere = await send('GET', '/api/enforcement/cases', { token, from: '127.0.0.2' });
    expect(elsewhere.status).toBe(429);
    expect(Number(elsewhere.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // Another user at the second address still has that address's budget.
    expect((await send('GET', '/api/enforcement/cases', { token: await police('officer-2'), from: '127.0.0.2' })).status).toBe(200);
  });

  it('lets health checks through without consuming the budget, even when it is spent', async () => {
    for (let i = 0; i < 3 * LIMIT; i++) {
      for (const path of ['/health', '/health/ready', '/health/live']) expect((await send('GET', path)).status).toBe(200);
    }
    const token = await police('officer-1');
    for (let i = 0; i < LIMIT; i++) expect((await send('GET', '/api/enforcement/cases', { token })).status).toBe(200);
    expect((await send('GET', '/api/enforcement/cases', { token })).status).toBe(429);
    expect((await send('GET', '/health/live')).status).toBe(200);
    expect((await send('GET', '/health')).status).toBe(200);
  });
});

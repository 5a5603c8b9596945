import request from 'supertest';
import { startEmbeddedApp, type EmbeddedApp } from '../support/embedded-app';
import { casetrailAppModule } from '../../apps/casetrail/src/app.module';
import { routeKey, routesOfModuleGraph, type RouteEntry } from '../security/support/route-inventory';
import { SecurityWorld } from '../security/support/security-world';

/*
 * Headers every answer owes the client: no caching of case data anywhere on the way, and a
 * bearer challenge on every 401 (RFC 6750).
 */

const PROTECTED = routesOfModuleGraph(casetrailAppModule()).filter((r) => r.policy && 'roles' in r.policy);

describe('response headers of the embedded runtime', () => {
  let app: EmbeddedApp;
  let world: SecurityWorld;

  beforeAll(async () => {
    app = await startEmbeddedApp({ env: { CASETRAIL_RATE_LIMIT_PER_MINUTE: '100000', CASETRAIL_BODY_LIMIT: '2kb' } });
    world = await SecurityWorld.start(app);
  });
  afterAll(async () => {
    await app.destroy();
    delete process.env['CASETRAIL_BODY_LIMIT'];
  });

  describe('Cache-Control: no-store on every answer', () => {
    it.each(PROTECTED.map((r) => [routeKey(r), r] as [string, RouteEntry]))('%s', async (_name, route) => {
      const role = route.policy && 'roles' in route.policy ? route.policy.roles[0] : 'admin';
      const res = await world.send(await world.prepare(route, 'national'), `Bearer ${await world.tokenFor(role, 'national')}`);
      expect({ status: res.status < 500, cacheControl: res.headers['cache-control'] }).toEqual({ status: true, cacheControl: 'no-store' });
    });

    it('on errors and public routes too (400, 401, 404, 413, 415, health, which says more)', async () => {
      const token = `Bearer ${await world.tokenFor('police', 'national')}`;
      const answers = [
        await request(app.http).get('/api/enforcement/cases?page=0').set('Authorization', token),
        await request(app.http).get('/api/enforcement/cases'),
        await request(app.http).get('/api/nowhere').set('Authorization', token),
        await request(app.http).post('/api/enforcement/cases').set('Authorization', token).send({ reference: 'x'.repeat(4096) }),
        await request(app.http).post('/api/enforcement/cases').set('Authorization', token).set('Content-Type', 'text/plain').send('{}'),
        await request(app.http).get('/health'),
      ];
      expect(answers.map((r) => [r.status, r.headers['cache-control']])).toEqual([400, 401, 404, 413, 415, 200].map((s) => [s, expect.stringMatching(/^(.*, )?no-store(, .*)?$/)]));
    });
  });

  describe('WWW-Authenticate on every 401 (RFC 6750)', () => {
    it('challenges a request without credentials, with no error code', async () => {
      for (const res of [await request(app.http).get('/api/enforcement/cases'), await request(app.http).get('/api/enforcement/cases').set('Authorization', 'Basic dXNlcjpwYXNz')]) {
        expect({ status: res.status, challenge: res.headers['www-authenticate'] }).toEqual({ status: 401, challenge: 'Bearer realm="casetrail"' });
      }
    });

    it('says invalid_token when a bearer token was sent and refused', async () => {
      for (const token of ['not-a-jwt', 'a.b.c', `${(await world.tokenFor('police', 'national')).slice(0, -4)}AAAA`]) {
        const res = await request(app.http).get('/api/enforcement/cases').set('Authorization', `Bearer ${token}`);
        expect({ status: res.status, challenge: res.headers['www-authenticate'] }).toEqual({ status: 401, challenge: 'Bearer realm="casetrail", error="invalid_token"' });
      }
    });

    it('documents the challenge on every 401', async () => {
      const doc = world.document as unknown as { paths: Record<string, Record<string, { responses: Record<string, { headers?: Record<string, unknown> }> }>> };
      const missing = Object.entries(doc.paths).flatMap(([path, item]) =>
        Object.entries(item)
          .filter(([, operation]) => operation.responses['401'] && !operation.responses['401'].headers?.['WWW-Authenticate'])
          .map(([method]) => `${method.toUpperCase()} ${path}`),
      );
      expect(missing).toEqual([]);
    });
  });
});

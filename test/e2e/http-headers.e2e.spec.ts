import request from 'supertest';
import type { EventStore } from '@casetrail/event-sourcing';
import { EVENT_STORE } from '@casetrail/platform-nest';
import { startEmbeddedApp, type EmbeddedApp } from '../support/embedded-app';
import { casetrailAppModule } from '../../apps/casetrail/src/app.module';
import { routeKey, routesOfModuleGraph, type RouteEntry } from '../security/support/route-inventory';
import { SecurityWorld } from '../security/support/security-world';

/*
 * Headers every answer owes the client: no caching of case data anywhere on the way, a bearer
 * challenge on every 401 (RFC 6750), and preconditions (If-Match) that are honoured where they
 * are documented and refused where they are not, never ignored.
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

  describe('If-Match', () => {
    /** The steps of a record: of a police case, a court file, a protection case and intake's records. */
    const STEP_PREFIXES = [
      '/api/enforcement/cases/{caseId}/',
      '/api/court/files/{fileId}/',
      '/api/protection/cases/{personId}/',
      '/api/intake/receptions/{receptionId}/',
      '/api/intake/screenings/{personId}/',
      '/api/intake/bodies/{bodyId}/',
    ];
    const STEPS = PROTECTED.filter((r) => r.method === 'POST' && STEP_PREFIXES.some((prefix) => r.path.startsWith(prefix)));
    const written = async (send: () => Promise<request.Response>) => {
      const store = app.app.get<EventStore>(EVENT_STORE);
      const before = await store.headPosition();
      const res = await send();
      return { status: res.status, detail: res.body.detail as string, written: (await store.headPosition()) - before };
    };

    it('is refused, not ignored, when opening a case (a new case has no revision to match)', async () => {
      const prepared = await world.prepare(PROTECTED.find((r) => routeKey(r) === 'POST /api/enforcement/cases')!, 'national');
      const token = `Bearer ${await world.tokenFor('police', 'national')}`;
      for (const header of ['"0"', '*', 'W/"0"']) {
        const outcome = await written(() => world.send(prepared, token, { 'If-Match': header }));
        expect({ header, ...outcome }).toEqual({ header, status: 400, detail: 'If-Match does not apply to this route', written: 0 });
      }
    });

    it('refuses a weak tag with 400 on a route that honours If-Match (it can never match), writing nothing', async () => {
      const route = STEPS.find((r) => r.path.endsWith('/offences'))!;
      const prepared = await world.prepare(route, 'national');
      const token = `Bearer ${await world.tokenFor('police', 'national')}`;
      const outcome = await written(() => world.send(prepared, token, { 'If-Match': 'W/"0"' }));
      expect(outcome).toEqual({ status: 400, detail: 'If-Match must be a strong entity tag, e.g. "3": a weak tag (W/) never matches', written: 0 });
      const strong = await world.send(prepared, token, { 'If-Match': '"0"' });
      expect({ status: strong.status, etag: strong.headers['etag'] }).toEqual({ status: 200, etag: '"1"' });
    });

    it('takes * as "any revision" where If-Match is honoured', async () => {
      const prepared = await world.prepare(STEPS.find((r) => r.path.endsWith('/offences'))!, 'national');
      const res = await world.send(prepared, `Bearer ${await world.tokenFor('police', 'national')}`, { 'If-Match': '*' });
      expect(res.status).toBe(200);
    });

    it('is refused on a read, which does not honour it', async () => {
      const prepared = await world.prepare(PROTECTED.find((r) => routeKey(r) === 'GET /api/enforcement/cases/{caseId}')!, 'national');
      const res = await world.send(prepared, `Bearer ${await world.tokenFor('auditor', 'national')}`, { 'If-Match': '"0"' });
      expect({ status: res.status, detail: res.body.detail }).toEqual({ status: 400, detail: 'If-Match does not apply to this route' });
    });

    it('is documented exactly on the routes that honour it: the steps of a case or a file, not their opening', () => {
      const documented = Object.entries(world.document.paths).flatMap(([path, item]) =>
        Object.entries(item)
          .filter(([, operation]) => (operation.parameters ?? []).some((p) => p.in === 'header' && p.name === 'If-Match'))
          .map(([method]) => `${method.toUpperCase()} ${path}`),
      );
      expect(documented.sort()).toEqual(STEPS.map(routeKey).sort());
      expect(STEPS.length).toBeGreaterThanOrEqual(9);
    });
  });
});

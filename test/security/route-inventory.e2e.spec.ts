import { ROLES } from '@casetrail/platform-nest';
import { casetrailAppModule } from '../../apps/casetrail/src/app.module';
import { startEmbeddedApp, type EmbeddedApp } from '../support/embedded-app';
import { operationOf } from './support/openapi-document';
import { documentedOperations, routeKey, routesOfModuleGraph, routesOfRunningApp, servedRoutes, type RouteEntry } from './support/route-inventory';
import { recordParameters } from './support/expected-status';
import { SecurityWorld } from './support/security-world';

/*
 * Deny by default, checked on the running embedded app: every route declares a policy, the
 * router, the controllers and the OpenAPI document agree on what exists, and the route list the
 * access matrix generates its tests from (read from decorators) is that same list.
 */

/** Routes that need no token. A new one is a security decision: add it here on purpose. */
const PUBLIC_ROUTES = ['GET /health', 'GET /health/live', 'GET /health/ready', 'GET /api/session/config', 'POST /api/session'];

/**
 * Router entries that are not endpoints: the docs SwaggerModule serves straight on Express, and
 * the catch-all layers Nest mounts for app-wide middleware (request logging, `{*path}`).
 */
const isNotAnEndpoint = (key: string) => /^GET \/docs(\/|$)/.test(key) || key.endsWith(' /{*path}');

const keys = (routes: RouteEntry[]) => routes.map(routeKey).sort();

describe('route inventory and declared access policies (embedded runtime)', () => {
  let app: EmbeddedApp;
  let world: SecurityWorld;
  let running: RouteEntry[];

  beforeAll(async () => {
    app = await startEmbeddedApp();
    world = await SecurityWorld.start(app);
    running = routesOfRunningApp(app.app);
  });
  afterAll(async () => {
    await app.destroy();
  });

  it('finds the routes of every hosted context', () => {
    expect(keys(running)).toEqual(expect.arrayContaining(['GET /api/enforcement/cases', 'GET /api/protection/cases', 'POST /api/protection/cases/{personId}/integration', 'GET /api/statistics/law-enforcement', 'POST /api/admin/persons/{personId}/forget', 'GET /health']));
  });

  it('reads the same routes and policies from the decorators as the running app registered (the matrix is complete)', () => {
    const declared = routesOfModuleGraph(casetrailAppModule());
    expect(declared.map((r) => ({ route: routeKey(r), policy: r.policy }))).toEqual(running.map((r) => ({ route: routeKey(r), policy: r.policy })));
  });

  it('serves exactly the controllers\' routes (plus the OpenAPI docs)', () => {
    const served = servedRoutes(app.app);
    expect(served.filter((k) => !isNotAnEndpoint(k))).toEqual(keys(running));
    expect(served).toEqual(expect.arrayContaining(['GET /docs/openapi.json']));
  });

  it('documents every route in the OpenAPI document, and nothing else', () => {
    expect(documentedOperations(world.document)).toEqual(keys(running));
  });

  it('declares an access policy on every route, naming known roles only', () => {
    const missing = running.filter((r) => !r.policy).map((r) => `${routeKey(r)} (${r.handlerName})`);
    expect(missing).toEqual([]);
    for (const route of running) {
      if (route.policy && 'roles' in route.policy) {
        expect({ route: routeKey(route), roles: route.policy.roles.length > 0 && route.policy.roles.every((r) => (ROLES as readonly string[]).includes(r)) }).toEqual({ route: routeKey(route), roles: true });
      }
    }
  });

  it('makes only the reviewed routes public', () => {
    const publicRoutes = running.filter((r) => r.policy && 'public' in r.policy);
    expect(keys(publicRoutes)).toEqual([...PUBLIC_ROUTES].sort());
  });

  it('documents 401 and 403 on every protected operation, and 404 on every record operation (a path naming a record, not a kind)', () => {
    const gaps = running
      .filter((r) => !(r.policy && 'public' in r.policy))
      .flatMap((r) => {
        const responses = Object.keys(operationOf(world.document, r.method, r.path).responses ?? {});
        const needed = ['401', '403', ...(recordParameters(r).length > 0 ? ['404'] : [])];
        return needed.filter((code) => !responses.includes(code)).map((code) => `${routeKey(r)} does not document ${code}`);
      });
    expect(gaps).toEqual([]);
  });
});

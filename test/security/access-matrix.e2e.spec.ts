import { ROLES, type Role } from '@casetrail/platform-nest';
import { casetrailAppModule } from '../../apps/casetrail/src/app.module';
import { startEmbeddedApp, type EmbeddedApp } from '../support/embedded-app';
import { expectedOutcome, scopeVariantsOf, type ScopeVariant } from './support/expected-status';
import { routeKey, routesOfModuleGraph, type RouteEntry } from './support/route-inventory';
import { SecurityWorld } from './support/security-world';
import { BAD_TOKENS, forgeToken } from './support/bad-tokens';

/*
 * The generated access-control matrix: every role × every route × an object inside and outside
 * the token's province scope, each cell one test, the expected status computed from the route's
 * declared policy. The routes are read from the decorators of the embedded runtime's modules
 * (route-inventory.e2e.spec.ts proves that list equals what the running app serves), so a new
 * route is in the matrix without editing this file.
 */

const ROUTES = routesOfModuleGraph(casetrailAppModule());

const CELLS: [string, RouteEntry, Role, ScopeVariant][] = ROUTES.flatMap((route) =>
  ROLES.flatMap((role) => scopeVariantsOf(route).map((variant) => [`${routeKey(route)} as ${role} (${variant})`, route, role, variant] as [string, RouteEntry, Role, ScopeVariant])),
);

const PROTECTED = ROUTES.filter((r) => !(r.policy && 'public' in r.policy));
const TOKEN_CELLS: [string, RouteEntry, (typeof BAD_TOKENS)[number]][] = PROTECTED.flatMap((route) =>
  BAD_TOKENS.map((bad) => [`${routeKey(route)} with ${bad.name}`, route, bad] as [string, RouteEntry, (typeof BAD_TOKENS)[number]]),
);

const SUCCESS_OR_DOMAIN_REFUSAL = (status: number) => (status >= 200 && status < 300) || status === 409 || status === 422;

describe('access-control matrix (embedded runtime, SQLite on disk)', () => {
  let app: EmbeddedApp;
  let world: SecurityWorld;

  beforeAll(async () => {
    // The matrix sends a few thousand requests from one address: the rate limit is not under test here.
    app = await startEmbeddedApp({ env: { CASETRAIL_RATE_LIMIT_PER_MINUTE: '100000' } });
    world = await SecurityWorld.start(app);
  });
  afterAll(async () => {
    await app.destroy();
  });

  it('has a cell for every route, role and scope', () => {
    expect(ROUTES.length).toBeGreaterThan(0);
    expect(CELLS.length).toBeGreaterThanOrEqual(ROUTES.length * ROLES.length * 2);
  });

  it.each(CELLS)('%s', async (_name, route, role, variant) => {
    const expected = expectedOutcome(route, world.scopeOf(route), role, variant, world.hasRecipe(route));
    const prepared = await world.prepare(route, variant, role);
    const res = await world.send(prepared, `Bearer ${await world.tokenFor(role, variant)}`);
    const problem = res.body as { detail?: unknown; errors?: unknown } | undefined;
    const actual = { status: res.status, detail: problem?.detail, errors: problem?.errors };
    if (expected.kind === 'status') {
      expect({ ...actual, why: expected.why }).toEqual({ ...actual, status: expected.status, why: expected.why });
    } else if (expected.domain) {
      expect({ ...actual, why: expected.why, acceptable: SUCCESS_OR_DOMAIN_REFUSAL(res.status) }).toEqual({ ...actual, why: expected.why, acceptable: true });
    } else {
      expect({ ...actual, why: expected.why }).toEqual({ ...actual, status: prepared.success ?? 200, why: expected.why });
    }
  });

  it.each(TOKEN_CELLS)('%s answers 401', async (_name, route, bad) => {
    const prepared = await world.prepare(route, 'provincial-in');
    const role = route.policy && 'roles' in route.policy ? route.policy.roles[0] : 'admin';
    const authorization = await forgeToken(bad, { role, dataDir: app.dataDir, issuer: 'casetrail-local', audience: 'casetrail' });
    const res = await world.send(prepared, authorization);
    expect({ status: res.status, problem: res.headers['content-type'] }).toEqual({ status: 401, problem: expect.stringContaining('application/problem+json') });
  });

  it.each(ROUTES.filter((r) => r.policy && 'public' in r.policy).map((r) => [routeKey(r), r] as [string, RouteEntry]))('%s answers without a token', async (_name, route) => {
    const prepared = await world.prepare(route, 'national');
    const res = await world.send(prepared);
    expect(res.status).toBe(prepared.success ?? 200);
  });
});

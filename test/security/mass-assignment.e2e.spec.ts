import request from 'supertest';
import type { EventStore } from '@casetrail/event-sourcing';
import { EVENT_STORE } from '@casetrail/platform-nest';
import { casetrailAppModule } from '../../apps/casetrail/src/app.module';
import { startEmbeddedApp, type EmbeddedApp } from '../support/embedded-app';
import { requestBodySchema, resolve } from './support/openapi-document';
import { routeKey, routesOfModuleGraph, type RouteEntry } from './support/route-inventory';
import { SecurityWorld } from './support/security-world';

/*
 * Mass assignment: a field the caller may not set (the record's id, its province, the acting
 * user, a revision, a recorded time) is refused with 400 naming the object that holds it (an
 * unknown key is never repeated), and nothing is written. Run on every command route (found from
 * the decorators), also one level down in nested objects.
 */

/** Fields the server decides: never taken from a request body. */
const SERVER_FIELDS: Record<string, unknown> = {
  id: '00000000-0000-4000-8000-000000000001',
  caseId: '00000000-0000-4000-8000-000000000002',
  personId: '00000000-0000-4000-8000-000000000003',
  province: 'kandal',
  actor: { userId: 'someone-else', role: 'admin' },
  userId: 'someone-else',
  role: 'admin',
  revision: 99,
  recordedAt: '2020-01-01T00:00:00.000Z',
  occurredAt: '2020-01-01T00:00:00.000Z',
};

const COMMANDS = routesOfModuleGraph(casetrailAppModule()).filter((r) => r.method !== 'GET' && r.policy !== undefined && 'roles' in r.policy);

describe('mass assignment: fields a caller may not set are refused and nothing is written', () => {
  let app: EmbeddedApp;
  let world: SecurityWorld;
  let store: EventStore;

  beforeAll(async () => {
    app = await startEmbeddedApp({ env: { CASETRAIL_RATE_LIMIT_PER_MINUTE: '100000' } });
    world = await SecurityWorld.start(app);
    store = app.app.get<EventStore>(EVENT_STORE);
  });
  afterAll(async () => {
    await app.destroy();
  });

  /** The server fields the route's body does not declare, at the top and inside nested objects. */
  function forbiddenFields(route: RouteEntry): [string, Record<string, unknown>][] {
    const schema = requestBodySchema(world.document, world.operation(route));
    if (!schema?.properties) throw new Error(`${routeKey(route)} documents no JSON body: the mass-assignment check needs one`);
    const top = Object.keys(SERVER_FIELDS)
      .filter((f) => !(f in schema.properties!))
      .map((f) => [f, { [f]: SERVER_FIELDS[f] }] as [string, Record<string, unknown>]);
    const nested = Object.entries(schema.properties)
      .filter(([, property]) => resolve(world.document, property)?.properties)
      .map(([name]) => [`${name}.id`, { [name]: { id: SERVER_FIELDS['id'] } }] as [string, Record<string, unknown>]);
    return [...top, ...nested];
  }

  it('covers every command route', () => {
    expect(COMMANDS.map(routeKey)).toEqual(expect.arrayContaining(['POST /api/enforcement/cases', 'POST /api/enforcement/cases/{caseId}/victims', 'POST /api/admin/persons/{personId}/forget']));
  });

  it.each(COMMANDS.map((r) => [routeKey(r), r] as [string, RouteEntry]))('%s refuses every server-decided field', async (_name, route) => {
    const role = route.policy && 'roles' in route.policy ? route.policy.roles[0] : 'admin';
    const authorization = `Bearer ${await world.tokenFor(role, 'national')}`;
    if (typeof (await world.prepare(route, 'national')).contentType === 'string') return refusesServerColumns(route, authorization);
    for (const [field, extra] of forbiddenFields(route)) {
      const prepared = await world.prepare(route, 'national');
      const valid = prepared.body as Record<string, unknown>;
      // Nested: the extra object merges into the valid one (e.g. unit.id next to unit.code).
      const body = Object.fromEntries(
        Object.entries({ ...valid, ...extra }).map(([k, v]) =>
          [k, valid[k] && typeof valid[k] === 'object' && !Array.isArray(valid[k]) ? { ...(valid[k] as object), ...(v as object) } : v],
        ),
      );
      const caseUrl = /^\/api\/enforcement\/cases\/[^/]+/.exec(prepared.url)?.[0];
      const revisionBefore = caseUrl ? await revisionOf(caseUrl) : undefined;
      const headBefore = await store.headPosition();

      const res = await world.send({ ...prepared, body }, authorization);
      // An unknown key is named by the object holding it (the key is the client's text, never repeated).
      const holder = field.includes('.') ? field.slice(0, field.lastIndexOf('.')) : '(body)';
      const errors = (res.body as { errors?: { field: string; message: string }[] }).errors ?? [];
      expect({ field, status: res.status, errors }).toEqual({ field, status: 400, errors: [{ field: holder, message: `${holder} has an unknown field` }] });
      expect({ field, written: (await store.headPosition()) - headBefore }).toEqual({ field, written: 0 });
      if (caseUrl) expect({ field, revision: await revisionOf(caseUrl) }).toEqual({ field, revision: revisionBefore });

      // The same request without the field is accepted: the field alone was refused.
      const ok = await world.send(prepared, authorization);
      expect({ field, status: ok.status }).toEqual({ field, status: prepared.success });
    }
  });

  /**
   * A file (a bulk upload): a column named after a server-decided field is refused with the whole
   * file (422, before any row: the header names a column the format does not have), naming no
   * column, and nothing is written; the same file without it is accepted.
   */
  async function refusesServerColumns(route: RouteEntry, authorization: string): Promise<void> {
    for (const field of Object.keys(SERVER_FIELDS)) {
      const prepared = await world.prepare(route, 'national');
      const [header, ...rows] = (prepared.body as string).trimEnd().split('\n');
      const body = [`${header},${field}`, ...rows.map((row) => `${row},x`)].join('\n') + '\n';
      const headBefore = await store.headPosition();
      const res = await world.send({ ...prepared, body }, authorization);
      expect({ field, status: res.status, echoed: JSON.stringify(res.body).includes(`"${field}"`) }).toEqual({ field, status: 422, echoed: false });
      expect({ field, written: (await store.headPosition()) - headBefore }).toEqual({ field, written: 0 });
      const ok = await world.send(prepared, authorization);
      expect({ field, status: ok.status }).toEqual({ field, status: prepared.success });
    }
  }

  async function revisionOf(caseUrl: string): Promise<number> {
    const res = await request(app.http).get(caseUrl).set('Authorization', `Bearer ${await world.tokenFor('auditor', 'national')}`);
    if (res.status !== 200) throw new Error(`GET ${caseUrl}: ${res.status}`);
    return (res.body as { revision: number }).revision;
  }
});

import request from 'supertest';
import type { Role } from '@casetrail/platform-nest';
import { casetrailAppModule } from '../../apps/casetrail/src/app.module';
import { startEmbeddedApp, type EmbeddedApp } from '../support/embedded-app';
import { PoliceCaseDriver } from '../support/police-case-driver';
import { AWAY, HOME } from './support/expected-status';
import { requiredQuery } from './support/openapi-document';
import { leaksIn } from './support/out-of-scope-leaks';
import { pathParameters, routeKey, routesOfModuleGraph, type RouteEntry } from './support/route-inventory';
import { openCaseBody, SecurityWorld, SUSPECT_BODY, VICTIM_BODY } from './support/security-world';

/*
 * Zero records from outside a scope in any list, export or statistics drill-down. Data is seeded
 * in three provinces with different counts; every GET collection route (found from the
 * decorators, so new ones are covered) is read by every allowed role with provincial tokens, in
 * JSON and CSV, with filters naming records in and out of scope, and no body may carry an id,
 * unit or province value from outside. Then the totals are checked against the in-scope totals.
 */

const THIRD = 'siem-reap';
const PROVINCES = [HOME, AWAY, THIRD];
/** Cases seeded per province: different, so a leaked or missing province changes every total. */
const SEEDED: Record<string, number> = { [HOME]: 3, [AWAY]: 2, [THIRD]: 1 };
/** A national officer who reads every seeded case: the access audit holds reads in all provinces. */
const NATIONAL_READER = 'police-national-reader';
const SCOPES = [[HOME], [HOME, THIRD]];
/** The references of the seeded cases: a search for the common prefix would find every province's. */
const SEARCH_PREFIX = 'scoped-search';
const seededReference = (province: string, i: number) => `SCOPED-SEARCH-${PROVINCES.indexOf(province)}-${i}`;

const COLLECTIONS = routesOfModuleGraph(casetrailAppModule()).filter(
  (r) => r.method === 'GET' && pathParameters(r.path).length === 0 && r.policy !== undefined && 'roles' in r.policy,
);
const CELLS: [string, RouteEntry, Role, string[]][] = COLLECTIONS.flatMap((route) =>
  (route.policy && 'roles' in route.policy ? route.policy.roles : []).flatMap((role) =>
    SCOPES.map((scope) => [`${routeKey(route)} as ${role} scoped to ${scope.join('+')}`, route, role, scope] as [string, RouteEntry, Role, string[]]),
  ),
);

type Ids = { caseId: string; suspectId: string; victimId: string };

describe('scoped reads: lists, exports and statistics show nothing from outside the scope', () => {
  let app: EmbeddedApp;
  let world: SecurityWorld;
  const seeded = new Map<string, Ids[]>();

  const idsOutside = (scope: string[]) =>
    [...seeded.entries()].filter(([p]) => !scope.includes(p)).flatMap(([, cases]) => cases.flatMap((c) => [c.caseId, c.suspectId, c.victimId]));

  const reader = async (role: Role, provinces: string[], user?: string) => new PoliceCaseDriver(app.http, await app.token(role, provinces, undefined, user));

  beforeAll(async () => {
    app = await startEmbeddedApp({ env: { CASETRAIL_RATE_LIMIT_PER_MINUTE: '100000' } });
    world = await SecurityWorld.start(app);
    for (const province of PROVINCES) {
      const police = await world.police(province);
      const cases: Ids[] = [];
      for (let i = 0; i < SEEDED[province]; i++) {
        const caseId = await police.open({ ...openCaseBody(province), reference: seededReference(province, i) });
        const suspectId = await police.suspect(caseId, { ...SUSPECT_BODY, personal: { fullName: `Synthetic Suspect ${province} ${i}` } });
        await police.arrest(caseId, suspectId, '2020-03-16');
        const victimId = await police.victim(caseId, { ...VICTIM_BODY, ageAtRescue: 10 + i, personal: { fullName: `Synthetic Victim ${province} ${i}` } });
        cases.push({ caseId, suspectId, victimId });
      }
      seeded.set(province, cases);
      // The shared fixtures of the world are records of the province too.
      const shared = await world.sharedRecords(province);
      cases.push({ caseId: shared['caseId'], suspectId: shared['suspectId'], victimId: shared['victimId'] });
    }
    const national = await reader('police', ['*'], NATIONAL_READER);
    for (const cases of seeded.values()) {
      for (const c of cases) expect((await national.get(`/api/enforcement/cases/${c.caseId}`)).status).toBe(200);
    }
  });
  afterAll(async () => {
    await app.destroy();
  });

  it('covers the collection routes of every context', () => {
    expect(COLLECTIONS.map(routeKey)).toEqual(expect.arrayContaining(['GET /api/enforcement/cases', 'GET /api/statistics/law-enforcement']));
  });

  it.each(CELLS)('%s: nothing from outside', async (_name, route, role, scope) => {
    const operation = world.operation(route);
    const names = new Set((operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name));
    const base = requiredQuery(world.document, operation);
    const variants: Record<string, string>[] = [
      base,
      { ...base, ...(await world.recordFilters(operation, HOME)) },
      { ...base, ...(await world.recordFilters(operation, AWAY)) },
      ...(names.has('userId') ? [{ ...base, userId: NATIONAL_READER }] : []),
      ...(names.has('province') ? [{ ...base, province: AWAY }] : []),
      ...(names.has('unit') ? [{ ...base, unit: `police-${AWAY}` }] : []),
      // A search whose text every province's records match: the answer still holds only the scope's.
      ...(names.has('reference') ? [{ ...base, reference: SEARCH_PREFIX }] : []),
    ];
    const withFormats = names.has('format') ? variants.flatMap((v) => [v, { ...v, format: 'csv' }]) : variants;
    const token = await app.token(role, scope);
    const outsideProvinces = PROVINCES.filter((p) => !scope.includes(p));
    let answered = 0;
    const leaks: string[] = [];
    for (const query of withFormats) {
      const url = `${route.path}?${new URLSearchParams(query).toString()}`;
      const res = await request(app.http).get(url).set('Authorization', `Bearer ${token}`).buffer(true).parse((r, done) => {
        let text = '';
        r.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        r.on('end', () => done(null, text));
      });
      expect({ url, status: res.status, server: res.status >= 500 }).toEqual({ url, status: res.status, server: false });
      if (res.status < 200 || res.status >= 300) continue;
      answered++;
      const found = leaksIn(res.body as string, res.headers['content-type'], { outsideIds: idsOutside(scope), outsideProvinces, scope, echoed: [query['province'], query['unit']].filter((v): v is string => Boolean(v)) });
      leaks.push(...found.map((leak) => `${url}: ${leak}`));
    }
    expect(leaks).toEqual([]);
    // Not vacuous: the route answered some of the reads.
    expect(answered).toBeGreaterThan(0);
  });

  describe('police case list', () => {
    it('holds exactly the in-scope cases for a provincial reader', async () => {
      const national = await reader('auditor', ['*']);
      const provincial = await reader('auditor', [HOME]);
      const own = await provincial.get('/api/enforcement/cases?pageSize=200');
      const home = await national.get(`/api/enforcement/cases?pageSize=200&province=${HOME}`);
      const all = await national.get('/api/enforcement/cases?pageSize=200');
      expect(own.body.items.every((i: { province: string }) => i.province === HOME)).toBe(true);
      expect(own.body.total).toBe(home.body.total);
      expect(own.body.total).toBeGreaterThanOrEqual(SEEDED[HOME]);
      expect(all.body.total).toBeGreaterThan(own.body.total);
      expect((await provincial.get(`/api/enforcement/cases?province=${AWAY}`)).body).toMatchObject({ items: [], total: 0 });
      expect((await provincial.get(`/api/enforcement/cases?unit=police-${AWAY}`)).body).toMatchObject({ items: [], total: 0 });
    });

    it('finds by reference only the in-scope cases, though the text matches cases of every province', async () => {
      const national = await reader('auditor', ['*']);
      const provincial = await reader('auditor', [HOME]);
      const all = await national.get(`/api/enforcement/cases?pageSize=200&reference=${SEARCH_PREFIX}`);
      expect(all.body.total).toBe(Object.values(SEEDED).reduce((a, b) => a + b, 0));
      const own = await provincial.get(`/api/enforcement/cases?pageSize=200&reference=${SEARCH_PREFIX}`);
      expect(own.body.total).toBe(SEEDED[HOME]);
      expect(own.body.items.every((i: { province: string }) => i.province === HOME)).toBe(true);
      const away = await provincial.get(`/api/enforcement/cases?reference=${seededReference(AWAY, 0)}`);
      expect(away.body).toMatchObject({ items: [], total: 0 });
    });
  });

  describe('protection case list', () => {
    const LIST = '/api/protection/cases?pageSize=200';
    const personIds = (body: { items: { personId: string }[] }) => new Set(body.items.map((i) => i.personId));
    /**
     * The protection cases of the shared records: the victim the police handed over, and the
     * person screened at the province's intake place and referred to its partner (the case
     * protection's reactor opened for them, in the screening's province: HOME's at Doung, the
     * others' at Poipet, in Banteay Meanchey).
     */
    const handedOver = (provinces: string[]) =>
      new Set(provinces.flatMap((p) => [seeded.get(p)!.at(-1)!.victimId, ...(p === HOME ? [screenedIn[p]!] : [])]));
    const everyCase = () => new Set([...handedOver(PROVINCES), ...PROVINCES.map((p) => screenedIn[p]!)]);
    const referredTo = (provinces: string[]) => new Set([...handedOver(provinces), ...provinces.map((p) => screenedIn[p]!)]);
    const screenedIn: Record<string, string> = {};
    beforeAll(async () => {
      for (const p of PROVINCES) screenedIn[p] = (await world.sharedRecords(p))['screenedPersonId'];
    });

    it('holds exactly the cases of the provinces of a social worker or an auditor', async () => {
      for (const role of ['social_worker', 'auditor'] as const) {
        const own = await (await reader(role, [HOME])).get(LIST);
        expect({ role, ids: personIds(own.body) }).toEqual({ role, ids: handedOver([HOME]) });
        expect((await (await reader(role, [HOME])).get(`${LIST}&province=${AWAY}`)).body).toMatchObject({ items: [], total: 0 });
        expect({ role, ids: personIds((await (await reader(role, ['*'])).get(LIST)).body) }).toEqual({ role, ids: everyCase() });
      }
    });

    it("holds exactly the cases referred to a partner worker's organisation, whatever the token's provinces", async () => {
      const partner = async (unit: string, provinces: string[]) => new PoliceCaseDriver(app.http, await app.token('partner_worker', provinces, unit));
      // The shared case of HOME is referred to ngo-cwcc, those of the other provinces to ngo-aple.
      expect(personIds((await (await partner('ngo-cwcc', ['*'])).get(LIST)).body)).toEqual(referredTo([HOME]));
      expect(personIds((await (await partner('ngo-aple', [HOME])).get(LIST)).body)).toEqual(referredTo([AWAY, THIRD]));
      expect(personIds((await (await partner('ngo-a21', ['*'])).get(LIST)).body)).toEqual(new Set());
      // No unit, no organisation: nothing.
      expect((await (await reader('partner_worker', ['*'])).get(LIST)).body).toMatchObject({ items: [], total: 0 });
    });
  });

  describe('intake lists', () => {
    const shared = async (provinces: string[], key: string) => new Set(await Promise.all(provinces.map(async (p) => (await world.sharedRecords(p))[key])));
    const ids = (body: { items: Record<string, string>[] }, key: string) => new Set(body.items.map((i) => i[key]));

    it("hold exactly the receptions, screenings and bodies of a border official's or an auditor's provinces", async () => {
      const lists = [
        ['/api/intake/receptions?pageSize=200', 'receptionId'],
        ['/api/intake/screenings?pageSize=200', 'personId'],
        ['/api/intake/bodies?pageSize=200', 'bodyId'],
      ] as const;
      const nationalReader = await reader('auditor', ['*']);
      for (const role of ['border_official', 'auditor'] as const) {
        const own = await reader(role, [HOME]);
        for (const [list, key] of lists) {
          const mine = (await own.get(list)).body as { items: Record<string, string>[] };
          const home = (await nationalReader.get(`${list}&province=${HOME}`)).body as { items: Record<string, string>[] };
          expect({ role, list, ids: ids(mine, key) }).toEqual({ role, list, ids: ids(home, key) });
          expect({ role, list, provinces: new Set(mine.items.map((i) => i['province'])) }).toEqual({ role, list, provinces: new Set([HOME]) });
        }
        expect(ids((await own.get('/api/intake/screenings?pageSize=200')).body, 'personId')).toEqual(await shared([HOME], 'screenedPersonId'));
        expect((await own.get('/api/intake/receptions?province=banteay-meanchey')).body).toMatchObject({ items: [], total: 0 });
        const national = await reader(role, ['*']);
        expect({ role, ids: ids((await national.get('/api/intake/screenings?pageSize=200')).body, 'personId') }).toEqual({ role, ids: await shared(PROVINCES, 'screenedPersonId') });
      }
    });

    it("hold exactly the persons referred to a partner worker's organisation, and the referrals addressed to it", async () => {
      const partner = async (unit: string, provinces: string[]) => new PoliceCaseDriver(app.http, await app.token('partner_worker', provinces, unit));
      // The shared person of HOME is referred to ngo-cwcc, those of the other provinces to ngo-aple.
      expect(ids((await (await partner('ngo-cwcc', ['*'])).get('/api/intake/screenings?pageSize=200')).body, 'personId')).toEqual(await shared([HOME], 'screenedPersonId'));
      expect(ids((await (await partner('ngo-aple', [HOME])).get('/api/intake/screenings?pageSize=200')).body, 'personId')).toEqual(await shared([AWAY, THIRD], 'screenedPersonId'));
      expect(ids((await (await partner('ngo-aple', [HOME])).get('/api/intake/referrals?pageSize=200')).body, 'personId')).toEqual(await shared([AWAY, THIRD], 'screenedPersonId'));
      expect((await (await partner('ngo-a21', ['*'])).get('/api/intake/screenings')).body).toMatchObject({ items: [], total: 0 });
      expect((await (await reader('partner_worker', ['*'])).get('/api/intake/referrals')).body).toMatchObject({ items: [], total: 0 });
    });
  });

  describe('access audit', () => {
    it("shows a provincial auditor the reads of their province's records only, all of them", async () => {
      const url = `/api/audit/access?pageSize=200&userId=${NATIONAL_READER}`;
      const national = await (await reader('auditor', ['*'])).get(url);
      const provincial = await (await reader('auditor', [HOME])).get(url);
      expect([national.status, provincial.status]).toEqual([200, 200]);
      const readCases = (body: { items: { recordId: string }[] }) => new Set(body.items.map((i) => i.recordId));
      expect(readCases(provincial.body)).toEqual(new Set(seeded.get(HOME)!.map((c) => c.caseId)));
      expect(readCases(national.body)).toEqual(new Set([...seeded.values()].flat().map((c) => c.caseId)));
    });
  });

  describe('law-enforcement statistics', () => {
    const TABLE = '/api/statistics/law-enforcement?year=2020';
    const total = (body: { rows: { level: string; current: Record<string, number> }[] }) => body.rows.find((r) => r.level === 'total')!.current;

    it('gives a provincial reader the table of their province, in JSON and CSV', async () => {
      const national = await reader('statistician', ['*']);
      const provincial = await reader('statistician', [HOME]);
      const own = await provincial.get(TABLE);
      const home = await national.get(`${TABLE}&province=${HOME}`);
      const all = await national.get(TABLE);
      expect(own.body.rows).toEqual(home.body.rows);
      expect(own.body.provinces).toEqual([HOME]);
      expect(total(all.body).cases).toBeGreaterThan(total(own.body).cases);
      const ownCsv = await provincial.get(`${TABLE}&format=csv`);
      const homeCsv = await national.get(`${TABLE}&province=${HOME}&format=csv`);
      expect(ownCsv.status).toBe(200);
      // The same figures; the province column differs (empty when no province was asked for).
      const figures = (csv: string) => csv.split('\r\n').map((line) => line.split(',').filter((_, i) => i !== 2).join(','));
      expect(figures(ownCsv.text)).toEqual(figures(homeCsv.text));
    });

    it('sums exactly the provinces of a multi-province reader', async () => {
      const national = await reader('statistician', ['*']);
      const two = await reader('statistician', [HOME, THIRD]);
      const cases = async (province: string) => total((await national.get(`${TABLE}&province=${province}`)).body).cases;
      expect(total((await two.get(TABLE)).body).cases).toBe((await cases(HOME)) + (await cases(THIRD)));
    });

    it('answers a drill-down outside the scope with 404 (by province) or nothing (by unit)', async () => {
      const provincial = await reader('statistician', [HOME]);
      expect((await provincial.get(`${TABLE}&province=${AWAY}`)).status).toBe(404);
      const byUnit = await provincial.get(`${TABLE}&unit=police-${AWAY}`);
      expect(byUnit.status).toBe(200);
      expect(Object.values(total(byUnit.body)).every((n) => n === 0)).toBe(true);
    });
  });
});

import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { EventStore, RecordedEvent } from '@casetrail/event-sourcing';
import { ACCESS_POLICY, EVENT_STORE, USER_ID_MAX_LENGTH, type AccessPolicy } from '@casetrail/platform-nest';
import { startEmbeddedApp, type EmbeddedApp } from '../support/embedded-app';
import { PoliceCaseDriver } from '../support/police-case-driver';

/*
 * The proof of the access audit: every read that shows names or birth dates is recorded
 * (who, what record, whose data by id, when, which route) as an event of its own BEFORE the answer
 * is sent; auditors list accesses by record and by user within their scope, read-only, and the
 * list names no one.
 */

type Role = Parameters<EmbeddedApp['token']>[0];

const OFFICER = 'officer-audit-e2e';
const CASE_ROUTE = 'GET /api/enforcement/cases/:caseId';
const HISTORY_ROUTE = 'GET /api/enforcement/cases/:caseId/history';

describe('access audit of identifying data (embedded runtime, SQLite on disk)', () => {
  let app: EmbeddedApp;
  let police: PoliceCaseDriver;
  let store: EventStore;
  let caseId: string;
  let suspectId: string;
  let victimId: string;
  /** Synthetic canaries: must appear in the police view, never in an audit answer. */
  const suspectName = `CANARY-SUSPECT-${randomUUID()}`;
  const victimName = `CANARY-VICTIM-${randomUUID()}`;
  const birthDate = '1987-02-13';

  const driver = async (role: Role, provinces: string[], user = `${role}-audit-e2e`, unit?: string) =>
    new PoliceCaseDriver(app.http, await app.token(role, provinces, unit, user));
  const accessesOf = (userId: string): Promise<RecordedEvent[]> => store.readStream(`audit-access-${userId}`);
  const allAccesses = async () => (await store.readAll({ maxCount: 100_000 })).filter((e) => e.type === 'audit.PersonalDataAccessed');

  beforeAll(async () => {
    app = await startEmbeddedApp();
    store = app.app.get<EventStore>(EVENT_STORE);
    police = await driver('police', ['battambang'], OFFICER, 'police-battambang');
    caseId = await police.open();
    suspectId = await police.suspect(caseId, { ageAtIdentification: undefined, birthDate, personal: { fullName: suspectName } });
    victimId = await police.victim(caseId, { personal: { fullName: victimName } });
  });
  afterAll(async () => {
    await app?.destroy();
  });

  it('records a police read with names as one access event (who, record, whose data, when, route) before answering', async () => {
    expect(await accessesOf(OFFICER)).toEqual([]);
    const before = Date.now();
    const view = await request(app.http)
      .get(`/api/enforcement/cases/${caseId}`)
      .set('Authorization', `Bearer ${await app.token('police', ['battambang'], 'police-battambang', OFFICER)}`)
      .set('X-Correlation-Id', 'corr-audit-e2e-1')
      .set('X-Access-Purpose', 'Preparing the prosecution file');
    expect(view.status).toBe(200);
    expect(view.text).toContain(suspectName);
    expect(view.text).toContain(victimName);

    const recorded = await accessesOf(OFFICER);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({
      type: 'audit.PersonalDataAccessed',
      data: {
        recordType: 'police-case',
        recordId: caseId,
        recordProvince: 'battambang',
        personIds: [suspectId, victimId],
        route: CASE_ROUTE,
        purpose: 'Preparing the prosecution file',
      },
      actor: { userId: OFFICER, role: 'police', unit: 'police-battambang', province: 'battambang' },
      correlationId: 'corr-audit-e2e-1',
    });
    expect(Date.parse(recorded[0].recordedAt)).toBeGreaterThanOrEqual(before - 1000);
    // The event names no one: ids only.
    const stored = JSON.stringify(recorded);
    for (const secret of [suspectName, victimName, birthDate]) expect(stored).not.toContain(secret);
  });

  it('records the history and an as-of read too, each under its route', async () => {
    expect((await police.get(`/api/enforcement/cases/${caseId}/history`)).text).toContain(suspectName);
    const asOf = await police.get(`/api/enforcement/cases/${caseId}?asOf=${encodeURIComponent(new Date().toISOString())}`);
    expect(asOf.status).toBe(200);
    const routes = (await accessesOf(OFFICER)).map((e) => (e.data as { route: string }).route);
    expect(routes).toEqual([CASE_ROUTE, HISTORY_ROUTE, CASE_ROUTE]);
  });

  it('records nothing for restricted views (admin, auditor) nor for a case that holds no identifying data', async () => {
    const before = (await allAccesses()).length;
    for (const role of ['admin', 'auditor'] as const) {
      const reader = await driver(role, ['*']);
      const view = await reader.get(`/api/enforcement/cases/${caseId}`);
      expect(view.status).toBe(200);
      expect(view.text).not.toContain(suspectName);
      expect(view.body.state.suspects[suspectId].personal).toEqual({ restricted: true });
      expect((await reader.get(`/api/enforcement/cases/${caseId}/history`)).status).toBe(200);
      expect(await accessesOf(`${role}-audit-e2e`)).toEqual([]);
    }
    const plain = await police.open();
    await police.suspect(plain); // an age only: nothing sealed
    expect((await police.get(`/api/enforcement/cases/${plain}`)).status).toBe(200);
    expect((await allAccesses()).length).toBe(before);
  });

  it('refuses the read with 503 and discloses nothing when the access cannot be recorded', async () => {
    const before = (await accessesOf(OFFICER)).length;
    const append = jest.spyOn(store, 'append').mockRejectedValueOnce(new Error('disk full (simulated)'));
    try {
      const view = await police.get(`/api/enforcement/cases/${caseId}`);
      expect(view.status).toBe(503);
      expect(view.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(view.text).not.toContain(suspectName);
      expect(view.text).not.toContain(victimName);
    } finally {
      append.mockRestore();
    }
    expect(await accessesOf(OFFICER)).toHaveLength(before);
  });

  it('lets a national auditor list accesses by record and by user, newest first, naming no one', async () => {
    const auditor = await driver('auditor', ['*'], 'auditor-national');
    const byRecord = await auditor.get(`/api/audit/access?recordId=${caseId}`);
    expect(byRecord.status).toBe(200);
    expect(byRecord.headers['cache-control']).toBe('no-store');
    expect(byRecord.body).toMatchObject({ total: 3, page: 1, pageSize: 50 });
    expect(byRecord.body.items.map((i: { route: string }) => i.route)).toEqual([CASE_ROUTE, HISTORY_ROUTE, CASE_ROUTE]);
    expect(byRecord.body.items[2]).toEqual({
      accessId: expect.any(String),
      userId: OFFICER,
      role: 'police',
      unit: 'police-battambang',
      recordType: 'police-case',
      recordId: caseId,
      recordProvince: 'battambang',
      personIds: [suspectId, victimId],
      route: CASE_ROUTE,
      purpose: 'Preparing the prosecution file',
      at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      correlationId: 'corr-audit-e2e-1',
    });

    const byUser = await auditor.get(`/api/audit/access?userId=${OFFICER}&pageSize=2&page=1`);
    expect(byUser.status).toBe(200);
    expect(byUser.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(byUser.body.items).toEqual(byRecord.body.items.slice(0, 2));
    const byPerson = await auditor.get(`/api/audit/access?recordId=${caseId}&personId=${victimId}`);
    expect(byPerson.body.total).toBe(3);

    // An admin may list too; whatever the filter, no name and no birth date is ever in the answer.
    const admin = await driver('admin', ['*']);
    const adminList = await admin.get(`/api/audit/access?recordId=${caseId}`);
    expect(adminList.status).toBe(200);
    for (const res of [byRecord, byUser, byPerson, adminList]) {
      for (const secret of [suspectName, victimName, birthDate]) expect(res.text).not.toContain(secret);
    }
  });

  it("shows a provincial auditor of another province nothing about this case's accesses", async () => {
    const kampot = await driver('auditor', ['kampot'], 'auditor-kampot');
    const byRecord = await kampot.get(`/api/audit/access?recordId=${caseId}`);
    expect(byRecord.status).toBe(200);
    expect(byRecord.body).toMatchObject({ items: [], total: 0 });
    expect((await kampot.get(`/api/audit/access?userId=${OFFICER}`)).body).toMatchObject({ items: [], total: 0 });
    // A provincial auditor of the case's own province does see them.
    const battambang = await driver('auditor', ['battambang'], 'auditor-battambang');
    expect((await battambang.get(`/api/audit/access?recordId=${caseId}`)).body.total).toBe(3);
  });

  it('validates the audit query as problem+json naming the fields', async () => {
    const auditor = await driver('auditor', ['*']);
    const none = await auditor.get('/api/audit/access');
    expect(none.status).toBe(400);
    expect(none.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(none.body.errors.map((e: { field: string }) => e.field)).toEqual(['recordId', 'userId']);
    const bad = await auditor.get(`/api/audit/access?recordId=${caseId}&pageSize=201&name=x`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['(query)', 'pageSize']);
  });

  it('lists by user every user id a token may carry, and refuses in the query exactly what a token may not carry', async () => {
    const officer = await driver('police', ['battambang'], 'officer-user-ids-e2e', 'police-battambang');
    const other = await officer.open();
    await officer.suspect(other, { personal: { fullName: `CANARY-${randomUUID()}` } });
    const auditor = await driver('auditor', ['*'], 'auditor-user-ids-e2e');
    const accepted = ['Sokha Chan+field@interior.gov.kh', 'សុខា.ចាន់', '_svc:seed/loader', 'u'.repeat(USER_ID_MAX_LENGTH)];
    for (const userId of accepted) {
      const reader = await driver('police', ['battambang'], userId, 'police-battambang');
      expect((await reader.get(`/api/enforcement/cases/${other}`)).status).toBe(200);
      const byUser = await auditor.get(`/api/audit/access?userId=${encodeURIComponent(userId)}`);
      expect(byUser.status).toBe(200);
      expect(byUser.body.items.map((i: { userId: string; recordId: string }) => [i.userId, i.recordId])).toEqual([[userId, other]]);
    }
    for (const userId of ['u'.repeat(USER_ID_MAX_LENGTH + 1), 'officer\u00071', 'officer\u202e1']) {
      const reader = await driver('police', ['battambang'], userId, 'police-battambang');
      expect((await reader.get(`/api/enforcement/cases/${other}`)).status).toBe(401);
      const byUser = await auditor.get(`/api/audit/access?userId=${encodeURIComponent(userId)}`);
      expect(byUser.status).toBe(400);
      expect(byUser.body.errors.map((e: { field: string }) => e.field)).toEqual(['userId']);
      expect(byUser.text).not.toContain(userId);
    }
  });

  it('keeps statisticians and police out of the audit routes, and auditors off every write route', async () => {
    for (const role of ['statistician', 'police', 'prosecutor'] as const) {
      const res = await (await driver(role, ['*'])).get(`/api/audit/access?recordId=${caseId}`);
      expect(res.status).toBe(403);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    const auditor = await driver('auditor', ['*']);
    expect((await auditor.post('/api/enforcement/cases', { province: 'battambang' })).status).toBe(403);
    expect((await auditor.post(`/api/enforcement/cases/${caseId}/forward`, { forwardedOn: '2020-03-20' })).status).toBe(403);
    expect((await auditor.post(`/api/admin/persons/${suspectId}/forget`, { reason: 'Erasure request (synthetic test)' })).status).toBe(403);
  });

  it('declares no route other than GET that an auditor may use (the whole route table)', () => {
    const writeRoutesForAuditors: string[] = [];
    let routes = 0;
    for (const module of app.app.get(ModulesContainer).values()) {
      for (const controller of module.controllers.values()) {
        const type = controller.metatype as (new (...args: never[]) => unknown) | null;
        if (!type) continue;
        const classPolicy = Reflect.getMetadata(ACCESS_POLICY, type) as AccessPolicy | undefined;
        for (const name of Object.getOwnPropertyNames(type.prototype)) {
          const handler = (type.prototype as Record<string, unknown>)[name];
          if (name === 'constructor' || typeof handler !== 'function') continue;
          const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
          if (method === undefined) continue;
          routes += 1;
          const policy = (Reflect.getMetadata(ACCESS_POLICY, handler) as AccessPolicy | undefined) ?? classPolicy;
          const auditorMay = policy !== undefined && ('public' in policy || policy.roles.includes('auditor'));
          const route = `${RequestMethod[method]} ${String(Reflect.getMetadata(PATH_METADATA, type))}/${String(Reflect.getMetadata(PATH_METADATA, handler))}`;
          // Signing in is a public POST that writes no record (it answers a token for the caller's own account).
          if (route === 'POST api/session//') continue;
          if (auditorMay && method !== RequestMethod.GET && method !== RequestMethod.HEAD) writeRoutesForAuditors.push(route);
        }
      }
    }
    expect(routes).toBeGreaterThan(10);
    expect(writeRoutesForAuditors).toEqual([]);
  });

  it('records nothing once every identified person of the case was forgotten', async () => {
    const officer = await driver('police', ['battambang'], 'officer-forget-audit-e2e', 'police-battambang');
    const lone = await officer.open();
    const loneSuspect = await officer.suspect(lone, { personal: { fullName: `CANARY-${randomUUID()}` } });
    const admin = await driver('admin', ['*']);
    expect((await admin.post(`/api/admin/persons/${loneSuspect}/forget`, { reason: 'Erasure request (synthetic test)' })).status).toBe(200);
    const view = await officer.get(`/api/enforcement/cases/${lone}`);
    expect(view.body.state.suspects[loneSuspect].personal).toEqual({ forgotten: true });
    expect(await accessesOf('officer-forget-audit-e2e')).toEqual([]);
  });

  it('documents the audit route in OpenAPI with an example', async () => {
    const docs = await request(app.http).get('/docs/openapi.json');
    const list = docs.body.paths['/api/audit/access']?.get;
    expect(list).toBeDefined();
    expect(Object.keys(docs.body.paths['/api/audit/access'])).toEqual(['get']);
    expect(list.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['recordId', 'userId', 'personId', 'page', 'pageSize']));
    expect(list.responses['200'].content['application/json'].example.items[0].route).toBe(CASE_ROUTE);
    expect(Object.keys(list.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '403']));
  });
});

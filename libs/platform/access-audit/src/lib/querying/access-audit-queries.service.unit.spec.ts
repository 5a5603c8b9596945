import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA } from '@nestjs/common/constants';
import { InMemoryEventStore } from '@casetrail/event-store-memory';
import { ANY_REVISION } from '@casetrail/event-sourcing';
import { ACCESS_POLICY, FieldValidationException, type AuthenticatedUser, type ProjectionHost } from '@casetrail/platform-nest';
import { InMemoryReadModelStore, ProjectionRunner, type Projection } from '@casetrail/read-models';
import { AccessAuditEventType } from '../events/access-audit.events';
import { personalDataAccessProjection } from '../read-model/personal-data-access.projection';
import { AccessAuditController } from './access-audit.controller';
import { AccessAuditQueriesService } from './access-audit-queries.service';
import { ListAccessesQuery } from './list-accesses.query';

const CASE_B = '6f1c2b1e-8a53-4c39-9d55-0c1f5b7b2f10';
const CASE_K = '7a2d3c4e-9b64-4d4a-8e66-1d2c6b8c3f21';
const ANNA = 'b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f';
const BORA = 'c2e8a6b3-1d4f-4e2a-8b7c-6a5d4c3b2a10';

const national: AuthenticatedUser = { userId: 'auditor-n', role: 'auditor', provinces: 'all' };
const kampot: AuthenticatedUser = { userId: 'auditor-k', role: 'auditor', provinces: ['kampot'] };

function query(fields: Partial<ListAccessesQuery>): ListAccessesQuery {
  return Object.assign(new ListAccessesQuery(), fields);
}

describe('AccessAuditQueriesService', () => {
  let service: AccessAuditQueriesService;
  beforeAll(async () => {
    let minute = 0;
    const events = new InMemoryEventStore(() => new Date(Date.UTC(2021, 2, 2, 4, minute++)));
    const access = async (userId: string, recordId: string, recordProvince: string, personIds: string[]) =>
      events.append(
        `audit-access-${userId}`,
        [
          {
            eventId: globalThis.crypto.randomUUID(),
            type: AccessAuditEventType.PersonalDataAccessed,
            schemaVersion: 1,
            data: { recordType: 'police-case', recordId, recordProvince, personIds, route: 'GET /api/enforcement/cases/:caseId' },
            actor: { userId, role: 'police', province: recordProvince },
            correlationId: globalThis.crypto.randomUUID(),
            causationId: null,
            occurredAt: new Date().toISOString(),
          },
        ],
        ANY_REVISION,
      );
    await access('officer-b', CASE_B, 'battambang', [ANNA]);
    await access('officer-b', CASE_B, 'battambang', [ANNA, BORA]);
    await access('officer-n', CASE_K, 'kampot', [BORA]);
    await access('officer-n', CASE_B, 'battambang', [BORA]);
    const readModels = new InMemoryReadModelStore();
    await new ProjectionRunner(readModels, [personalDataAccessProjection as Projection<unknown>]).catchUp(events);
    const host = { waitUntilCurrent: () => Promise.resolve() } as unknown as ProjectionHost;
    service = new AccessAuditQueriesService(readModels, host);
  });

  it('lists accesses to a record, newest first, with ids only', async () => {
    const page = await service.list(national, query({ recordId: CASE_B }));
    expect(page.total).toBe(3);
    expect(page.items.map((i) => [i.userId, i.personIds])).toEqual([
      ['officer-n', [BORA]],
      ['officer-b', [ANNA, BORA]],
      ['officer-b', [ANNA]],
    ]);
    expect(Object.keys(page.items[0]).sort()).toEqual(
      ['accessId', 'at', 'correlationId', 'personIds', 'purpose', 'recordId', 'recordProvince', 'recordType', 'role', 'route', 'unit', 'userId'],
    );
  });

  it("lists a user's accesses, pages them, and narrows to one person", async () => {
    expect((await service.list(national, query({ userId: 'officer-n' }))).items.map((i) => i.recordId)).toEqual([CASE_B, CASE_K]);
    const second = await service.list(national, query({ userId: 'officer-b', page: 2, pageSize: 1 }));
    expect(second).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(second.items[0].personIds).toEqual([ANNA]);
    expect((await service.list(national, query({ recordId: CASE_B, personId: BORA }))).total).toBe(2);
  });

  it("shows a provincial auditor only accesses to records of the auditor's provinces", async () => {
    expect((await service.list(kampot, query({ recordId: CASE_B }))).total).toBe(0);
    const byUser = await service.list(kampot, query({ userId: 'officer-n' }));
    expect(byUser.items.map((i) => i.recordId)).toEqual([CASE_K]);
  });

  it('requires a record or a user, naming both fields', async () => {
    const refused = service.list(national, query({ personId: ANNA }));
    await expect(refused).rejects.toBeInstanceOf(FieldValidationException);
    await expect(refused).rejects.toMatchObject({ fields: [{ field: 'recordId' }, { field: 'userId' }] });
  });
});

describe('AccessAuditController', () => {
  it('is read-only and for auditors and admins only', () => {
    expect(Reflect.getMetadata(ACCESS_POLICY, AccessAuditController)).toEqual({ roles: ['auditor', 'admin'] });
    const handlers = Object.getOwnPropertyNames(AccessAuditController.prototype).filter((name) => name !== 'constructor');
    expect(handlers.length).toBeGreaterThan(0);
    for (const name of handlers) {
      const handler = (AccessAuditController.prototype as unknown as Record<string, object>)[name];
      expect(Reflect.getMetadata(METHOD_METADATA, handler)).toBe(RequestMethod.GET);
    }
  });
});

import { Logger, ServiceUnavailableException } from '@nestjs/common';
import { InMemoryEventStore } from '@casetrail/event-store-memory';
import { EventTypeRegistry, RegistryEventStore, type EventStore } from '@casetrail/event-sourcing';
import { HostedContexts, type AuthenticatedUser } from '@casetrail/platform-nest';
import { accessAuditEventTypes } from '../events/access-audit.events';
import { AccessRecorder, type PersonalDataAccess } from './access-recorder.service';

const registry = new EventTypeRegistry().register(...accessAuditEventTypes);
// A process hosting one context that declares `police-case` as an audited record type.
const hosted = new HostedContexts([{ name: 'enforcement', module: class {}, owns: [], auditedRecordTypes: ['police-case'] }]);
const officer: AuthenticatedUser = { userId: 'officer-1', role: 'police', unit: 'police-national', provinces: 'all' };
const access: PersonalDataAccess = {
  recordType: 'police-case',
  recordId: '6f1c2b1e-8a53-4c39-9d55-0c1f5b7b2f10',
  recordProvince: 'battambang',
  personIds: ['b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f'],
  route: 'GET /api/enforcement/cases/:caseId',
};

describe('AccessRecorder', () => {
  // The refusal is logged (class name only); keep the test output quiet.
  beforeAll(() => Logger.overrideLogger(false));
  let store: EventStore;
  let recorder: AccessRecorder;
  beforeEach(() => {
    store = new RegistryEventStore(new InMemoryEventStore(), registry);
    recorder = new AccessRecorder(store, registry, hosted);
  });

  it("appends one access event to the reader's own stream, actor acting for the record's province", async () => {
    await recorder.record(officer, access, { correlationId: 'req-1' });
    const [event, ...rest] = await store.readStream('audit-access-officer-1');
    expect(rest).toEqual([]);
    expect(event).toMatchObject({
      type: 'audit.PersonalDataAccessed',
      schemaVersion: 1,
      data: access,
      actor: { userId: 'officer-1', role: 'police', unit: 'police-national', province: 'battambang' },
      correlationId: 'req-1',
      causationId: null,
    });
  });

  it('records concurrent reads by one user without conflict', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => recorder.record(officer, access, { correlationId: `req-${i}` })));
    const events = await store.readStream('audit-access-officer-1');
    expect(events.map((e) => e.correlationId).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `req-${i}`).sort());
  });

  it('records nothing when nobody was disclosed', async () => {
    await recorder.record(officer, { ...access, personIds: [] }, { correlationId: 'req-1' });
    expect(await store.headPosition()).toBe(0);
  });

  it('refuses a record type no hosted context declares (a programming error, not a 503)', async () => {
    await expect(recorder.record(officer, { ...access, recordType: 'court-file' }, { correlationId: 'req-1' })).rejects.toThrow(/not declared/);
    expect(await store.headPosition()).toBe(0);
  });

  it('answers 503 when the access cannot be recorded (so the caller discloses nothing)', async () => {
    const failing = { append: () => Promise.reject(new Error('disk full')) } as unknown as EventStore;
    const refusing = new AccessRecorder(failing, registry, hosted);
    await expect(refusing.record(officer, access, { correlationId: 'req-1' })).rejects.toBeInstanceOf(ServiceUnavailableException);
    // Invalid data is refused by the registry, and refused the same way.
    await expect(recorder.record(officer, { ...access, route: 'not a route' }, { correlationId: 'req-2' })).rejects.toBeInstanceOf(
      ServiceUnavailableException,
    );
    expect(await store.headPosition()).toBe(0);
  });
});

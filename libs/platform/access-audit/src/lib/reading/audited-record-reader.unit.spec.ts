import { NotFoundException } from '@nestjs/common';
import { InMemoryEventStore } from '@casetrail/event-store-memory';
import { ANY_REVISION, EventTypeRegistry, type EventStore } from '@casetrail/event-sourcing';
import { HostedContexts, type AuthenticatedUser } from '@casetrail/platform-nest';
import { InMemoryPersonKeyStore, PersonalDataCipher } from '@casetrail/personal-data';
import { accessAuditEventTypes } from '../events/access-audit.events';
import { AccessRecorder } from '../recording/access-recorder.service';
import { AuditedRecordReader, asOfInstant, historyEntryOf, type AuditedRecordKind } from './audited-record-reader';

/* A toy record, a "dossier" in a province naming one person whose name is sealed. */
const DOSSIER: AuditedRecordKind = { recordType: 'dossier', noun: 'dossier', streamId: (id) => `toy-dossier-${id}`, rolesSeeingPersonalData: new Set(['police']) };
const registry = new EventTypeRegistry().register(...accessAuditEventTypes);
const hosted = new HostedContexts([{ name: 'toy', module: class {}, owns: [], auditedRecordTypes: ['dossier'] }]);
const request = { route: 'GET /api/toy/dossiers/:id', correlationId: 'corr-1', purpose: 'Checking' };
const reader = (role: string, provinces: AuthenticatedUser['provinces'] = ['battambang']) => ({ userId: `${role}-1`, role, provinces }) as unknown as AuthenticatedUser;

describe('AuditedRecordReader', () => {
  let store: EventStore;
  let keys: InMemoryPersonKeyStore;
  let records: AuditedRecordReader;
  beforeEach(async () => {
    store = new InMemoryEventStore();
    keys = new InMemoryPersonKeyStore();
    const cipher = new PersonalDataCipher(keys);
    records = new AuditedRecordReader(store, cipher, new AccessRecorder(store, registry, hosted));
    const personal = await cipher.seal('p-1', { fullName: 'Synthetic Person' });
    const event = (type: string, data: object) => ({
      eventId: globalThis.crypto.randomUUID(),
      type,
      schemaVersion: 1,
      data,
      actor: { userId: 'officer-1', role: 'police' },
      correlationId: 'c',
      causationId: null,
      occurredAt: '2020-01-01T00:00:00.000Z',
    });
    await store.append('toy-dossier-1', [event('toy.Opened', { province: 'battambang' }), event('toy.PersonAdded', { personId: 'p-1', personal })], ANY_REVISION);
  });
  const accesses = () => store.readStream('audit-access-police-1');

  it('opens personal data for a role that sees it, recording the access first', async () => {
    const events = await records.read(reader('police'), DOSSIER, '1', request);
    expect(events[1].data).toEqual({ personId: 'p-1', personal: { fullName: 'Synthetic Person' } });
    const [access, ...more] = await accesses();
    expect(more).toEqual([]);
    expect(access.data).toEqual({ recordType: 'dossier', recordId: '1', recordProvince: 'battambang', personIds: ['p-1'], route: request.route, purpose: 'Checking' });
    expect(access.correlationId).toBe('corr-1');
  });

  it('withholds it from every other role, and records nothing', async () => {
    const events = await records.read(reader('auditor'), DOSSIER, '1', request);
    expect(events[1].data).toEqual({ personId: 'p-1', personal: { restricted: true } });
    expect(await store.readStream('audit-access-auditor-1')).toEqual([]);
  });

  it('records nothing once the person is forgotten', async () => {
    await keys.destroyKey('p-1', 'erasure request', 'admin-1');
    const events = await records.read(reader('police'), DOSSIER, '1', request);
    expect(events[1].data).toEqual({ personId: 'p-1', personal: { forgotten: true } });
    expect(await accesses()).toEqual([]);
  });

  it('answers 404, recording nothing, for a record outside the scope, not started, or not yet started as of then', async () => {
    const refusals = [
      records.read(reader('police', ['kampot']), DOSSIER, '1', request),
      records.read(reader('police'), DOSSIER, '2', request),
      records.read(reader('police'), DOSSIER, '1', request, '2000-01-01T00:00:00Z'),
    ];
    for (const refusal of refusals) await expect(refusal).rejects.toEqual(new NotFoundException('No such dossier in your scope'));
    expect(await accesses()).toEqual([]);
  });

  it('states the as-of instant in UTC, and maps an event to a history entry', async () => {
    expect(asOfInstant('2020-06-30T23:59:59+07:00')).toBe('2020-06-30T16:59:59.000Z');
    expect(asOfInstant(undefined)).toBeNull();
    const [opened] = await records.read(reader('police'), DOSSIER, '1', request);
    expect(historyEntryOf(opened)).toEqual({
      revision: 0,
      globalPosition: opened.globalPosition,
      type: 'toy.Opened',
      schemaVersion: 1,
      occurredAt: '2020-01-01T00:00:00.000Z',
      recordedAt: opened.recordedAt,
      actor: { userId: 'officer-1', role: 'police' },
      correlationId: 'c',
      causationId: null,
      changes: { province: 'battambang' },
    });
  });

  describe('a kind open to units, with a rule of its own on personal data (referrals and consent)', () => {
    /* The toy's referrals are `toy.Referred` events naming a unit; its consent a `toy.Consented` listing the units that may see the name. */
    const REFERRED: AuditedRecordKind = {
      ...DOSSIER,
      rolesSeeingPersonalData: new Set(['police', 'partner_worker']),
      unitsOf: (events) => events.filter((e) => e.type === 'toy.Referred').map((e) => (e.data as { unit: string }).unit),
      personalDataVisibleTo: (user, events) => {
        if (user.role !== 'partner_worker') return true;
        const consent = events.filter((e) => e.type === 'toy.Consented').at(-1);
        return !!consent && (consent.data as { units: string[] }).units.includes(user.unit ?? '');
      },
    };
    const partner = (unit: string) => ({ userId: `worker-${unit}`, role: 'partner_worker', unit, provinces: 'all' }) as unknown as AuthenticatedUser;
    const append = (type: string, data: object) =>
      store.append(
        'toy-dossier-1',
        [{ eventId: globalThis.crypto.randomUUID(), type, schemaVersion: 1, data, actor: { userId: 'officer-1', role: 'police' }, correlationId: 'c', causationId: null, occurredAt: '2020-01-02T00:00:00.000Z' }],
        ANY_REVISION,
      );

    it('hides the record from a unit-scoped reader until it is referred to their unit (404), whatever their provinces', async () => {
      await expect(records.read(partner('ngo-a'), REFERRED, '1', request)).rejects.toBeInstanceOf(NotFoundException);
      await append('toy.Referred', { unit: 'ngo-a' });
      await expect(records.read(partner('ngo-b'), REFERRED, '1', request)).rejects.toBeInstanceOf(NotFoundException);
      await expect(records.read(partner('ngo-a'), REFERRED, '1', request)).resolves.toHaveLength(3);
      await expect(records.read(partner('ngo-a'), DOSSIER, '1', request)).rejects.toBeInstanceOf(NotFoundException);
    });

    it('withholds personal data where the rule says no, recording nothing; opens and records it where it says yes', async () => {
      await append('toy.Referred', { unit: 'ngo-a' });
      const withheld = await records.read(partner('ngo-a'), REFERRED, '1', request);
      expect(withheld[1].data).toEqual({ personId: 'p-1', personal: { restricted: true } });
      expect(await store.readStream('audit-access-worker-ngo-a')).toEqual([]);

      await append('toy.Consented', { units: ['ngo-a'] });
      const opened = await records.read(partner('ngo-a'), REFERRED, '1', request);
      expect(opened[1].data).toEqual({ personId: 'p-1', personal: { fullName: 'Synthetic Person' } });
      expect(await store.readStream('audit-access-worker-ngo-a')).toHaveLength(1);
      // Province-scoped roles keep their rule: the role alone.
      expect((await records.read(reader('police'), REFERRED, '1', request))[1].data).toEqual({ personId: 'p-1', personal: { fullName: 'Synthetic Person' } });
    });

    it('reads the referral and the consent as they stand now for a view as of an earlier instant', async () => {
      const before = new Date(Date.now() + 1000).toISOString();
      await new Promise((resolve) => setTimeout(resolve, 1100));
      await append('toy.Referred', { unit: 'ngo-a' });
      await append('toy.Consented', { units: [] });
      const asOf = await records.read(partner('ngo-a'), REFERRED, '1', request, before);
      expect(asOf.map((e) => e.type)).toEqual(['toy.Opened', 'toy.PersonAdded']);
      expect(asOf[1].data).toEqual({ personId: 'p-1', personal: { restricted: true } });
    });
  });
});

import { InMemoryEventStore } from '@casetrail/event-store-memory';
import { ANY_REVISION, type NewEvent } from '@casetrail/event-sourcing';
import { InMemoryReadModelStore, ProjectionRunner, type Projection } from '@casetrail/read-models';
import { AccessAuditEventType, type PersonalDataAccessedData } from '../events/access-audit.events';
import { personalDataAccessProjection, type PersonalDataAccessRecord } from './personal-data-access.projection';

const CASE = '6f1c2b1e-8a53-4c39-9d55-0c1f5b7b2f10';
const PERSON = 'b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f';

function accessed(eventId: string, userId: string, data: Partial<PersonalDataAccessedData> = {}): NewEvent {
  return {
    eventId,
    type: AccessAuditEventType.PersonalDataAccessed,
    schemaVersion: 1,
    data: { recordType: 'police-case', recordId: CASE, recordProvince: 'battambang', personIds: [PERSON], route: 'GET /api/enforcement/cases/:caseId', ...data },
    actor: { userId, role: 'police', unit: 'police-battambang', province: 'battambang' },
    correlationId: `corr-${eventId}`,
    causationId: null,
    occurredAt: '2021-03-02T04:05:06.000Z',
  };
}

describe('audit.personal-data-access projection', () => {
  it('keeps one document per access, fed by that one event, and a replay changes nothing', async () => {
    const events = new InMemoryEventStore(() => new Date('2021-03-02T04:05:07.000Z'));
    await events.append('audit-access-officer-1', [accessed('a-1', 'officer-1')], ANY_REVISION);
    await events.append('audit-access-officer-1', [accessed('a-2', 'officer-1', { route: 'GET /api/enforcement/cases/:caseId/history', purpose: 'Case review' })], ANY_REVISION);
    await events.append('audit-access-prosecutor-1', [accessed('a-3', 'prosecutor-1')], ANY_REVISION);
    const readModels = new InMemoryReadModelStore();
    const runner = new ProjectionRunner(readModels, [personalDataAccessProjection as Projection<unknown>]);
    await runner.catchUp(events);

    const docs = await readModels.find<PersonalDataAccessRecord>(personalDataAccessProjection.collection, {}, { sort: { position: 1 } });
    expect(docs.map((d) => d.id)).toEqual(['a-1', 'a-2', 'a-3']);
    expect(docs[1].data).toEqual({
      accessId: 'a-2',
      userId: 'officer-1',
      role: 'police',
      unit: 'police-battambang',
      recordType: 'police-case',
      recordId: CASE,
      recordProvince: 'battambang',
      personIds: [PERSON],
      persons: { [PERSON]: true },
      route: 'GET /api/enforcement/cases/:caseId/history',
      purpose: 'Case review',
      at: '2021-03-02T04:05:07.000Z',
      correlationId: 'corr-a-2',
      position: docs[1].data.position,
    });
    expect(docs[1].applied).toMatchObject({ streamId: 'audit-access-officer-1', streamRevision: 1 });

    // Redelivery of the whole log: nothing changes, not even a document version.
    const before = await readModels.find(personalDataAccessProjection.collection);
    await runner.applyBatch(await events.readAll());
    expect(await readModels.find(personalDataAccessProjection.collection)).toEqual(before);
    // One person filters with plain equality on `persons.<id>`.
    expect(await readModels.count(personalDataAccessProjection.collection, { [`persons.${PERSON}`]: true, userId: 'officer-1' })).toBe(2);
  });

  it('ignores an access event on a stream that is not an access stream', () => {
    const recorded = { ...accessed('a-9', 'officer-1'), streamId: 'enforcement-case-x', streamRevision: 0, globalPosition: 1, recordedAt: '2021-03-02T04:05:07.000Z' };
    expect(personalDataAccessProjection.documentId(recorded)).toBeNull();
    expect(personalDataAccessProjection.documentId({ ...recorded, streamId: 'audit-access-officer-1' })).toBe('a-9');
  });
});

import type { RecordedEvent } from '@casetrail/event-sourcing';
import { ProtectionCaseEventType as E, protectionCaseStreamId, protectionEventTypes } from '@casetrail/protection-contracts';
import { protectionCaseFactsProjection, protectionKey } from './protection-case-facts.projection';
import { statisticsProjections } from './statistics-projections';
import { statisticsContext } from '../statistics.context';

const CANARY = 'Canaryname Zzyzx-Synthetic';
const stream = protectionCaseStreamId('V1');

function recorded(type: string, data: unknown, streamRevision: number, streamId = stream): RecordedEvent {
  return {
    eventId: `e-${streamRevision}`,
    type,
    schemaVersion: 1,
    data,
    actor: { userId: 'sw-1', role: 'social_worker' },
    correlationId: 'c-1',
    causationId: null,
    occurredAt: '2020-03-11T03:00:00.000Z',
    streamId,
    streamRevision,
    globalPosition: streamRevision + 1,
    recordedAt: '2020-03-11T03:00:00.000Z',
  };
}

const events = (): RecordedEvent[] => [
  recorded(
    E.ProtectionCaseOpened,
    {
      personId: 'V1', province: 'battambang', receivedOn: '2019-12-30', channel: 'ngo_referral', receivedBy: 'dosvy-battambang',
      sex: 'F', nationality: 'KHM', ageInYears: 16, ageBand: '15_17', ageBandOn: '2019-12-30', exploitationType: 'sexual',
      // `personal` shown opened, with a canary, to prove the projection never reads it.
      personal: { fullName: CANARY, birthDate: '2003-05-01' },
    },
    0,
  ),
  recorded(E.FamilyAssessed, { assessedOn: '2020-02-01', outcome: 'suitable', assessedBy: 'dosvy-battambang' }, 1),
  recorded(
    E.PersonIntegrated,
    { integratedBy: 'dosvy-kampot', integratedOn: '2020-02-10', province: 'kampot', followUpScheduleMonths: [1, 3], followUpWorker: 'sw-1', exploitationType: 'sexual', sex: 'F', ageBand: '15_17' },
    2,
  ),
  recorded(E.FollowUpVisited, { visitNumber: 1, visitedOn: '2021-03-10', outcome: 'stable', visitedBy: 'dosvy-kampot' }, 3),
];

describe('protectionCaseFactsProjection', () => {
  it('is fed by protection-case streams only, one document per stream', () => {
    const [opened] = events();
    expect(protectionCaseFactsProjection.documentId(opened!)).toBe(stream);
    expect(protectionCaseFactsProjection.documentId({ ...opened!, streamId: 'court-file-V1' })).toBeNull();
    expect(protectionCaseFactsProjection.documentId({ ...opened!, streamId: 'protection-case-' })).toBeNull();
  });

  it('handles every protection event type, which the statistics context reads', () => {
    expect([...protectionCaseFactsProjection.handles].sort()).toEqual(protectionEventTypes.map((t) => t.type).sort());
    expect(statisticsContext.reads).toEqual(expect.arrayContaining(protectionEventTypes));
  });

  it('keeps the facts with the years and provinces they count in, and never a name or birth date', () => {
    const doc = events().reduce(protectionCaseFactsProjection.apply, null)!;
    expect(doc).toMatchObject({ personId: 'V1', province: 'battambang', currentProvince: 'kampot', tableYears: '|2019|2020|2021|', tableProvinces: '|battambang|kampot|' });
    expect([protectionKey(2020), protectionKey('kampot')]).toEqual(['|2020|', '|kampot|']);
    const stored = JSON.stringify(doc);
    expect(stored).not.toContain('Canaryname');
    expect(stored).not.toContain('2003-05-01');
  });

  it('is run and rebuilt with the other statistics projections', () => {
    expect(statisticsProjections).toContain(protectionCaseFactsProjection);
  });
});

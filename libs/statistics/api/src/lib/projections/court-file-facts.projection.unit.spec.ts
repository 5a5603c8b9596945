import type { RecordedEvent } from '@casetrail/event-sourcing';
import { CourtFileEventType as E, courtEventTypes, courtFileStreamId } from '@casetrail/court-contracts';
import { courtFileFactsProjection } from './court-file-facts.projection';
import { statisticsProjections } from './statistics-projections';

const CANARY = 'Canaryname Zzyzx-Synthetic';
const stream = courtFileStreamId('PC-1');

function recorded(type: string, data: unknown, streamRevision: number, streamId = stream): RecordedEvent {
  return {
    eventId: `e-${streamRevision}`,
    type,
    schemaVersion: 1,
    data,
    actor: { userId: 'prosecutor-1', role: 'prosecutor' },
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
    E.PoliceCaseReceived,
    {
      fileId: 'PC-1', court: 'court-battambang', province: 'battambang', receivedOn: '2020-03-11', policeCaseId: 'PC-1',
      forwardingUnit: 'police-battambang', forwardedOn: '2020-03-10', offences: ['procuring'],
      // `personal` shown opened, with a canary, to prove the projection never reads it.
      accused: [{ personId: 'S1', sex: 'M', nationality: 'KHM', ageBand: '18_plus', ageBandOn: '2020-03-05', arrestedOn: '2020-03-05', personal: { fullName: CANARY, birthDate: '1990-01-15' } }],
      victims: [],
    },
    0,
  ),
  recorded(E.PersonCharged, { personId: 'S1', offences: ['procuring'], chargedOn: '2020-03-12', chargedBy: 'prosecutor', sex: 'M', ageBand: '18_plus' }, 1),
];

describe('courtFileFactsProjection', () => {
  it('is fed by court-file streams only, one document per stream', () => {
    const [opened] = events();
    expect(courtFileFactsProjection.documentId(opened!)).toBe(stream);
    expect(courtFileFactsProjection.documentId({ ...opened!, streamId: 'enforcement-case-PC-1' })).toBeNull();
    expect(courtFileFactsProjection.documentId({ ...opened!, streamId: 'court-file-' })).toBeNull();
  });

  it('handles every court event type', () => {
    expect([...courtFileFactsProjection.handles].sort()).toEqual(courtEventTypes.map((t) => t.type).sort());
  });

  it('keeps the statistical facts and never a name or birth date', () => {
    const facts = events().reduce(courtFileFactsProjection.apply, null);
    expect(facts).toMatchObject({ fileId: 'PC-1', province: 'battambang', accused: [{ personId: 'S1', charges: [{ chargedOn: '2020-03-12' }] }] });
    const stored = JSON.stringify(facts);
    expect(stored).not.toContain('Canaryname');
    expect(stored).not.toContain('1990-01-15');
  });

  it('is run and rebuilt with the other statistics projections', () => {
    expect(statisticsProjections).toContain(courtFileFactsProjection);
  });
});

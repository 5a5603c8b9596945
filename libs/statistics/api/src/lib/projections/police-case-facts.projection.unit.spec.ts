import type { RecordedEvent } from '@casetrail/event-sourcing';
import {
  PoliceCaseEventType as E,
  enforcementEventTypes,
  policeCaseStreamId,
} from '@casetrail/enforcement-contracts';
import { policeCaseFactsProjection } from './police-case-facts.projection';

const CANARY = 'Canaryname Zzyzx-Synthetic';
const stream = policeCaseStreamId('PC-1');
let position = 0;

function recorded(type: string, data: unknown, streamId = stream, streamRevision = 0): RecordedEvent {
  position += 1;
  return {
    eventId: `e-${position}`,
    type,
    schemaVersion: 1,
    data,
    actor: { userId: 'officer-1', role: 'police' },
    correlationId: 'c-1',
    causationId: null,
    occurredAt: '2020-03-01T00:00:00.000Z',
    streamId,
    streamRevision,
    globalPosition: position,
    recordedAt: '2020-03-01T00:00:00.000Z',
  };
}

const caseEvents = (): RecordedEvent[] => [
  recorded(E.PoliceCaseOpened, {
    caseId: 'PC-1',
    unit: { code: 'police-battambang', type: 'provincial_police' },
    province: 'battambang',
    offences: ['procuring'],
    openedOn: '2020-03-01',
  }),
  // `personal` shown opened, with a canary, to prove the projection never reads it.
  recorded(E.SuspectIdentified, {
    suspectId: 'S1', sex: 'M', ageAtIdentification: 41, ageBandAtIdentification: '18_plus', nationality: 'VNM', identifiedOn: '2020-03-02',
    personal: { fullName: CANARY },
  }, stream, 1),
  recorded(E.VictimRescued, {
    victimId: 'V1', sex: 'F', ageBand: '15_17', nationality: 'KHM', exploitationType: 'sexual', rescuedOn: '2020-03-02',
    personal: { fullName: CANARY, birthDate: '2004-06-01' },
  }, stream, 2),
  recorded(E.SuspectArrested, { suspectId: 'S1', arrestedOn: '2020-03-03', detainedAndSentToCourt: true, ageBand: '18_plus' }, stream, 3),
];

describe('policeCaseFactsProjection', () => {
  it('is fed by police-case streams only, one document per stream', () => {
    const [opened] = caseEvents();
    expect(policeCaseFactsProjection.documentId(opened!)).toBe(stream);
    expect(policeCaseFactsProjection.documentId({ ...opened!, streamId: 'court-file-PC-1' })).toBeNull();
    expect(policeCaseFactsProjection.documentId({ ...opened!, streamId: 'enforcement-case-' })).toBeNull();
  });

  it('handles every enforcement event type', () => {
    expect([...policeCaseFactsProjection.handles].sort()).toEqual(enforcementEventTypes.map((t) => t.type).sort());
  });

  it('keeps the statistical facts and never a name', () => {
    const facts = caseEvents().reduce(policeCaseFactsProjection.apply, null);
    expect(facts).toMatchObject({
      caseId: 'PC-1',
      province: 'battambang',
      victims: [{ victimId: 'V1', ageBand: '15_17', minor: true }],
      suspects: [{ suspectId: 'S1', arrestedOn: '2020-03-03', foreign: true }],
    });
    const stored = JSON.stringify(facts);
    expect(stored).not.toContain('Canaryname');
    expect(stored).not.toContain('2004-06-01');
    expect(stored).not.toContain('personal');
  });
});

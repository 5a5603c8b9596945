import type { NewEvent } from '@casetrail/event-sourcing';
import type { RecordedEvent as EsdbRecordedEvent } from '@eventstore/db-client';
import { isDomainEvent } from './event-id-index';
import { fromEsdbEvent, toEsdbEventData } from './recorded-event.mapping';

const newEvent: NewEvent = {
  eventId: '0b1e4a8c-2f3d-4e5f-8a9b-0c1d2e3f4a5b',
  type: 'enforcement.CaseOpened',
  schemaVersion: 1,
  data: { count: 3 },
  actor: { userId: 'u-1', role: 'police' },
  correlationId: 'corr-1',
  causationId: null,
  occurredAt: '2024-05-01T10:00:00.000Z',
};

describe('recorded event mapping', () => {
  it('round-trips an envelope through ESDB event data and a recorded ESDB event', () => {
    const data = toEsdbEventData(newEvent);
    expect(data).toMatchObject({ id: newEvent.eventId, type: newEvent.type, contentType: 'application/json' });
    const stored = {
      streamId: 'enforcement-case-1',
      id: data.id,
      isJson: true,
      revision: 4n,
      type: data.type,
      created: new Date('2024-05-01T10:00:01.234Z'),
      data: data.data,
      metadata: JSON.parse(JSON.stringify(data.metadata)),
      position: { commit: 9876n, prepare: 9876n },
    } as EsdbRecordedEvent;
    expect(fromEsdbEvent(stored)).toEqual({
      ...newEvent,
      streamId: 'enforcement-case-1',
      streamRevision: 4,
      globalPosition: 9876,
      recordedAt: '2024-05-01T10:00:01.234Z',
    });
  });

  it('refuses an event without a log position (server too old)', () => {
    const data = toEsdbEventData(newEvent);
    const stored = { streamId: 's', id: data.id, isJson: true, revision: 0n, type: 't', created: new Date(), data: {}, metadata: data.metadata } as EsdbRecordedEvent;
    expect(() => fromEsdbEvent(stored)).toThrow(/log position/);
  });

  it('hides system events and the event-id index from the global log', () => {
    expect(isDomainEvent({ streamId: 'enforcement-case-1', type: 'enforcement.CaseOpened' })).toBe(true);
    expect(isDomainEvent({ streamId: '$stats-0.0.0.0:2113', type: '$statsCollected' })).toBe(false);
    expect(isDomainEvent({ streamId: '$ce-enforcement', type: '$>' })).toBe(false);
    expect(isDomainEvent({ streamId: '_casetrail-event-id-0b1e4a8c', type: 'casetrail.EventIdIndexed' })).toBe(false);
  });
});

import { NO_STREAM, type EventStore, type NewEvent, type RecordedEvent } from '@casetrail/event-sourcing';
import type { Projection } from './projection';

/** Test fixtures: a per-case facts projection over synthetic events (no personal data). */
export interface CaseFacts {
  province: string;
  victims: number;
  minors: number;
  closed: boolean;
  events: number;
}

export const caseFactsProjection = (overrides: Partial<Projection<CaseFacts>> = {}): Projection<CaseFacts> => ({
  name: 'test.case-facts',
  version: 1,
  collection: 'test_case_facts',
  handles: ['test.CaseOpened', 'test.VictimRecorded', 'test.CaseClosed', 'test.CaseWithdrawn'],
  documentId: (event) => event.streamId,
  apply(current, event) {
    const data = event.data as { province?: string; age?: number };
    switch (event.type) {
      case 'test.CaseOpened':
        return { province: data.province ?? 'unknown', victims: 0, minors: 0, closed: false, events: 1 };
      case 'test.VictimRecorded':
        if (!current) throw new Error(`Victim recorded on an unopened case (${event.streamId})`);
        return {
          ...current,
          victims: current.victims + 1,
          minors: current.minors + ((data.age ?? 99) < 18 ? 1 : 0),
          events: current.events + 1,
        };
      case 'test.CaseClosed':
        if (!current) throw new Error(`Closing an unopened case (${event.streamId})`);
        return { ...current, closed: true, events: current.events + 1 };
      case 'test.CaseWithdrawn':
        return null;
      default:
        throw new Error(`Unexpected event type ${event.type}`);
    }
  },
  ...overrides,
});

/** Counts events per province; fed by one stream per province ('province-<name>'). */
export const eventsPerStreamProjection: Projection<{ count: number }> = {
  name: 'test.events-per-stream',
  version: 1,
  collection: 'test_events_per_stream',
  handles: ['test.CaseOpened', 'test.VictimRecorded', 'test.CaseClosed', 'test.CaseWithdrawn', 'test.Unrelated'],
  documentId: (event) => `stream:${event.streamId}`,
  apply: (current) => ({ count: (current?.count ?? 0) + 1 }),
};

let sequence = 0;
export function caseEvent(type: string, data: unknown = {}): NewEvent {
  sequence += 1;
  return {
    eventId: globalThis.crypto.randomUUID(),
    type,
    schemaVersion: 1,
    data,
    actor: { userId: 'test-user', role: 'police', unit: 'test-unit', province: 'Battambang' },
    correlationId: `corr-${sequence}`,
    causationId: null,
    occurredAt: '2024-05-01T08:00:00.000Z',
  };
}

const provinces = ['បាត់ដំបង', 'Phnom Penh', 'Siem Reap', 'Kampot'];

/**
 * Appends a deterministic mix of cases: opened, some victims (some minors), some closed, some
 * withdrawn, and unrelated events in between. Returns the head position.
 */
export async function appendCases(store: EventStore, cases: number, prefix = 'case'): Promise<number> {
  for (let i = 0; i < cases; i += 1) {
    const stream = `${prefix}-${i}`;
    const events = [caseEvent('test.CaseOpened', { province: provinces[i % provinces.length] })];
    for (let v = 0; v < i % 4; v += 1) events.push(caseEvent('test.VictimRecorded', { age: 12 + v * 5 }));
    await store.append(stream, events, NO_STREAM);
    await store.append(`other-${i}`, [caseEvent('test.Unrelated')], NO_STREAM);
  }
  // Later events interleave streams, as real traffic does.
  for (let i = 0; i < cases; i += 1) {
    const stream = `${prefix}-${i}`;
    const current = (await store.readStream(stream)).length - 1;
    if (i % 5 === 0) await store.append(stream, [caseEvent('test.CaseWithdrawn')], current);
    else if (i % 3 === 0) await store.append(stream, [caseEvent('test.CaseClosed')], current);
  }
  return store.headPosition();
}

/** A hand-made recorded event, for tests that need no store. */
export function recorded(streamId: string, streamRevision: number, globalPosition: number, type: string, data: unknown = {}): RecordedEvent {
  return { ...caseEvent(type, data), streamId, streamRevision, globalPosition, recordedAt: '2024-05-01T08:00:01.000Z' };
}

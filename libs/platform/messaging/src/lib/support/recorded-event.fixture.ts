import type { RecordedEvent } from '@casetrail/event-sourcing';

let position = 0;

/** A synthetic recorded event for bus tests (no personal data). */
export function aRecordedEvent(streamId: string, streamRevision: number, data: unknown = { note: 'synthetic' }): RecordedEvent {
  position += 1;
  return {
    eventId: globalThis.crypto.randomUUID(),
    type: 'test.ThingHappened',
    schemaVersion: 1,
    data,
    actor: { userId: 'test-user', role: 'police' },
    correlationId: 'corr-test',
    causationId: null,
    occurredAt: '2024-01-01T00:00:00.000Z',
    streamId,
    streamRevision,
    globalPosition: position,
    recordedAt: '2024-01-01T00:00:00.000Z',
  };
}

/** Rejects after `ms` without keeping the process alive: a guard, never an assertion on time. */
export function deadline(ms: number, what: string): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out: ${what}`)), ms).unref());
}

import type { NewEvent } from '@casetrail/event-sourcing';

let counter = 0;

/** A unique stream id per test, so suites may share one store. */
export function uniqueStreamId(prefix = 'contract'): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}-${globalThis.crypto.randomUUID().slice(0, 8)}`;
}

/** A synthetic event (no personal data). */
export function anEvent(overrides: Partial<NewEvent> = {}): NewEvent {
  return {
    eventId: globalThis.crypto.randomUUID(),
    type: 'contract.ThingHappened',
    schemaVersion: 1,
    data: { n: counter, note: 'synthetic' },
    actor: { userId: 'contract-user', role: 'police', unit: 'contract-unit', province: 'Battambang' },
    correlationId: globalThis.crypto.randomUUID(),
    causationId: null,
    occurredAt: '2020-03-01T08:00:00.000Z',
    ...overrides,
  };
}

export function events(n: number, overrides: Partial<NewEvent> = {}): NewEvent[] {
  return Array.from({ length: n }, (_, i) => anEvent({ data: { i }, ...overrides }));
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Rejects after `ms` without keeping the process alive. */
export function deadline(ms: number, message: string): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error(message)), ms).unref());
}

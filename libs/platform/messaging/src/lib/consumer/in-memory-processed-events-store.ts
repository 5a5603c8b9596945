import type { ProcessedEventsStore } from './processed-events-store.port';

/** For tests and the embedded mode (where consumers restart with the process and replay). */
export class InMemoryProcessedEventsStore implements ProcessedEventsStore {
  private readonly seen = new Map<string, Set<string>>();

  async has(subscriberId: string, eventId: string): Promise<boolean> {
    return this.seen.get(subscriberId)?.has(eventId) ?? false;
  }

  async add(subscriberId: string, eventId: string): Promise<void> {
    const ids = this.seen.get(subscriberId) ?? new Set<string>();
    ids.add(eventId);
    this.seen.set(subscriberId, ids);
  }
}

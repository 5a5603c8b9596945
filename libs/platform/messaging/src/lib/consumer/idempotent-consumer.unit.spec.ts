import type { RecordedEvent } from '@casetrail/event-sourcing';
import { aRecordedEvent } from '../support/recorded-event.fixture';
import { IdempotentConsumer } from './idempotent-consumer';
import { InMemoryProcessedEventsStore } from './in-memory-processed-events-store';

describe('IdempotentConsumer', () => {
  it('applies a redelivered event once', async () => {
    const applied: RecordedEvent[] = [];
    const consumer = new IdempotentConsumer('reactor', new InMemoryProcessedEventsStore(), async (e) => void applied.push(e));
    const e1 = aRecordedEvent('a', 0);
    const e2 = aRecordedEvent('a', 1);
    for (const e of [e1, e2, e1, e2, e2]) await consumer.handle(e);
    expect(applied.map((e) => e.eventId)).toEqual([e1.eventId, e2.eventId]);
  });

  it('tracks each consumer group on its own', async () => {
    const store = new InMemoryProcessedEventsStore();
    let a = 0;
    let b = 0;
    const first = new IdempotentConsumer('group-a', store, async () => void (a += 1));
    const second = new IdempotentConsumer('group-b', store, async () => void (b += 1));
    const e = aRecordedEvent('a', 0);
    await first.handle(e);
    await second.handle(e);
    await first.handle(e);
    expect([a, b]).toEqual([1, 1]);
  });

  it('does not record an event whose handler failed, so its redelivery is applied', async () => {
    let calls = 0;
    const consumer = new IdempotentConsumer('reactor', new InMemoryProcessedEventsStore(), async () => {
      calls += 1;
      if (calls === 1) throw new Error('downstream unavailable');
    });
    const e = aRecordedEvent('a', 0);
    await expect(consumer.handle(e)).rejects.toThrow('downstream unavailable');
    await consumer.handle(e);
    await consumer.handle(e);
    expect(calls).toBe(2);
  });
});

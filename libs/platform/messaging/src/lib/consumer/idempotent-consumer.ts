import type { RecordedEvent } from '@casetrail/event-sourcing';
import type { BusHandler, BusSubscription, MessageBus } from '../bus/message-bus.port';
import type { ProcessedEventsStore } from './processed-events-store.port';

/**
 * Applies each event once per consumer group although the bus delivers at least once: an event
 * id already recorded as processed is skipped; otherwise the handler runs, then the id is
 * recorded.
 *
 * For handlers whose effect lives outside a read model (a reactor sending a command, a
 * notification). A crash between the effect and `add` still repeats the effect, so such effects
 * should themselves be idempotent (e.g. commands with a deterministic event id). Read models do
 * NOT use this: they get exactly-once effect by writing the event's effect and the record that it
 * was applied in one conditional write (architecture principle 5).
 */
export class IdempotentConsumer {
  constructor(
    readonly subscriberId: string,
    private readonly processed: ProcessedEventsStore,
    private readonly handler: BusHandler,
  ) {}

  /** The bus handler: pass it to `MessageBus.subscribe` with the same `subscriberId`. */
  readonly handle = async (event: RecordedEvent): Promise<void> => {
    if (await this.processed.has(this.subscriberId, event.eventId)) return;
    await this.handler(event);
    await this.processed.add(this.subscriberId, event.eventId);
  };

  subscribeTo(bus: MessageBus, topic: string): Promise<BusSubscription> {
    return bus.subscribe({ topic, subscriberId: this.subscriberId, handler: this.handle });
  }
}

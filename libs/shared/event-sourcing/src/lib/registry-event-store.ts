import type { NewEvent, RecordedEvent } from './envelope';
import type { EventTypeRegistry } from './event-registry';
import type {
  AppendResult,
  EventStore,
  EventSubscription,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeAllOptions,
} from './event-store.port';

/**
 * Wraps any adapter so that every event written is known and valid, and every event read is
 * upcast to its current schema version, or fails loudly.
 */
export class RegistryEventStore implements EventStore {
  constructor(
    private readonly inner: EventStore,
    private readonly registry: EventTypeRegistry,
  ) {}

  append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    for (const e of events) this.registry.assertWritable(e.type, e.schemaVersion, e.data);
    return this.inner.append(streamId, events, expected);
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return (await this.inner.readStream(streamId, options)).map((e) => this.registry.upcast(e));
  }

  async readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return (await this.inner.readAll(options)).map((e) => this.registry.upcast(e));
  }

  headPosition(): Promise<number> {
    return this.inner.headPosition();
  }

  subscribeAll(options?: SubscribeAllOptions): EventSubscription {
    const inner = this.inner.subscribeAll(options);
    const registry = this.registry;
    return {
      close: () => inner.close(),
      async *[Symbol.asyncIterator]() {
        for await (const event of inner) yield registry.upcast(event);
      },
    };
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}

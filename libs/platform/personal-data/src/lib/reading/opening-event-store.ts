import type {
  AppendResult,
  EventStore,
  EventSubscription,
  ExpectedRevision,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeAllOptions,
} from '@casetrail/event-sourcing';
import type { PersonalDataCipher } from '../cipher/personal-data-cipher';
import { openPersonalData } from './personal-data-reading';

/**
 * The event store as the command side sees it: streams read with their personal data opened,
 * so a decider's state can derive facts (age bands at later dates) from the birth date, in memory
 * only. Appends pass through unchanged (commands bring their personal data already sealed).
 * Only `readStream` opens: the global log is for projections, which never read personal data.
 */
export class OpeningEventStore implements EventStore {
  constructor(
    private readonly inner: EventStore,
    private readonly cipher: PersonalDataCipher,
  ) {}

  append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    return this.inner.append(streamId, events, expected);
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return openPersonalData(await this.inner.readStream(streamId, options), this.cipher);
  }

  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.inner.readAll(options);
  }

  headPosition(): Promise<number> {
    return this.inner.headPosition();
  }

  subscribeAll(options?: SubscribeAllOptions): EventSubscription {
    return this.inner.subscribeAll(options);
  }

  /** The wrapped store is owned (and closed) by whoever created it. */
  async close(): Promise<void> {
    return undefined;
  }
}

import type { RecordedEvent } from '@casetrail/event-sourcing';

/**
 * A process manager: it reads events another context published (through that context's
 * contracts) and issues commands in its own context. A context lists its reactors in its
 * descriptor (`BoundedContext.reactors`, as providers of its module); the `ReactorHost` feeds
 * them, embedded from the process's own log and distributed from the bus.
 *
 * Delivery is at least once. A reactor stays idempotent by issuing its commands through the
 * `CommandRunner` with `causationId` = the event's id: a stream that already holds an event
 * caused by it takes nothing more. One event, at most one command per target stream.
 */
export interface Reactor {
  /** Permanent: names the reactor's checkpoint, consumer group and dead letters. */
  readonly name: string;
  /** The event types it reacts to; it is never shown another. */
  readonly handles: readonly string[];
  /**
   * Reacts to one event. Throwing makes the host retry (with backoff); a refusal that can never
   * succeed (a `DomainRuleViolation`, an HTTP 4xx) is dead-lettered at once.
   */
  react(event: RecordedEvent): Promise<void>;
}

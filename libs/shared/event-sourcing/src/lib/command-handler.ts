import type { Command, Decider } from './decider';
import { fold } from './decider';
import type { DomainEvent, NewEvent, RecordedEvent } from './envelope';
import { ConcurrencyRetriesExhaustedError, WrongExpectedRevisionError } from './errors';
import type { EventTypeRegistry } from './event-registry';
import type { EventStore, ExpectedRevision } from './event-store.port';
import { NO_STREAM } from './event-store.port';

export interface HandleCommandOptions {
  /**
   * The revision the client saw (`If-Match`). When given, a conflict is reported at once: the
   * client decided on a state that is gone, so deciding again for it would be wrong.
   */
  expectedRevision?: number;
  correlationId: string;
  /**
   * The id of what caused this command (an event, for a reactor); null for a user request. A
   * command with a causation id is applied at most once per stream: if the stream already holds
   * an event caused by it, nothing is decided or appended (`alreadyApplied`), so a reactor can
   * be handed the same event again (after a crash, a redelivery) without doing anything twice.
   */
  causationId?: string | null;
  /** When the fact happened in the world; defaults to the command's `now`. */
  occurredAt?: string;
  /** Attempts before giving up on a busy stream (default 3). */
  maxAttempts?: number;
  /** Event id factory (default `crypto.randomUUID`). */
  newId?: () => string;
}

export interface CommandResult<State, E extends DomainEvent> {
  streamId: string;
  /** Revision of the stream after the command (-1 if the stream is still empty). */
  revision: number;
  state: State;
  events: E[];
  globalPositions: number[];
  /** True when the stream already held the effect of this causation id (nothing was appended). */
  alreadyApplied?: boolean;
}

/**
 * Load the stream, fold it, decide, and append with the revision the decision was based on.
 * On a concurrent write: reload and decide again, a bounded number of times.
 */
export async function handleCommand<State, C extends Command, E extends DomainEvent>(
  store: EventStore,
  registry: EventTypeRegistry,
  decider: Decider<State, C, E>,
  streamId: string,
  command: C,
  options: HandleCommandOptions,
): Promise<CommandResult<State, E>> {
  const maxAttempts = options.expectedRevision === undefined ? (options.maxAttempts ?? 3) : 1;
  const newId = options.newId ?? (() => globalThis.crypto.randomUUID());
  for (let attempt = 1; ; attempt++) {
    const history = (await store.readStream(streamId)) as RecordedEvent[];
    const current = history.length === 0 ? -1 : history[history.length - 1].streamRevision;
    if (options.expectedRevision !== undefined && options.expectedRevision !== current) {
      throw new WrongExpectedRevisionError(streamId, options.expectedRevision, current);
    }
    const state = fold(decider, history as unknown as E[]);
    if (options.causationId && history.some((e) => e.causationId === options.causationId)) {
      return { streamId, revision: current, state, events: [], globalPositions: [], alreadyApplied: true };
    }
    const events = decider.decide(command, state);
    if (events.length === 0) {
      return { streamId, revision: current, state, events, globalPositions: [] };
    }
    const toAppend: NewEvent[] = events.map((event) => ({
      eventId: newId(),
      type: event.type,
      schemaVersion: registry.currentVersion(event.type),
      data: event.data,
      actor: command.metadata.actor,
      correlationId: options.correlationId,
      causationId: options.causationId ?? null,
      occurredAt: options.occurredAt ?? command.metadata.now,
    }));
    const expected: ExpectedRevision = current === -1 ? NO_STREAM : current;
    try {
      const result = await store.append(streamId, toAppend, expected);
      return {
        streamId,
        revision: result.nextExpectedRevision,
        state: events.reduce((s, e) => decider.evolve(s, e), state),
        events,
        globalPositions: result.globalPositions,
      };
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      if (options.expectedRevision !== undefined) throw error;
      if (attempt >= maxAttempts) throw new ConcurrencyRetriesExhaustedError(streamId, attempt);
    }
  }
}

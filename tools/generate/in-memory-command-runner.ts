import type { Command, CommandMetadata, DomainEvent, EventStore, EventTypeRegistry, NewEvent, RecordedEvent } from '@casetrail/event-sourcing';
import { NO_STREAM, fold } from '@casetrail/event-sourcing';
import { assertInScope, occurredAt, prepareCommand, type CommandContext, type CommandTarget } from '@casetrail/platform-commands';
import type { Clock } from '@casetrail/platform-nest';
import { openPersonalData, type PersonalDataCipher } from '@casetrail/personal-data';

/**
 * The `CommandRunner`'s steps (`libs/platform/commands`) for a bulk load, with each stream's
 * state kept in memory between its commands instead of read, opened and folded again for every
 * command (quadratic in the length of a stream): the clock, the person data sealed before the
 * decision, the scope checks, the decision by the context's own decider, the envelope as
 * `handleCommand` makes it (current schema versions, actor, correlation and causation ids,
 * occurredAt at the start of the domain date in Cambodia), the append through the given store
 * (the registry's checks), and the state evolved from the new events opened as a read would
 * open them. A stream not seen yet is read and folded once. Only for one writer: no retry on a
 * concurrent write, no `alreadyApplied` (the loader gives each cause once).
 */
export class InMemoryCommandRunner {
  private readonly states = new Map<string, { state: unknown; revision: number }>();

  constructor(
    private readonly store: EventStore,
    private readonly registry: EventTypeRegistry,
    private readonly cipher: PersonalDataCipher,
    private readonly clock: Clock,
  ) {}

  async run<State, C extends Command, E extends DomainEvent, Clear>(
    target: CommandTarget<State, C, E, Clear>,
    id: string,
    build: (metadata: CommandMetadata) => Clear,
    context: CommandContext,
  ): Promise<{ id: string; revision: number; events: RecordedEvent[] }> {
    const { now, user, startsIn, command } = await prepareCommand(target, build, context, this.clock, this.cipher);
    const streamId = target.streamId(id);
    const current = (this.states.get(streamId) as { state: State; revision: number } | undefined) ?? (await this.load(target, streamId));
    assertInScope(target, current.state, startsIn, user);
    const decided = target.decider.decide(command, current.state);
    if (decided.length === 0) return { id, revision: current.revision, events: [] };
    const toAppend: NewEvent[] = decided.map((event) => ({
      eventId: globalThis.crypto.randomUUID(),
      type: event.type,
      schemaVersion: this.registry.currentVersion(event.type),
      data: event.data,
      actor: command.metadata.actor,
      correlationId: context.correlationId,
      causationId: context.causationId ?? null,
      occurredAt: occurredAt(target.domainDateOf(command), now),
    }));
    const result = await this.store.append(streamId, toAppend, current.revision === -1 ? NO_STREAM : current.revision);
    const recorded: RecordedEvent[] = toAppend.map((e, i) => ({
      ...e,
      streamId,
      streamRevision: current.revision + 1 + i,
      globalPosition: result.globalPositions[i]!,
      recordedAt: now,
    }));
    // As the next command would read them: upcast (current already) and person data opened.
    const opened = await openPersonalData(recorded.map((e) => this.registry.upcast(e)), this.cipher);
    const state = opened.reduce((s, e) => target.decider.evolve(s, e as unknown as E), current.state);
    this.states.set(streamId, { state, revision: result.nextExpectedRevision });
    return { id, revision: result.nextExpectedRevision, events: recorded };
  }

  /** Forgets the states kept (streams done with). */
  forget(): void {
    this.states.clear();
  }

  private async load<State, C extends Command, E extends DomainEvent, Clear>(target: CommandTarget<State, C, E, Clear>, streamId: string) {
    const history = await openPersonalData(await this.store.readStream(streamId), this.cipher);
    return { state: fold(target.decider, history as unknown as E[]), revision: history.length === 0 ? -1 : history[history.length - 1]!.streamRevision };
  }
}

import { ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import {
  handleCommand,
  type Actor,
  type Command,
  type CommandMetadata,
  type Decider,
  type DomainEvent,
  type EventStore,
  type EventTypeRegistry,
} from '@casetrail/event-sourcing';
import { startOfCambodianDay } from '@casetrail/kernel';
import { CLOCK, EVENT_STORE, EVENT_TYPE_REGISTRY, actorFor, inRecordScope, inScope, isUnitScoped, type AuthenticatedUser, type Clock } from '@casetrail/platform-nest';
import { OpeningEventStore, PersonalDataCipher } from '@casetrail/personal-data';

/**
 * How commands reach one kind of aggregate: everything the runner needs to know of a context,
 * declared once beside its decider (e.g. `policeCaseCommands`, `courtFileCommands`).
 */
export interface CommandTarget<State, C extends Command, E extends DomainEvent, Clear = C> {
  /** What the aggregate is called in a 404 ("police case", "court file"). */
  readonly noun: string;
  readonly decider: Decider<State, C, E>;
  streamId(id: string): string;
  /** The province the aggregate is in; null while its stream is not started. */
  provinceOf(state: State): string | null;
  /**
   * The units the aggregate is open to, for unit-scoped roles (`UNIT_SCOPED_ROLES`): e.g. the
   * partner organisations a protection case was referred to. None declared: no unit-scoped user
   * reaches it.
   */
  unitsOf?(state: State): readonly string[];
  /**
   * For a command that starts the stream: the province it starts it in (checked against the
   * caller's scope before anything is decided). Undefined for every other command.
   */
  startsIn(command: Clear): string | undefined;
  /** The command's domain date (`YYYY-MM-DD`, when the fact happened), if it has one. */
  domainDateOf(command: C): string | undefined;
  /** Seals the person data a command carries in clear, before it is decided (none by default). */
  seal?(command: Clear, cipher: PersonalDataCipher): Promise<C>;
}

/** Who asks: a user (scoped by their provinces) or a reactor of this process (every province). */
export type CommandIssuer = { user: AuthenticatedUser } | { reactor: string };

export interface CommandContext {
  issuer: CommandIssuer;
  correlationId: string;
  /** The revision the client saw (`If-Match`): no retry, 409 at once if the stream moved on. */
  expectedRevision?: number;
  /** The event that caused the command (reactors): applied at most once per stream. */
  causationId?: string;
}

export interface CommandOutcome<E extends DomainEvent = DomainEvent> {
  id: string;
  /** The stream revision after the command; the client's next If-Match. */
  revision: number;
  events: E[];
  /** The command's cause was already applied to this stream; nothing was appended. */
  alreadyApplied: boolean;
}

/** The actor of a reactor's commands: the process acting on another context's event. */
export function reactorActor(reactor: string): Actor {
  return { userId: `reactor:${reactor}`, role: 'system' };
}

/**
 * The command side of every context, once: the time from `CLOCK`, person data sealed before
 * the decision, the stream read with person data opened (in memory) so a decider can derive
 * ages at later dates, the scope checked on the same state the decision is made on (an
 * aggregate outside the caller's provinces does not exist: 404), `occurredAt` at the start of
 * the command's domain date in Cambodia, If-Match, retries on a concurrent write
 * (`handleCommand`), and at-most-once per causing event for reactors.
 */
@Injectable()
export class CommandRunner {
  private readonly openingStore: EventStore;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(EVENT_TYPE_REGISTRY) private readonly registry: EventTypeRegistry,
    private readonly cipher: PersonalDataCipher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.openingStore = new OpeningEventStore(store, cipher);
  }

  async run<State, C extends Command, E extends DomainEvent, Clear>(
    target: CommandTarget<State, C, E, Clear>,
    id: string,
    build: (metadata: CommandMetadata) => Clear,
    context: CommandContext,
  ): Promise<CommandOutcome<E>> {
    const { now, user, startsIn, command } = await prepareCommand(target, build, context, this.clock, this.cipher);
    const decider: Decider<State, C, E> = {
      ...target.decider,
      decide: (cmd, state) => {
        assertInScope(target, state, startsIn, user);
        return target.decider.decide(cmd, state);
      },
    };
    const result = await handleCommand(this.openingStore, this.registry, decider, target.streamId(id), command, {
      expectedRevision: context.expectedRevision,
      correlationId: context.correlationId,
      causationId: context.causationId ?? null,
      occurredAt: occurredAt(target.domainDateOf(command), now),
    });
    return { id, revision: result.revision, events: result.events, alreadyApplied: result.alreadyApplied === true };
  }
}

/** A command as the runner decides it: built with its metadata, scope-checked where it starts a stream, sealed. */
export interface PreparedCommand<C> {
  now: string;
  user: AuthenticatedUser | undefined;
  /** The province a stream-starting command starts in; undefined for every other command. */
  startsIn: string | undefined;
  command: C;
}

/**
 * The steps before the stream is read, shared by every runner of commands (the platform's and
 * the national-data generator's): the time from the clock, the metadata (actor of the user or
 * the reactor), the scope of a stream-starting command (403 outside the caller's provinces, and
 * always for a unit-scoped role), and the person data sealed.
 */
export async function prepareCommand<State, C extends Command, E extends DomainEvent, Clear>(
  target: CommandTarget<State, C, E, Clear>,
  build: (metadata: CommandMetadata) => Clear,
  context: CommandContext,
  clock: Clock,
  cipher: PersonalDataCipher,
): Promise<PreparedCommand<C>> {
  const now = clock.now().toISOString();
  const { issuer } = context;
  const user = 'user' in issuer ? issuer.user : undefined;
  const clear = build({ actor: user ? actorFor(user) : reactorActor((issuer as { reactor: string }).reactor), now });
  const startsIn = target.startsIn(clear);
  // A new stream is referred to no unit yet, so a unit-scoped user could never reach what they started.
  if (user && startsIn !== undefined && isUnitScoped(user)) {
    throw new ForbiddenException(`Role ${user.role} may not open a ${target.noun}: it reaches only those referred to its organisation`);
  }
  if (user && startsIn !== undefined && !inScope(user, startsIn)) {
    throw new ForbiddenException(`You may not open a ${target.noun} in this province (outside your scope)`);
  }
  const command = target.seal ? await target.seal(clear, cipher) : (clear as unknown as C);
  return { now, user, startsIn, command };
}

/**
 * Not started, or outside the caller's scope (`inRecordScope`: provinces, or the units the
 * aggregate is open to for unit-scoped roles): the aggregate does not exist for the caller (404).
 */
export function assertInScope<State, C extends Command, E extends DomainEvent, Clear>(
  target: CommandTarget<State, C, E, Clear>,
  state: State,
  startsIn: string | undefined,
  user: AuthenticatedUser | undefined,
): void {
  const province = target.provinceOf(state);
  if (startsIn === undefined && (province === null || (user && !inRecordScope(user, { province, units: target.unitsOf?.(state) })))) {
    throw new NotFoundException(`No such ${target.noun} in your scope`);
  }
}

/**
 * The envelope's occurredAt: the start of the domain date in Cambodia (UTC+7), so the event
 * log says when the fact happened, while recordedAt says when it was entered.
 */
export function occurredAt(date: string | undefined, now: string): string {
  return (date && startOfCambodianDay(date)) || now;
}

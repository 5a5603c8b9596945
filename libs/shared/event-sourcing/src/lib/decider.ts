import type { Actor, DomainEvent } from './envelope';

/** What every command brings with it: who asks, and when (the domain has no clock). */
export interface CommandMetadata {
  actor: Actor;
  /** The instant the command is handled (ISO-8601). */
  now: string;
}

export interface Command<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
  metadata: CommandMetadata;
}

/**
 * A pure decider: `decide` turns a command and the current state into new events (or throws a
 * `DomainRuleViolation`), `evolve` folds an event into the state.
 */
export interface Decider<State, C extends Command, E extends DomainEvent> {
  initialState(): State;
  decide(command: C, state: State): E[];
  evolve(state: State, event: E): State;
}

/**
 * Why a command was refused. `conflict` (HTTP 409) when the command does not fit the state the
 * case is in now; `unprocessable` (HTTP 422) when it can never be valid as given; `forbidden`
 * (HTTP 403) when it could be valid, but not from this actor (`metadata.actor`).
 */
export class DomainRuleViolation extends Error {
  constructor(
    /** Stable machine-readable code, e.g. `SUSPECT_NOT_IDENTIFIED`. */
    readonly code: string,
    message: string,
    readonly kind: 'conflict' | 'unprocessable' | 'forbidden' = 'conflict',
  ) {
    super(message);
    this.name = 'DomainRuleViolation';
  }
}

/** Fold events into a state. */
export function fold<State, E extends DomainEvent>(
  decider: Pick<Decider<State, never, E>, 'initialState' | 'evolve'>,
  events: readonly E[],
): State {
  return events.reduce((state, event) => decider.evolve(state, event), decider.initialState());
}

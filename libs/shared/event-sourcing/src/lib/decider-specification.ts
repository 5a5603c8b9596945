import type { Command, Decider } from './decider';
import type { DomainEvent } from './envelope';

/**
 * given(events) / when(command) / then(events | error) for a pure decider. Framework-free: it
 * throws a plain Error with both sides printed, so any test runner reports it.
 */
export function deciderSpecification<State, C extends Command, E extends DomainEvent>(
  decider: Decider<State, C, E>,
) {
  return {
    given(events: readonly E[] = []) {
      return {
        when(command: C) {
          const run = () => {
            const state = events.reduce((s, e) => decider.evolve(s, e), decider.initialState());
            return decider.decide(command, state);
          };
          return {
            then(expected: readonly E[]): void {
              const actual = run();
              if (!deepEqual(actual, expected)) {
                throw new Error(
                  `Decider produced other events.\nExpected: ${show(expected)}\nActual:   ${show(actual)}`,
                );
              }
            },
            thenNothing(): void {
              const actual = run();
              if (actual.length !== 0) throw new Error(`Expected no events, got ${show(actual)}`);
            },
            thenThrows<Err extends Error>(
              errorType: new (...args: never[]) => Err,
              check?: (error: Err) => boolean,
            ): Err {
              let produced: E[];
              try {
                produced = run();
              } catch (error) {
                if (!(error instanceof errorType)) {
                  throw new Error(`Expected ${errorType.name}, got ${String(error)}`);
                }
                if (check && !check(error)) {
                  throw new Error(`${errorType.name} did not match: ${error.message}`);
                }
                return error;
              }
              throw new Error(`Expected ${errorType.name}, but the decider produced ${show(produced)}`);
            },
          };
        },
      };
    },
  };
}

function show(value: unknown): string {
  return JSON.stringify(value, null, 0);
}

/** Structural equality for plain data (what events are). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  }
  const ka = Object.keys(a as object).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b as object).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) =>
    deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/**
 * Failed sign-ins, counted per username and per client address. Pure: the time comes in, the
 * new state goes out, so the same rules hold for the state kept on a user record (it survives a
 * restart) and the state kept in memory (unknown usernames, addresses).
 */
export interface FailedSignIns {
  /** Failures since `since` (the window's start). */
  count: number;
  since: string;
  /** Set when the count reached the limit: no sign-in is tried before then. */
  lockedUntil?: string;
}

export interface LockoutPolicy {
  /** Failures within `windowMs` that lock. */
  maxFailures: number;
  windowMs: number;
  /** How long a lock lasts. */
  lockMs: number;
}

/** Five wrong passwords for one username within 15 minutes lock it for 15 minutes. */
export const USERNAME_LOCKOUT: LockoutPolicy = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
/** One address guessing across many usernames: 20 failures within 15 minutes lock the address for 15 minutes. */
export const ADDRESS_LOCKOUT: LockoutPolicy = { maxFailures: 20, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

/** Seconds until the lock ends (rounded up), or 0 when not locked. */
export function lockedForSeconds(state: FailedSignIns | undefined, now: Date): number {
  if (!state?.lockedUntil) return 0;
  const left = Date.parse(state.lockedUntil) - now.getTime();
  return left > 0 ? Math.ceil(left / 1000) : 0;
}

/** The state after one more failure: a new window when the old one is over, locked at the limit. */
export function afterFailure(state: FailedSignIns | undefined, now: Date, policy: LockoutPolicy): FailedSignIns {
  const windowOver = !state || now.getTime() - Date.parse(state.since) >= policy.windowMs || (state.lockedUntil !== undefined && lockedForSeconds(state, now) === 0);
  const next: FailedSignIns = windowOver ? { count: 1, since: now.toISOString() } : { count: state.count + 1, since: state.since };
  if (next.count >= policy.maxFailures) next.lockedUntil = new Date(now.getTime() + policy.lockMs).toISOString();
  return next;
}

/**
 * Failure counts kept in memory (unknown usernames, client addresses). Bounded: past `capacity`
 * keys the oldest is dropped, so a flood of made-up usernames cannot exhaust memory.
 */
export class FailedSignInCounter {
  private readonly states = new Map<string, FailedSignIns>();

  constructor(
    private readonly policy: LockoutPolicy,
    private readonly capacity = 10_000,
  ) {}

  lockedForSeconds(key: string, now: Date): number {
    return lockedForSeconds(this.states.get(key), now);
  }

  recordFailure(key: string, now: Date): FailedSignIns {
    const next = afterFailure(this.states.get(key), now, this.policy);
    this.states.delete(key);
    this.states.set(key, next);
    if (this.states.size > this.capacity) this.states.delete(this.states.keys().next().value!);
    return next;
  }

  clear(key: string): void {
    this.states.delete(key);
  }
}

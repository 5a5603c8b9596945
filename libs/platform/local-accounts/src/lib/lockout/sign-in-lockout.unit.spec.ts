import { afterFailure, FailedSignInCounter, lockedForSeconds, USERNAME_LOCKOUT, type FailedSignIns } from './sign-in-lockout';

const at = (minutes: number) => new Date(Date.UTC(2026, 2, 14, 8, 0, 0) + minutes * 60_000);

describe('lockout after failed sign-ins', () => {
  it('locks at the fifth failure within the window, for 15 minutes', () => {
    let state: FailedSignIns | undefined;
    for (let i = 0; i < 4; i++) state = afterFailure(state, at(i), USERNAME_LOCKOUT);
    expect(lockedForSeconds(state, at(4))).toBe(0);
    state = afterFailure(state, at(4), USERNAME_LOCKOUT);
    expect(lockedForSeconds(state, at(4))).toBe(15 * 60);
    expect(lockedForSeconds(state, at(18))).toBe(60);
    expect(lockedForSeconds(state, at(19))).toBe(0);
  });

  it('starts a new window when the old one is over, and after a lock has run out', () => {
    let state = afterFailure(undefined, at(0), USERNAME_LOCKOUT);
    for (let i = 1; i < 4; i++) state = afterFailure(state, at(i), USERNAME_LOCKOUT);
    expect(afterFailure(state, at(20), USERNAME_LOCKOUT)).toEqual({ count: 1, since: at(20).toISOString() });
    for (let i = 4; i < 6; i++) state = afterFailure(state, at(i), USERNAME_LOCKOUT);
    expect(afterFailure(state, at(30), USERNAME_LOCKOUT).count).toBe(1);
  });

  it('keeps counters in memory within a bound, dropping the oldest', () => {
    const counter = new FailedSignInCounter({ maxFailures: 2, windowMs: 60_000, lockMs: 60_000 }, 2);
    counter.recordFailure('a', at(0));
    counter.recordFailure('a', at(0));
    expect(counter.lockedForSeconds('a', at(0))).toBe(60);
    counter.recordFailure('b', at(0));
    counter.recordFailure('c', at(0));
    expect(counter.lockedForSeconds('a', at(0))).toBe(0);
    counter.recordFailure('c', at(0));
    counter.clear('c');
    expect(counter.lockedForSeconds('c', at(0))).toBe(0);
  });
});

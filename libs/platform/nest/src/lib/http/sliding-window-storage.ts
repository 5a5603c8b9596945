import type { OnApplicationShutdown } from '@nestjs/common';
import { ThrottlerStorageService, type ThrottlerStorage } from '@nestjs/throttler';

/** What a storage answers (the library does not export the type from its index). */
type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/** The hits of one budget of one key still in the window: expiry times, oldest first, from `head` on. */
interface Window {
  expiries: number[];
  head: number;
  /** The library's per-key window end (`timeToExpire`), renewed once passed. */
  expiresAt: number;
}

/**
 * The rate limiter's counters, with the answers of @nestjs/throttler's own in-memory storage
 * for a sliding window (`blockDuration: 0`, what `RateLimitModule` configures): a request counts
 * for `ttl`, a refused one does not count, and a refused request is told when the oldest counted
 * one leaves the window. The library's storage does that in time proportional to the window on
 * every request (it filters all of a key's hits and spreads them into `Math.min`): at a budget
 * of 6000 a minute, thousands of steps a request for a busy client. Here the expiries of a key
 * are kept in order (a monotonic clock, one `ttl` per budget), so expired hits leave from the
 * front and the oldest is the first: constant time a request, amortized. Keys idle for a whole
 * window are dropped once a minute, as the library does. A budget with a block duration goes to
 * the library's storage unchanged.
 */
export class SlidingWindowThrottlerStorage implements ThrottlerStorage, OnApplicationShutdown {
  private readonly windows = new Map<string, Window>();
  private readonly blocking = new ThrottlerStorageService();
  private lastSweep: number;

  constructor(private readonly now: () => number = () => performance.now()) {
    this.lastSweep = now();
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    if (blockDuration > 0) return this.blocking.increment(key, ttl, limit, blockDuration, throttlerName);
    const now = this.now();
    this.sweepIdle(now, ttl);
    const id = `${throttlerName}\u0000${key}`;
    let window = this.windows.get(id);
    if (!window) this.windows.set(id, (window = { expiries: [], head: 0, expiresAt: now + ttl }));
    if (window.expiresAt <= now) window.expiresAt = now + ttl;
    const { expiries } = window;
    while (window.head < expiries.length && expiries[window.head]! <= now) window.head++;
    if (window.head > 1024 && window.head * 2 > expiries.length) {
      expiries.splice(0, window.head);
      window.head = 0;
    }
    const counted = expiries.length - window.head;
    const isBlocked = counted >= limit;
    if (!isBlocked) insertInOrder(window, now + ttl);
    const secondsUntil = (at: number) => Math.ceil((at - now) / 1000);
    const timeToExpire = secondsUntil(window.expiresAt);
    const oldest = expiries[window.head];
    return {
      totalHits: counted + 1,
      timeToExpire,
      isBlocked,
      timeToBlockExpire: isBlocked ? (oldest === undefined ? timeToExpire : secondsUntil(oldest)) : 0,
    };
  }

  onApplicationShutdown(): void {
    this.windows.clear();
    this.blocking.onApplicationShutdown();
  }

  /** Once a minute (or a window, if longer): drop the keys whose every hit has expired. */
  private sweepIdle(now: number, ttl: number): void {
    if (now - this.lastSweep < Math.max(60_000, ttl)) return;
    this.lastSweep = now;
    for (const [id, window] of this.windows) {
      if (window.expiries.length === 0 || window.expiries[window.expiries.length - 1]! <= now) this.windows.delete(id);
    }
  }
}

/** Appends, or (only if a budget's ttl changed between calls) inserts where the order needs it. */
function insertInOrder(window: Window, expiry: number): void {
  const { expiries } = window;
  let at = expiries.length;
  while (at > window.head && expiries[at - 1]! > expiry) at--;
  expiries.splice(at, 0, expiry);
}

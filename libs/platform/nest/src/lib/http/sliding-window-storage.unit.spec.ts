import { ThrottlerStorageService } from '@nestjs/throttler';
import { SlidingWindowThrottlerStorage } from './sliding-window-storage';

/**
 * Differential: the same requests, at the same (fake) instants, through our storage and the
 * library's own, give the same answers. Both read the one fake clock.
 */
describe('SlidingWindowThrottlerStorage', () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') }));
  afterEach(() => jest.useRealTimers());

  /** A small deterministic generator, so a failure replays. */
  function random(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state / 2 ** 31;
    };
  }

  it.each([1, 2, 3, 4, 5])('answers as the library storage does for a sliding window (seed %i)', async (seed) => {
    const ours = new SlidingWindowThrottlerStorage(() => Date.now());
    const library = new ThrottlerStorageService();
    const next = random(seed);
    const keys = ['address:127.0.0.1', 'address:10.0.0.2', 'user:u-1'];
    let refused = 0;
    try {
      for (let i = 0; i < 3000; i++) {
        // Bursts and pauses: mostly a few ms apart, sometimes seconds, now and then past the window.
        const r = next();
        jest.advanceTimersByTime(r < 0.8 ? Math.floor(next() * 20) : r < 0.98 ? Math.floor(next() * 3000) : 12_000);
        const key = keys[Math.floor(next() * keys.length)]!;
        const name = key.slice(0, key.indexOf(':'));
        const expected = await library.increment(key, 10_000, 7, 0, name);
        expect({ i, key, answer: await ours.increment(key, 10_000, 7, 0, name) }).toEqual({ i, key, answer: expected });
        if (expected.isBlocked) refused++;
      }
    } finally {
      library.onApplicationShutdown();
      ours.onApplicationShutdown();
    }
    // The sequences reach the limit often, and pass it as often: both paths were compared.
    expect(refused).toBeGreaterThan(100);
    expect(refused).toBeLessThan(2900);
  });

  it('forgets a key once its hits have left the window, after the minute sweep', async () => {
    let now = 0;
    const ours = new SlidingWindowThrottlerStorage(() => now);
    for (let i = 0; i < 3; i++) await ours.increment('address:a', 1000, 3, 0, 'address');
    expect(await ours.increment('address:a', 1000, 3, 0, 'address')).toMatchObject({ isBlocked: true, totalHits: 4, timeToBlockExpire: 1 });
    now = 61_000;
    await ours.increment('address:b', 1000, 3, 0, 'address'); // triggers the sweep
    expect((ours as unknown as { windows: Map<string, unknown> }).windows.size).toBe(1);
    expect(await ours.increment('address:a', 1000, 3, 0, 'address')).toMatchObject({ isBlocked: false, totalHits: 1 });
  });
});

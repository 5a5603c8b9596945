import { forEachWithLimit } from './for-each-with-limit';

describe('forEachWithLimit', () => {
  it('runs every item, never more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await forEachWithLimit([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setImmediate(resolve));
      running -= 1;
      done.push(item);
    });
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  it('copes with an empty list and a limit above the list size', async () => {
    await expect(forEachWithLimit([], 4, async () => undefined)).resolves.toBeUndefined();
    const seen: number[] = [];
    await forEachWithLimit([1], 4, async (n) => void seen.push(n));
    expect(seen).toEqual([1]);
  });

  it('starts nothing after a failure, and throws it once the calls running have ended', async () => {
    const started: number[] = [];
    const ended: number[] = [];
    const run = forEachWithLimit([1, 2, 3, 4, 5], 2, async (item) => {
      started.push(item);
      await new Promise((resolve) => setImmediate(resolve));
      if (item === 1) throw new Error('row 1');
      await new Promise((resolve) => setImmediate(resolve));
      ended.push(item);
    });
    await expect(run).rejects.toThrow('row 1');
    expect(started).toEqual([1, 2]);
    expect(ended).toEqual([2]);
  });
});

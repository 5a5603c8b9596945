import { liveBatches } from './live-batches';

/** An async source whose items arrive in bursts; between bursts it waits for a real timer. */
function bursts<T>(groups: T[][], failAfter?: Error): AsyncIterable<T> {
  return {
    async *[Symbol.asyncIterator]() {
      for (const group of groups) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        for (const item of group) yield item;
      }
      if (failAfter) throw failAfter;
    },
  };
}

async function collect<T>(source: AsyncIterable<T[]>): Promise<T[][]> {
  const batches: T[][] = [];
  for await (const batch of source) batches.push(batch);
  return batches;
}

describe('liveBatches', () => {
  it('groups what is ready and ends a batch when the source would wait', async () => {
    expect(await collect(liveBatches(bursts([[1, 2, 3], [4], [5, 6]]), 100))).toEqual([[1, 2, 3], [4], [5, 6]]);
  });

  it('caps a batch at the maximum size', async () => {
    expect(await collect(liveBatches(bursts([[1, 2, 3, 4, 5, 6, 7]]), 3))).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
  });

  it('ends with the source, yielding nothing for an empty one', async () => {
    expect(await collect(liveBatches(bursts<number>([]), 10))).toEqual([]);
  });

  it('delivers what it has, then the failure of the source', async () => {
    const seen: number[][] = [];
    await expect(
      (async () => {
        for await (const batch of liveBatches(bursts([[1, 2]], new Error('source broke')), 10)) seen.push(batch);
      })(),
    ).rejects.toThrow('source broke');
    expect(seen).toEqual([[1, 2]]);
  });
});

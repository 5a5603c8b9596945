/**
 * Runs `worker` over the items with at most `limit` calls running at once, in the items' order of
 * starting. After a failure no further item is started; the call settles only when none is
 * running any more (nothing still lands after it has failed), then throws the first failure.
 */
export async function forEachWithLimit<T>(items: readonly T[], limit: number, worker: (item: T, index: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const lane = async (): Promise<void> => {
    while (next < items.length && !failure) {
      const index = next++;
      try {
        await worker(items[index]!, index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  if (failure) throw failure.error;
}

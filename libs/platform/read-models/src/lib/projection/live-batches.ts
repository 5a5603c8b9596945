const WOULD_WAIT = Symbol('would-wait');

/**
 * Groups what an async iterable has ready into batches: a batch ends at `maxSize` or when the
 * next item is not available within the current turn of the event loop (the source would wait).
 * So a catch-up reads in large batches and a live event is handled at once.
 *
 * The next item is requested while the caller handles a batch (one read ahead). Stopping is the
 * source's business (e.g. `EventSubscription.close()`), which ends the iteration.
 */
export async function* liveBatches<T>(source: AsyncIterable<T>, maxSize: number): AsyncGenerator<T[]> {
  const iterator = source[Symbol.asyncIterator]();
  // A read ahead may fail while the caller is busy; mark it handled so that the failure surfaces
  // at the next await instead of as an unhandled rejection.
  const request = () => {
    const next = iterator.next();
    next.catch(() => undefined);
    return next;
  };
  let pending = request();
  for (;;) {
    const first = await pending;
    if (first.done) return;
    const batch = [first.value];
    pending = request();
    let ended = false;
    let failure: { error: unknown } | undefined;
    while (batch.length < maxSize) {
      let next: IteratorResult<T> | typeof WOULD_WAIT;
      try {
        next = await Promise.race([pending, nextTurn()]);
      } catch (error) {
        // Hand over what was read before the failure; it is valid.
        failure = { error };
        break;
      }
      if (next === WOULD_WAIT) break;
      if (next.done) {
        ended = true;
        break;
      }
      batch.push(next.value);
      pending = request();
    }
    yield batch;
    if (failure) throw failure.error;
    if (ended) return;
  }
}

function nextTurn(): Promise<typeof WOULD_WAIT> {
  return new Promise((resolve) => setImmediate(() => resolve(WOULD_WAIT)));
}

import type { RecordedEvent } from './envelope';
import type { EventSubscription, ReadAllOptions, SubscribeAllOptions } from './event-store.port';

/** Lets appends made through one store instance wake its live subscriptions at once. */
export class AppendSignal {
  private waiters = new Set<() => void>();

  notify(): void {
    const waiters = this.waiters;
    this.waiters = new Set();
    for (const wake of waiters) wake();
  }

  /** Resolves on the next notify or after `timeoutMs`, whichever is first. */
  wait(timeoutMs: number): { promise: Promise<void>; cancel(): void } {
    let wake!: () => void;
    const promise = new Promise<void>((resolve) => (wake = resolve));
    const timer = setTimeout(() => wake(), timeoutMs);
    const waiter = () => wake();
    this.waiters.add(waiter);
    return {
      promise: promise.finally(() => {
        clearTimeout(timer);
        this.waiters.delete(waiter);
      }),
      cancel: () => wake(),
    };
  }
}

/**
 * A pulled subscription to the global log built on `readAll`: it reads batch after batch while
 * catching up, and once a read comes back short it waits for a signal (or the poll interval)
 * and reads again. Catch-up and live are the same loop over the same position, so nothing is
 * lost or repeated at the switch. A batch is read only when the consumer has taken the last one.
 */
export function pollingSubscription(
  readAll: (options: ReadAllOptions) => Promise<RecordedEvent[]>,
  signal: AppendSignal,
  options: SubscribeAllOptions = {},
): EventSubscription {
  const batchSize = options.batchSize ?? 500;
  const pollIntervalMs = options.pollIntervalMs ?? 250;
  let position = options.after ?? 0;
  let closed = false;
  let pendingWait: { cancel(): void } | undefined;

  async function* events(): AsyncGenerator<RecordedEvent> {
    while (!closed) {
      const batch = await readAll({ after: position, maxCount: batchSize });
      for (const event of batch) {
        if (closed) return;
        position = event.globalPosition;
        yield event;
      }
      if (batch.length < batchSize && !closed) {
        const waiting = signal.wait(pollIntervalMs);
        pendingWait = waiting;
        await waiting.promise;
        pendingWait = undefined;
      }
    }
  }

  const iterator = events();
  return {
    async close() {
      closed = true;
      pendingWait?.cancel();
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
}

export interface RetryPolicy {
  /** Attempts in total, the first one included. */
  maxAttempts: number;
  initialDelayMs: number;
  maxDelayMs: number;
}

/** Exponential backoff: the delay before attempt `attempt + 1`, after `attempt` failures. */
export function backoffDelay(failures: number, policy: Pick<RetryPolicy, 'initialDelayMs' | 'maxDelayMs'>): number {
  return Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** Math.max(0, failures - 1));
}

/** A wait that `cancel()` ends early; its timer never keeps the process alive. */
export function cancellableDelay(ms: number): { promise: Promise<void>; cancel(): void } {
  let done!: () => void;
  const promise = new Promise<void>((resolve) => (done = resolve));
  const timer = setTimeout(() => done(), ms);
  timer.unref();
  return {
    promise,
    cancel: () => {
      clearTimeout(timer);
      done();
    },
  };
}

export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Rejects after `ms` without keeping the process alive. */
export function timeout(ms: number, what: string): { promise: Promise<never>; cancel(): void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(what)), ms);
    timer.unref();
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

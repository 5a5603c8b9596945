/** Thrown when a poll runs out of time; names what was awaited and the last thing seen. */
export class PollTimeoutError extends Error {
  override name = 'PollTimeoutError';
}

export interface PollOptions {
  timeoutMs: number;
  intervalMs?: number;
  /** Describes the last observation, for the failure message. */
  describe?: () => string;
}

/**
 * Calls `probe` until it returns a value other than undefined, or fails after the deadline with a
 * message naming `what`. Every wait in the suite is one of these: never a fixed sleep.
 */
export async function pollUntil<T>(what: string, probe: () => Promise<T | undefined>, options: PollOptions): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const seen = options.describe ? `; last seen: ${options.describe()}` : '';
      const cause = lastError instanceof Error ? `; last error: ${lastError.message}` : '';
      throw new PollTimeoutError(`timed out after ${options.timeoutMs} ms waiting for ${what}${seen}${cause}`);
    }
    await delay(options.intervalMs ?? 200);
  }
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/** What one request came to, after any retries. `status` 0 means no answer (network error). */
export interface HttpOutcome {
  ok: boolean;
  status: number;
  body: unknown;
  attempts: number;
  /** Why no answer came (network errors only). */
  error?: string;
}

export interface SeedHttpClientOptions {
  baseUrl: string;
  /** Attempts per request, the first included. */
  maxAttempts?: number;
  /** Wait before the first retry; doubles on each further retry. */
  retryDelayMs?: number;
  timeoutMs?: number;
  /** Injected in tests; the global fetch of Node 20 otherwise. */
  fetch?: typeof fetch;
}

/**
 * A small JSON client for the seed. It retries 5xx, 429 and network errors a bounded number of
 * times; a 4xx is the server's considered answer and is returned at once. Note that a retried
 * POST whose first attempt did reach the store may enter a fact twice: the seed accepts that
 * risk on a local server, and reports every retry.
 */
export class SeedHttpClient {
  /** Requests sent, retries included. */
  requests = 0;
  retries = 0;
  private readonly baseUrl: string;
  private readonly maxAttempts: number;
  private readonly retryDelayMs: number;
  private readonly timeoutMs: number;
  private readonly fetchImpl: typeof fetch;

  constructor(options: SeedHttpClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.maxAttempts = Math.max(1, options.maxAttempts ?? 3);
    this.retryDelayMs = options.retryDelayMs ?? 250;
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.fetchImpl = options.fetch ?? globalThis.fetch;
  }

  post(path: string, body: unknown, token: string): Promise<HttpOutcome> {
    return this.send('POST', path, token, JSON.stringify(body));
  }

  get(path: string, token?: string): Promise<HttpOutcome> {
    return this.send('GET', path, token);
  }

  private async send(method: string, path: string, token: string | undefined, body?: string): Promise<HttpOutcome> {
    let last: HttpOutcome = { ok: false, status: 0, body: null, attempts: 0 };
    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      if (attempt > 1) {
        this.retries += 1;
        await delay(this.retryDelayMs * 2 ** (attempt - 2));
      }
      this.requests += 1;
      try {
        const response = await this.fetchImpl(this.baseUrl + path, {
          method,
          headers: {
            accept: 'application/json',
            ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body,
          signal: AbortSignal.timeout(this.timeoutMs),
        });
        last = { ok: response.ok, status: response.status, body: await parseBody(response), attempts: attempt };
        if (!isRetryable(response.status)) return last;
      } catch (error) {
        last = { ok: false, status: 0, body: null, attempts: attempt, error: error instanceof Error ? describe(error) : String(error) };
      }
    }
    return last;
  }
}

function isRetryable(status: number): boolean {
  return status >= 500 || status === 429;
}

async function parseBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return { unparsed: text.slice(0, 200) };
  }
}

/** fetch hides the reason (ECONNREFUSED…) in `cause`. */
function describe(error: Error): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? error.message;
}

function delay(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

/** Runs `worker` over the items with at most `limit` running at once; resolves when all are done. */
export async function forEachWithLimit<T>(items: readonly T[], limit: number, worker: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      await worker(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
}

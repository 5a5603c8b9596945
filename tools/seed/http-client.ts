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
  /** The most one request may wait, in all, on 429 answers before it gives up (default 10 min). */
  maxRateLimitWaitMs?: number;
  /** Called when a 429 makes a request wait (the progress bar shows it). */
  onRateLimited?(waitMs: number): void;
  /** Injected in tests; the global fetch of Node 20 otherwise. */
  fetch?: typeof fetch;
  /** Injected in tests; a timer otherwise. */
  sleep?(ms: number): Promise<void>;
}

/** The longest single wait a Retry-After may ask for; the server's sliding minute needs at most 60 s. */
export const MAX_RETRY_AFTER_MS = 120_000;

/**
 * A small JSON client for the seed. It retries 5xx, 429 and network errors a bounded number of
 * times; a 4xx is the server's considered answer and is returned at once. A 429 with
 * `Retry-After` is waited out as the server asks (each wait bounded, and the total per request)
 * and does not use up an attempt: the rate limit refused the request before it did anything, so
 * sending it again cannot enter a fact twice. A retried POST after a 5xx or a network error
 * whose first attempt did reach the store may: the seed accepts that risk on a local server,
 * and reports every retry.
 */
export class SeedHttpClient {
  /** Requests sent, retries included. */
  requests = 0;
  retries = 0;
  /** 429 answers waited out, and the time spent waiting (summed over concurrent requests). */
  rateLimited = 0;
  rateLimitWaitMs = 0;
  private readonly baseUrl: string;
  private readonly maxAttempts: number;
  private readonly retryDelayMs: number;
  private readonly timeoutMs: number;
  private readonly maxRateLimitWaitMs: number;
  private readonly fetchImpl: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: SeedHttpClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.maxAttempts = Math.max(1, options.maxAttempts ?? 3);
    this.retryDelayMs = options.retryDelayMs ?? 250;
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.maxRateLimitWaitMs = options.maxRateLimitWaitMs ?? 600_000;
    this.fetchImpl = options.fetch ?? globalThis.fetch;
    this.sleep = options.sleep ?? delay;
  }

  post(path: string, body: unknown, token: string): Promise<HttpOutcome> {
    return this.send('POST', path, token, JSON.stringify(body));
  }

  get(path: string, token?: string): Promise<HttpOutcome> {
    return this.send('GET', path, token);
  }

  private async send(method: string, path: string, token: string | undefined, body?: string): Promise<HttpOutcome> {
    let last: HttpOutcome = { ok: false, status: 0, body: null, attempts: 0 };
    let waited = 0;
    for (let attempt = 1; attempt <= this.maxAttempts; ) {
      this.requests += 1;
      let retryAfterMs: number | undefined;
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
        if (response.status === 429) retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
      } catch (error) {
        last = { ok: false, status: 0, body: null, attempts: attempt, error: error instanceof Error ? describe(error) : String(error) };
      }
      if (retryAfterMs !== undefined) {
        // At least a second, so "Retry-After: 0" cannot make a busy loop; the total stays bounded.
        const wait = Math.min(Math.max(retryAfterMs, 1000), MAX_RETRY_AFTER_MS);
        if (waited + wait > this.maxRateLimitWaitMs) return last;
        waited += wait;
        this.rateLimited += 1;
        this.rateLimitWaitMs += wait;
        this.options.onRateLimited?.(wait);
        await this.sleep(wait);
        continue;
      }
      if (attempt === this.maxAttempts) break;
      this.retries += 1;
      await this.sleep(this.retryDelayMs * 2 ** (attempt - 1));
      attempt += 1;
    }
    return last;
  }
}

/** `Retry-After` as milliseconds: delay-seconds or an HTTP date (RFC 9110 §10.2.3); undefined if unusable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = /GMT$/.test(text) ? Date.parse(text) : NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
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

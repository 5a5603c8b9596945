import { SeedHttpClient } from './http-client';

type Answer = { status: number; body?: unknown; headers?: Record<string, string> } | Error;

/** A fetch that answers from a script and records what it was sent. */
function scriptedFetch(answers: Answer[]) {
  const sent: Array<{ url: string; init: RequestInit }> = [];
  const fetch = (async (url: string, init: RequestInit) => {
    sent.push({ url, init });
    const answer = answers.shift() ?? { status: 500 };
    if (answer instanceof Error) throw answer;
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), { status: answer.status, headers: answer.headers });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, sent };
}

const client = (fetch: typeof globalThis.fetch) =>
  new SeedHttpClient({ baseUrl: 'http://seed.test/', fetch, retryDelayMs: 0, maxAttempts: 3 });

describe('SeedHttpClient', () => {
  it('posts JSON with the bearer token and returns the parsed answer', async () => {
    const { fetch, sent } = scriptedFetch([{ status: 201, body: { caseId: 'c-1', revision: 0 } }]);
    const outcome = await client(fetch).post('/api/enforcement/cases', { province: 'kep' }, 'T0K3N');
    expect(outcome).toEqual({ ok: true, status: 201, body: { caseId: 'c-1', revision: 0 }, attempts: 1 });
    expect(sent[0].url).toBe('http://seed.test/api/enforcement/cases');
    expect(sent[0].init.method).toBe('POST');
    expect(sent[0].init.body).toBe('{"province":"kep"}');
    expect(sent[0].init.headers).toMatchObject({ authorization: 'Bearer T0K3N', 'content-type': 'application/json' });
  });

  it('retries a 5xx, a 429 and a network error, then succeeds', async () => {
    const { fetch, sent } = scriptedFetch([{ status: 503 }, { status: 429 }, { status: 200, body: { revision: 2 } }]);
    const http = client(fetch);
    expect(await http.post('/x', {}, 't')).toMatchObject({ ok: true, status: 200, attempts: 3 });
    expect(sent).toHaveLength(3);
    expect(http.retries).toBe(2);

    const flaky = scriptedFetch([Object.assign(new Error('fetch failed'), { cause: { code: 'ECONNRESET' } }), { status: 201, body: {} }]);
    expect(await client(flaky.fetch).post('/x', {}, 't')).toMatchObject({ ok: true, attempts: 2 });
  });

  it('does not retry a 4xx: the server has decided', async () => {
    const { fetch, sent } = scriptedFetch([{ status: 409, body: { code: 'CASE_FORWARDED' } }, { status: 200 }]);
    const outcome = await client(fetch).post('/x', {}, 't');
    expect(outcome).toMatchObject({ ok: false, status: 409, attempts: 1, body: { code: 'CASE_FORWARDED' } });
    expect(sent).toHaveLength(1);
  });

  it('gives up after the bounded number of attempts', async () => {
    const down = scriptedFetch([{ status: 500 }, { status: 502 }, { status: 503 }, { status: 200 }]);
    expect(await client(down.fetch).post('/x', {}, 't')).toMatchObject({ ok: false, status: 503, attempts: 3 });
    expect(down.sent).toHaveLength(3);

    const refused = Object.assign(new Error('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    const gone = scriptedFetch([refused, refused, refused]);
    expect(await client(gone.fetch).get('/health/live')).toEqual({ ok: false, status: 0, body: null, attempts: 3, error: 'ECONNREFUSED' });
  });
});

describe('SeedHttpClient and the rate limit', () => {
  /** Records the waits instead of sleeping them. */
  const waits: number[] = [];
  const sleep = async (ms: number) => void waits.push(ms);
  beforeEach(() => (waits.length = 0));
  const limited = (retryAfter?: string) => ({ status: 429, body: { code: 'RATE_LIMITED' }, ...(retryAfter === undefined ? {} : { headers: { 'retry-after': retryAfter } }) });

  it('waits what Retry-After says, tells the caller, and a 429 does not use up an attempt', async () => {
    const { fetch, sent } = scriptedFetch([limited('12'), limited('1'), limited('3'), limited('2'), { status: 201, body: { caseId: 'c-1' } }]);
    const told: number[] = [];
    const http = new SeedHttpClient({ baseUrl: 'http://seed.test', fetch, maxAttempts: 2, retryDelayMs: 0, sleep, onRateLimited: (ms) => told.push(ms) });
    expect(await http.post('/x', {}, 't')).toMatchObject({ ok: true, status: 201 });
    expect(sent).toHaveLength(5);
    expect(waits).toEqual([12_000, 1_000, 3_000, 2_000]);
    expect(told).toEqual(waits);
    expect(http.rateLimited).toBe(4);
    expect(http.rateLimitWaitMs).toBe(18_000);
    expect(http.retries).toBe(0);
  });

  it('reads Retry-After as an HTTP date too, and bounds a single wait', async () => {
    const inFive = new Date(Date.now() + 5_000).toUTCString();
    const { fetch } = scriptedFetch([limited(inFive), limited('86400'), { status: 200, body: {} }]);
    const http = new SeedHttpClient({ baseUrl: 'http://seed.test', fetch, sleep, maxRateLimitWaitMs: 600_000 });
    await http.get('/x', 't');
    expect(waits[0]).toBeGreaterThan(3_000);
    expect(waits[0]).toBeLessThanOrEqual(5_000);
    expect(waits[1]).toBe(120_000);
  });

  it('gives up once a request has waited the bounded total, answering the 429', async () => {
    const { fetch, sent } = scriptedFetch(Array.from({ length: 10 }, () => limited('60')));
    const http = new SeedHttpClient({ baseUrl: 'http://seed.test', fetch, sleep, maxRateLimitWaitMs: 150_000 });
    expect(await http.post('/x', {}, 't')).toMatchObject({ ok: false, status: 429 });
    expect(waits).toEqual([60_000, 60_000]);
    expect(sent).toHaveLength(3);
  });

  it('falls back to its own backoff, as an attempt, when a 429 has no usable Retry-After', async () => {
    const { fetch, sent } = scriptedFetch([limited(), limited('soon'), limited(), { status: 200 }]);
    const http = new SeedHttpClient({ baseUrl: 'http://seed.test', fetch, sleep, maxAttempts: 3, retryDelayMs: 100 });
    expect(await http.get('/x', 't')).toMatchObject({ ok: false, status: 429, attempts: 3 });
    expect(sent).toHaveLength(3);
    expect(waits).toEqual([100, 200]);
  });
});

/**
 * The load generator of `http-command.bench.ts`, run as a child process (forked with the
 * parent's `-r @swc-node/register`) so that autocannon's own work falls on the other core and
 * not on the event loop of the server it measures. The parent sends one `LoadSpec` over IPC and
 * gets one `LoadResult` back.
 */
import autocannon from 'autocannon';
import { Agent, request as httpRequest } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

export interface LoadSpec {
  /** Origin, e.g. `http://127.0.0.1:40123`. */
  url: string;
  connections: number;
  durationSeconds: number;
  /**
   * Requests a second, evenly spaced (paced, open loop); unset: as fast as the server answers
   * (autocannon). Not autocannon's `overallRate`: that is a quota per second which each
   * connection spends at once, so the requests of a second arrive in one burst.
   */
  overallRate?: number;
  headers: Record<string, string>;
  /** The requests, each sent once in this order (one arrest each); repeated from the start if they run out. */
  requests: ReadonlyArray<{ path: string; body: string }>;
}

export interface LoadResult {
  /** Answers received (any status) in the run. */
  answered: number;
  /** Requests begun: how many of `requests` were used (the ones in flight at the end included). */
  begun: number;
  seconds: number;
  twoHundreds: number;
  non2xx: number;
  /** Connection errors and timeouts. */
  errors: number;
  statusCodes: Record<string, number>;
  /**
   * Percentiles of the 2xx answers' response times, in ms (sub-millisecond, unlike autocannon's
   * histogram). Paced: from the time the request was due, so a request held back because every
   * connection was busy counts its wait (no coordinated omission).
   */
  p50Ms: number;
  p99Ms: number;
  /** True when `requests` ran out and were sent again (the repeats are refused: non-2xx). */
  ranOut: boolean;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  return spec.overallRate ? runPaced(spec, spec.overallRate) : runAutocannon(spec);
}

/** Sends request i at start + i/rate on up to `connections` keep-alive connections, whatever the answers. */
async function runPaced(spec: LoadSpec, rate: number): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: spec.connections });
  const times: number[] = [];
  const statusCodes: Record<string, number> = {};
  let errors = 0;
  const send = (index: number, due: number) =>
    new Promise<void>((resolve) => {
      const { path, body } = spec.requests[index % spec.requests.length]!;
      const req = httpRequest(`${spec.url}${path}`, { method: 'POST', agent, headers: { ...spec.headers, 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
        res.resume();
        res.once('end', () => {
          const status = res.statusCode ?? 0;
          statusCodes[status] = (statusCodes[status] ?? 0) + 1;
          if (status >= 200 && status < 300) times.push(performance.now() - due);
          resolve();
        });
      });
      req.once('error', () => {
        errors += 1;
        resolve();
      });
      req.end(body);
    });
  const start = performance.now();
  const end = start + spec.durationSeconds * 1000;
  const pending: Promise<void>[] = [];
  let begun = 0;
  for (let due = start; due < end; due = start + (begun * 1000) / rate) {
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    pending.push(send(begun, due));
    begun += 1;
  }
  await Promise.all(pending);
  agent.destroy();
  const sorted = Float64Array.from(times).sort();
  const answered = Object.values(statusCodes).reduce((a, b) => a + b, 0);
  return {
    answered,
    begun,
    seconds: spec.durationSeconds,
    twoHundreds: times.length,
    non2xx: answered - times.length,
    errors,
    statusCodes,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    ranOut: begun > spec.requests.length,
  };
}

async function runAutocannon(spec: LoadSpec): Promise<LoadResult> {
  let next = 0;
  const times: number[] = [];
  const instance = autocannon({
    url: spec.url,
    connections: spec.connections,
    duration: spec.durationSeconds,
    method: 'POST',
    headers: spec.headers,
    requests: [
      {
        setupRequest: (request) => {
          const { path, body } = spec.requests[next % spec.requests.length]!;
          next += 1;
          return { ...request, path, body };
        },
      },
    ],
  });
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    if (statusCode >= 200 && statusCode < 300) times.push(responseTime);
  });
  const result = await instance;
  const sorted = Float64Array.from(times).sort();
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, Number(count)]));
  const twoHundreds = Object.entries(statusCodes).reduce((sum, [code, count]) => (code.startsWith('2') ? sum + count : sum), 0);
  return {
    answered: Object.values(statusCodes).reduce((a, b) => a + b, 0),
    begun: next,
    seconds: result.duration,
    twoHundreds,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    statusCodes,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    ranOut: next > spec.requests.length,
  };
}

if (process.send) {
  process.once('message', (spec: LoadSpec) => {
    runLoad(spec).then(
      (result) => process.send!({ result }, () => process.exit(0)),
      (error: Error) => process.send!({ error: error.stack ?? error.message }, () => process.exit(1)),
    );
  });
}

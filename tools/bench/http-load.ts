/**
 * The load generator of `http-command.bench.ts`, run as a child process (forked with the
 * parent's `-r @swc-node/register`) so that autocannon's own work falls on the other core and
 * not on the event loop of the server it measures. The parent sends one `LoadSpec` over IPC and
 * gets one `LoadResult` back.
 */
import autocannon from 'autocannon';

export interface LoadSpec {
  /** Origin, e.g. `http://127.0.0.1:40123`. */
  url: string;
  connections: number;
  durationSeconds: number;
  /** Requests a second from all connections together; unset: as fast as the server answers. */
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
  /** Percentiles of the 2xx answers' response times, in ms (sub-millisecond, unlike autocannon's histogram). */
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
  let next = 0;
  const times: number[] = [];
  const instance = autocannon({
    url: spec.url,
    connections: spec.connections,
    duration: spec.durationSeconds,
    ...(spec.overallRate ? { overallRate: spec.overallRate } : {}),
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

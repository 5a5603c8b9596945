/*
 * Component tests only: `fetch` answered like the API. The app's client (api/client.ts) uses an
 * absolute base URL and looks `fetch` up at each call, so replacing `global.fetch` reaches it.
 */

/** One request a screen made, as the routes see it and the test reads it afterwards. */
export interface Call {
  method: string;
  url: URL;
  path: string;
  search: URLSearchParams;
  headers: Headers;
  /** The JSON body sent, if any. */
  body: unknown;
}

export interface Answer {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Answers a call (a `Response`, or the parts of a JSON one), or leaves it to the next route. */
export type Route = (call: Call) => Answer | Response | undefined;

/** A JSON answer; a problem (`application/problem+json`) from 400 on. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  const contentType = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': contentType, ...headers } });
}

const NOT_FOUND = { type: 'https://casetrail.dev/problems/not-found', title: 'Not Found', status: 404 };

/**
 * Replaces `fetch`: each request goes to the first route that answers it, else a 404 problem.
 * Returns the calls made, in order.
 */
export function fakeApi(...routes: Route[]): Call[] {
  const calls: Call[] = [];
  global.fetch = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    // A Request may come from another realm (the environment's), so not `instanceof Request`.
    const request = typeof input === 'object' && 'url' in input ? (input as Request) : new Request(new URL(String(input), window.location.origin), init);
    const url = new URL(request.url);
    const text = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.clone().text();
    const call: Call = { method: request.method, url, path: url.pathname, search: url.searchParams, headers: request.headers, body: text ? (JSON.parse(text) as unknown) : undefined };
    calls.push(call);
    for (const route of routes) {
      const answer = route(call);
      if (answer instanceof Response) return answer;
      if (answer) return json(answer.body ?? {}, answer.status ?? 200, answer.headers);
    }
    return json(NOT_FOUND, 404);
  }) as typeof fetch;
  return calls;
}

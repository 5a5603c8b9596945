/*
 * openapi-fetch keeps the `fetch` and the `Request` it finds when the api client is created, so
 * replacing `global.fetch` inside a test reaches sign-in but not the api client; and Node's
 * Request (jsdom here uses Node's fetch) refuses the client's relative URLs ('/api/...'), which a
 * browser resolves against the page. This module imports nothing, so, imported first, it runs
 * before the client is created: it installs a Request that resolves relative URLs against the
 * page, and one delegating `fetch`; tests set what it answers and read what it was asked.
 */

export type Answer = (request: Request) => Response | Promise<Response>;

let answer: Answer = () => new Response('{}', { status: 404 });
let claims: Record<string, unknown> = {};
export const requests: Request[] = [];

export function setAnswer(next: Answer): void {
  answer = next;
}

export function setClaims(next: Record<string, unknown>): void {
  claims = next;
}

function token(c: Record<string, unknown>): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'HS256' })}.${part(c)}.signature`;
}

const NodeRequest = globalThis.Request;
globalThis.Request = class PageRequest extends NodeRequest {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(typeof input === 'string' && input.startsWith('/') ? new URL(input, globalThis.location?.href ?? 'http://localhost/') : input, init);
  }
} as typeof Request;

globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
  // A Request may come from another realm (the environment's), so not `instanceof Request`.
  const request = typeof input === 'object' && 'url' in input ? (input as Request) : new Request(new URL(String(input), 'http://localhost'), init);
  if (new URL(request.url).pathname === '/api/session') {
    return new Response(JSON.stringify({ token: token(claims), expiresAt: new Date(Date.now() + 3600_000).toISOString() }), { status: 200, headers: { 'Content-Type': 'application/json' } });
  }
  requests.push(request);
  return answer(request);
}) as typeof fetch;

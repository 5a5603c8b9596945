/**
 * Component tests only, imported FIRST by a spec (before anything that loads `api/client`).
 *
 * openapi-fetch keeps the `fetch` and `Request` it finds when the client is created, so:
 * - a test that replaces `global.fetch` later would not reach the typed `api` client: this puts a
 *   stand-in there first that calls whatever fetch the test set with `setFakeFetch`;
 * - Node's `Request` (jest-fixed-jsdom) refuses the client's relative addresses (`/api/...`),
 *   which a browser resolves against the page: this one resolves them against the test page.
 */
let current: typeof fetch = globalThis.fetch;

globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => current(input, init)) as typeof fetch;

const NodeRequest = globalThis.Request;
class PageRequest extends NodeRequest {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(typeof input === 'string' && input.startsWith('/') ? new URL(input, window.location.origin).href : input, init);
  }
}
globalThis.Request = PageRequest as typeof Request;

export function setFakeFetch(fake: typeof fetch): void {
  current = fake;
}

/**
 * Test-only, imported FIRST by the court component tests: the shared API client (openapi-fetch)
 * keeps the `fetch` and `Request` it finds when it is created, and Node's `Request` refuses the
 * relative URLs a browser resolves against the page. So before the client loads: a `fetch` that
 * calls whatever the test put in `global.fetch` later, and a `Request` that resolves `/api/...`
 * against http://localhost.
 */
const NodeRequest = globalThis.Request;

class PageRequest extends NodeRequest {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(typeof input === 'string' && input.startsWith('/') ? `http://localhost${input}` : input, init);
  }
}

let current: typeof fetch = () => Promise.reject(new Error('no fake fetch installed'));

Object.defineProperty(globalThis, 'Request', { value: PageRequest, writable: true, configurable: true });
Object.defineProperty(globalThis, 'fetch', {
  configurable: true,
  get: () => delegating,
  set: (value: typeof fetch) => {
    current = value;
  },
});

const delegating: typeof fetch = (input, init) => current(input, init);

export {};

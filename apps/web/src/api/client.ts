import createClient, { type Middleware } from 'openapi-fetch';
import type { paths, components } from './schema';

export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];

/**
 * The one API client of the app, typed by the OpenAPI document (`npm run web:api`). The bearer
 * token is read from memory at each call (never from browser storage).
 */
let currentToken: (() => string | null) | null = null;
let onUnauthorized: (() => void) | null = null;

/** The bearer token now (for the one request the api client cannot make: an upload with progress, through XMLHttpRequest). */
export function bearerToken(): string | null {
  return currentToken?.() ?? null;
}

export function useTokenSource(source: () => string | null, unauthorized: () => void): void {
  currentToken = source;
  onUnauthorized = unauthorized;
}

const auth: Middleware = {
  onRequest({ request }) {
    const token = currentToken?.();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401 && currentToken?.()) onUnauthorized?.();
    return response;
  },
};

// Absolute against this page's origin (a Request needs one), and `fetch` looked up at each call so
// component tests can answer in its place.
export const api = createClient<paths>({ baseUrl: window.location.origin, fetch: (request) => globalThis.fetch(request) });
api.use(auth);

/** A problem answer (RFC 9457) as an Error, so TanStack Query and forms can carry it. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly problem: Partial<Problem>,
    readonly response?: Response,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiProblem';
  }

  /** The message the server gave for each field (dot paths for nested ones). */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.problem.errors ?? []) out[e.field] = out[e.field] ? `${out[e.field]}; ${e.message}` : e.message;
    return out;
  }
}

interface FetchResultLike<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The data of a successful answer, or throws the answer's problem. */
export function unwrap<T>(result: FetchResultLike<T>): T {
  if (result.error !== undefined || !result.response.ok) {
    throw new ApiProblem(result.response.status, (result.error ?? {}) as Partial<Problem>, result.response);
  }
  return result.data as T;
}

/** The strong ETag of an answer as the `If-Match` value the next command must send. */
export function etagOf(response: Response): string | undefined {
  return response.headers.get('ETag') ?? undefined;
}

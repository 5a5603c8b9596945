import { useEffect, type ReactNode } from 'react';
import { useAuth } from '../../auth/AuthProvider';
import type { Role } from '../../auth/session';

/** Test-only helpers for the court screens' component tests (not imported by the app). */

export function token(claims: Record<string, unknown>): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'HS256' })}.${part(claims)}.signature`;
}

/** Signs in through the real provider (the fake fetch answers /api/session), then shows the screen. */
export function SignedIn({ children }: { children: ReactNode }) {
  const { session, signInWithPassword } = useAuth();
  useEffect(() => {
    if (!session) void signInWithPassword('tester', 'password of the tester');
  }, [session, signInWithPassword]);
  return session ? <>{children}</> : null;
}

export interface Call {
  method: string;
  path: string;
  search: URLSearchParams;
  headers: Headers;
  body: unknown;
}

type Answer = { status?: number; body?: unknown; headers?: Record<string, string> };
type Handler = (call: Call) => Answer | undefined;

function json({ status = 200, body, headers = {} }: Answer): Response {
  const problem = status >= 400;
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': problem ? 'application/problem+json' : 'application/json', ...headers } });
}

/**
 * Replaces `fetch` with answers like the API's: the session for a user of `role`, then each
 * request to the first handler that answers it (404 problem otherwise). Returns the calls made.
 */
export function fakeApi(role: Role, handler: Handler, provinces = ['battambang']): Call[] {
  const calls: Call[] = [];
  global.fetch = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(new URL(String(input), 'http://localhost'), init);
    const url = new URL(request.url, 'http://localhost');
    const text = await request.clone().text();
    const call: Call = { method: request.method, path: url.pathname, search: url.searchParams, headers: request.headers, body: text ? JSON.parse(text) : undefined };
    if (call.path === '/api/session') {
      const t = token({ sub: `u-${role}`, name: `Test ${role}`, role, provinces, unit: role === 'judge' ? 'court-battambang' : undefined });
      return json({ body: { token: t, expiresAt: new Date(Date.now() + 3600_000).toISOString() } });
    }
    calls.push(call);
    const answer = handler(call);
    return json(answer ?? { status: 404, body: { type: 'https://casetrail.dev/problems/not-found', title: 'Not Found', status: 404, detail: 'No such file in your scope' } });
  }) as typeof fetch;
  return calls;
}

/** The input of a labelled field (Mantine also labels the option list with the field's label). */
export function inputOf(container: { getAllByLabelText: (text: string | RegExp) => HTMLElement[] }, label: string | RegExp): HTMLInputElement {
  const input = container.getAllByLabelText(label).find((el) => el.tagName === 'INPUT');
  if (!input) throw new Error(`No input labelled ${String(label)}`);
  return input as HTMLInputElement;
}

import { useEffect, type ReactNode } from 'react';
import { useAuth } from '../../auth/AuthProvider';
import type { Role } from '../../auth/session';
import { setFakeFetch } from './fetch-stand-in';

/**
 * Component-test helpers of the audit and admin screens (used by their *.unit.spec.tsx only):
 * a fake `fetch` that answers like the API, and a signed-in session of a given role. A spec
 * imports `./fetch-stand-in` before anything else (see there why).
 */

export interface FakeRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

export type FakeHandler = (request: FakeRequest) => Response | Promise<Response>;

function tokenOf(role: Role, provinces: string[]): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'HS256' })}.${part({ sub: `test-${role}`, name: `Test ${role}`, role, provinces })}.signature`;
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers } });
}

/**
 * Replaces `global.fetch`: the sign-in answers with a token of `role`; every other request is
 * recorded in the returned list and answered by `handler`.
 */
export function fakeApi(role: Role, handler: FakeHandler, provinces: string[] = ['*']): FakeRequest[] {
  const calls: FakeRequest[] = [];
  const fake = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(new URL(String(input), 'http://localhost'), init);
    const url = new URL(request.url, 'http://localhost');
    const text = await request.text();
    const body = text ? (JSON.parse(text) as unknown) : undefined;
    if (url.pathname === '/api/session' && request.method === 'POST') {
      return json({ token: tokenOf(role, provinces), expiresAt: new Date(Date.now() + 3600_000).toISOString() });
    }
    const recorded = { method: request.method, url, headers: request.headers, body };
    calls.push(recorded);
    return handler(recorded);
  }) as typeof fetch;
  // The auth provider calls `fetch` itself; the typed client reaches it through the stand-in.
  global.fetch = fake;
  setFakeFetch(fake);
  return calls;
}

/** Signs in (through the fake API) and then shows the screen, as RequireSession would let it. */
export function SignedIn({ children }: { children: ReactNode }) {
  const { session, signInWithPassword } = useAuth();
  useEffect(() => {
    if (!session) void signInWithPassword('tester', 'a password');
  }, [session, signInWithPassword]);
  return session ? <>{children}</> : null;
}

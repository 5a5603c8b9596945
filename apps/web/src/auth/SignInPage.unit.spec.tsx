/** @jest-environment jest-fixed-jsdom */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SignInPage } from './SignInPage';
import { renderScreen } from '../test/render';

function token(claims: Record<string, unknown>): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'HS256' })}.${part(claims)}.signature`;
}

describe('the sign-in page', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });

  it('sends the username and password and goes where it was asked to', async () => {
    const calls: { url: string; body: unknown }[] = [];
    global.fetch = jest.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
      calls.push({ url: String(url), body: JSON.parse(String(init?.body)) });
      const t = token({ sub: 'u-1', name: 'Sok Dara', role: 'police', provinces: ['battambang'], unit: 'police-battambang' });
      return new Response(JSON.stringify({ token: t, expiresAt: new Date(Date.now() + 3600_000).toISOString() }), { status: 200, headers: { 'Content-Type': 'application/json' } });
    }) as typeof fetch;
    renderScreen(<SignInPage />, { path: '/sign-in?next=/police/cases', route: '/sign-in', extraRoutes: [{ path: '/police/cases', element: <p>cases screen</p> }] });
    await userEvent.type(screen.getByLabelText(/Username/), 'dara');
    await userEvent.type(screen.getByLabelText(/Password/), 'correct horse battery');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('cases screen')).toBeInTheDocument();
    expect(calls).toEqual([{ url: '/api/session', body: { username: 'dara', password: 'correct horse battery' } }]);
  });

  it('says the credentials are wrong without saying which, and locks out with the wait', async () => {
    let answer = new Response('{}', { status: 401 });
    global.fetch = jest.fn(async () => answer) as typeof fetch;
    renderScreen(<SignInPage />, { path: '/sign-in', route: '/sign-in' });
    await userEvent.type(screen.getByLabelText(/Username/), 'dara');
    await userEvent.type(screen.getByLabelText(/Password/), 'wrong password!');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The username or password is not right.');
    answer = new Response('{}', { status: 429, headers: { 'Retry-After': '900' } });
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Try again in 15 minute(s)'));
  });

  it('never accepts a next address on another site', async () => {
    const { safeNext } = await import('./SignInPage');
    expect([safeNext('//evil.example/x'), safeNext('https://evil.example'), safeNext('/court/files?x=1'), safeNext(null)]).toEqual(['/', '/', '/court/files?x=1', '/']);
  });
});

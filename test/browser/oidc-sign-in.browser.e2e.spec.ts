import { OAuth2Server } from 'oauth2-mock-server';
import type { Browser } from 'playwright-core';
import { BROWSER_SKIP_LINE, browserSuiteMode, launchChromium } from '../../tools/browser/chromium';
import { findFreePort } from '../support/free-port';
import { startRuntime, type RunningRuntime } from '../../tools/browser/runtime';
import { watchPageErrors } from '../../tools/browser/page-checks';

const mode = browserSuiteMode();
if (mode === 'skip') process.stdout.write(`${BROWSER_SKIP_LINE}\n`);
const describeBrowser = mode === 'skip' ? describe.skip : describe;

// Production sign-in: the authorization code flow with PKCE against the issuer the API trusts.
// The issuer here is oauth2-mock-server (a real OIDC server on loopback: discovery, JWKS, signed
// RS256 tokens, and it checks the PKCE verifier against the challenge); Keycloak plays it in
// docker-compose.
describeBrowser('the web app in Chromium: signing in with OpenID Connect (code + PKCE)', () => {
  let issuer: OAuth2Server;
  let runtime: RunningRuntime;
  let browser: Browser;
  const authorizeRequests: URLSearchParams[] = [];
  const tokenRequests: Record<string, string>[] = [];

  beforeAll(async () => {
    if (mode === 'fail') throw new Error(`${BROWSER_SKIP_LINE} under CI`);
    issuer = new OAuth2Server();
    await issuer.issuer.keys.generate('RS256');
    await issuer.start(await findFreePort(), '127.0.0.1');
    const issuerUrl = issuer.issuer.url!;
    issuer.service.on('beforeAuthorizeRedirect', (_redirect: unknown, req: { query: Record<string, string> }) => {
      authorizeRequests.push(new URLSearchParams(req.query));
    });
    issuer.service.on('beforeTokenSigning', (token: { payload: Record<string, unknown> }, req: { body: Record<string, string> }) => {
      if (req.body['grant_type']) tokenRequests.push({ ...req.body });
      Object.assign(token.payload, { sub: 'oidc-officer-1', aud: 'casetrail', name: 'Chan Sokha', role: 'police', provinces: ['battambang'], unit: 'police-battambang' });
    });
    [runtime, browser] = await Promise.all([
      startRuntime({
        CASETRAIL_AUTH_MODE: 'oidc',
        CASETRAIL_JWT_ISSUER: issuerUrl,
        CASETRAIL_JWKS_URL: `${issuerUrl}/jwks`,
        CASETRAIL_OIDC_CLIENT_ID: 'casetrail-web',
      }),
      launchChromium(),
    ]);
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await runtime?.stop();
    await issuer?.stop();
  });

  it('redirects to the issuer with a S256 challenge, exchanges the code with its verifier, and calls the API with the token', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const errors = watchPageErrors(page);
    await page.goto(`${runtime.baseUrl}/police/cases`);
    const caseList = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/enforcement/cases');
    await page.getByRole('button', { name: 'Sign in with your organisation' }).click();
    await page.getByRole('heading', { name: 'Police cases' }).waitFor();
    expect(page.url()).toBe(`${runtime.baseUrl}/police/cases`);
    await page.getByText('Signed in as Chan Sokha').waitFor();

    expect(authorizeRequests).toHaveLength(1);
    const authorize = authorizeRequests[0];
    expect({ client: authorize.get('client_id'), method: authorize.get('code_challenge_method'), response: authorize.get('response_type'), redirect: authorize.get('redirect_uri') }).toEqual({
      client: 'casetrail-web',
      method: 'S256',
      response: 'code',
      redirect: `${runtime.baseUrl}/auth/callback`,
    });
    const exchange = tokenRequests.find((r) => r['grant_type'] === 'authorization_code');
    expect(exchange?.['code_verifier']).toMatch(/^[A-Za-z0-9\-._~]{43,128}$/);
    // The API accepted the issuer's token: the case list answered 200.
    expect((await caseList).status()).toBe(200);
    expect(errors).toEqual([]);
    // Nothing of the session in browser storage: the tokens are in memory.
    const stored = (await page.evaluate('JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })')) as string;
    expect(stored).not.toMatch(/eyJ|access_token|refresh_token/);
    await context.close();
  });

  it('signs out at the issuer and comes back to the sign-in page', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${runtime.baseUrl}/`);
    await page.getByRole('button', { name: 'Sign in with your organisation' }).click();
    await page.getByText('Signed in as Chan Sokha').waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in with your organisation' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await context.close();
  });
});

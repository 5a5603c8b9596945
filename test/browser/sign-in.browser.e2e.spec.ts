import type { Browser } from 'playwright-core';
import { BROWSER_SKIP_LINE, browserSuiteMode, launchChromium } from '../../tools/browser/chromium';
import { accessibilityViolations, fontsRenderingNode, watchPageErrors } from '../../tools/browser/page-checks';
import { startRuntime, type RunningRuntime } from '../../tools/browser/runtime';

const mode = browserSuiteMode();
if (mode === 'skip') process.stdout.write(`${BROWSER_SKIP_LINE}\n`);
const describeBrowser = mode === 'skip' ? describe.skip : describe;

// `npm start` then http://127.0.0.1:3000/ shows the sign-in page: the built app served by the
// embedded runtime under its strict Content-Security-Policy, in English and in Khmer.
describeBrowser('the web app in Chromium: the first page', () => {
  let runtime: RunningRuntime;
  let browser: Browser;

  beforeAll(async () => {
    if (mode === 'fail') throw new Error(`${BROWSER_SKIP_LINE} under CI`);
    [runtime, browser] = await Promise.all([startRuntime(), launchChromium()]);
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await runtime?.stop();
  });

  it('shows the sign-in page at / with no script blocked or failing', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    const errors = watchPageErrors(page);
    const response = await page.goto(`${runtime.baseUrl}/`);
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(page.url()).toBe(`${runtime.baseUrl}/sign-in?next=%2F`);
    await expect(page.getByLabel('Username').isVisible()).resolves.toBe(true);
    expect(errors.filter((e) => !e.includes('/api/session/config'))).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('draws Khmer with the Khmer font it ships, not the machine fonts or empty boxes', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    await page.goto(`${runtime.baseUrl}/sign-in`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByText('ខ្មែរ').click();
    const title = page.getByRole('heading', { name: 'ចូលប្រព័ន្ធ' });
    await title.waitFor();
    await page.evaluate('document.fonts.ready.then(() => true)');
    expect(await page.evaluate('document.documentElement.lang')).toBe('km');
    // Every glyph of the Khmer heading came from the app's own Noto Sans Khmer (a webfont), none
    // from a machine font or the last-resort box font.
    const fonts = await fontsRenderingNode(page, 'h2');
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.map((f) => ({ font: f.familyName.replace(/ (SemiBold|Bold|Regular)$/, ''), webfont: f.isCustomFont }))).toEqual(fonts.map(() => ({ font: 'Noto Sans Khmer', webfont: true })));
    // Browser-side expressions are strings: the test program has no DOM types.
    const loaded = await page.evaluate("[...document.fonts].filter((f) => f.family.includes('Noto Sans Khmer') && f.status === 'loaded').length");
    expect(loaded).toBeGreaterThan(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });
});

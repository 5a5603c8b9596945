import type { Page } from 'playwright-core';

/*
 * Driving the web app as a person does. The session lives in the page's memory only (never in
 * storage), so once signed in the checks move between screens inside the app, not by reloading.
 */

/** Signs in on the sign-in page (any language: the fields are found by name) and waits for `next`. */
export async function signIn(page: Page, baseUrl: string, username: string, password: string, next = '/'): Promise<void> {
  await page.goto(`${baseUrl}/sign-in?next=${encodeURIComponent(next)}`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await page.locator('#main').waitFor();
}

/** Moves to `path` inside the app (the router follows the history), keeping the session. */
export async function goTo(page: Page, path: string): Promise<void> {
  await page.evaluate(`window.history.pushState({}, '', ${JSON.stringify(path)}); window.dispatchEvent(new PopStateEvent('popstate', { state: {} }));`);
}

/** Waits until no query is loading (no busy loader on the page) and the fonts are in. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('.mantine-Loader-root').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
  await page.evaluate('document.fonts.ready.then(() => true)');
}

/** The page's horizontal overflow in pixels (0: nothing scrolls sideways but the tables' own containers). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return (await page.evaluate('document.scrollingElement.scrollWidth - window.innerWidth')) as number;
}

/** Chooses English or Khmer with the language switch in the header (or on the sign-in page). */
export async function chooseLanguage(page: Page, language: 'en' | 'km'): Promise<void> {
  await page.locator('.mantine-SegmentedControl-root label').filter({ hasText: language === 'km' ? 'ខ្មែរ' : 'English' }).first().click();
  await page.waitForFunction(`document.documentElement.lang === ${JSON.stringify(language)}`);
}

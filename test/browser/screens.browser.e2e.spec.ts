import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chooseLanguage, goTo, horizontalOverflow, signIn } from '../../tools/browser/app';
import { BROWSER_SKIP_LINE, browserSuiteMode, launchChromium } from '../../tools/browser/chromium';
import { accessibilityViolations, watchPageErrors } from '../../tools/browser/page-checks';
import { startRuntime, type RunningRuntime } from '../../tools/browser/runtime';
import { mainScreens, isNotFound, screenShown, SCREEN_USERS, type Screen, type ScreenUser } from '../../tools/browser/screens';
import { seedSmallDataset, type SeededCase } from '../../tools/browser/seed-api';
import { seedIntake, type SeededIntake } from '../../tools/browser/seed-intake';
import { addLocalUsers } from '../../tools/browser/users';

const mode = browserSuiteMode();
if (mode === 'skip') process.stdout.write(`${BROWSER_SKIP_LINE}\n`);
const describeBrowser = mode === 'skip' ? describe.skip : describe;
jest.setTimeout(240_000);

const VIEWPORTS = [
  { name: 'desktop 1366x768', width: 1366, height: 768 },
  { name: 'tablet 800x1280', width: 800, height: 1280 },
] as const;
const LANGUAGES = ['en', 'km'] as const;
const today = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

// Every main screen, in English and Khmer, on a desktop and a 10-inch tablet, with a small real
// dataset entered through the API: no WCAG 2.1 AA violation (axe), nothing scrolls sideways but
// the tables inside their own containers, no console error and no failed request. And the
// keyboard alone signs in, skips to the content and records a command.
describeBrowser('every screen in Chromium: accessible, no sideways scroll, no error', () => {
  let runtime: RunningRuntime;
  let browser: Browser;
  let cases: SeededCase[];
  let intake: SeededIntake;
  let screens: Screen[];
  const checked: string[] = [];
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    if (mode === 'fail') throw new Error(`${BROWSER_SKIP_LINE} under CI`);
    [runtime, browser] = await Promise.all([startRuntime(), launchChromium()]);
    [, cases, intake] = await Promise.all([addLocalUsers(runtime.dataDir, Object.values(SCREEN_USERS)), seedSmallDataset(runtime, today()), seedIntake(runtime, today())]);
    screens = mainScreens(cases, Number(today().slice(0, 4)), intake);
  }, 180_000);
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await runtime?.stop();
    if (checked.length) process.stdout.write(`screens checked: ${checked.length} (screen × language × viewport)\n`);
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: VIEWPORTS[0] });
    context.setDefaultTimeout(15_000);
    contexts.push(context);
    return context.newPage();
  }

  /** Signs in as `who` once, then checks each of its screens in each language and viewport; returns the problems found. */
  async function checkScreensOf(who: ScreenUser): Promise<string[]> {
    const page = await newPage();
    const errors = watchPageErrors(page);
    const problems: string[] = [];
    const mine = screens.filter((s) => s.as === who);
    if (who === 'nobody') await page.goto(`${runtime.baseUrl}/sign-in`);
    else await signIn(page, runtime.baseUrl, SCREEN_USERS[who].username, SCREEN_USERS[who].password);
    for (const language of LANGUAGES) {
      if (language === 'km') await chooseLanguage(page, 'km');
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize(viewport);
        for (const screen of mine) {
          const where = `${screen.name} (${language}, ${viewport.name})`;
          errors.length = 0;
          await goTo(page, screen.path);
          await page.waitForURL((url) => `${url.pathname}${url.search}` === screen.path);
          await screenShown(page);
          if (screen.optional && (await isNotFound(page))) continue;
          // Every screen, both languages, both viewports: Khmer text is longer and wraps
          // differently, so a tablet layout can fail in Khmer alone.
          for (const v of await accessibilityViolations(page)) problems.push(`${where}: ${v}`);
          const overflow = await horizontalOverflow(page);
          if (overflow > 0) problems.push(`${where}: the page scrolls sideways by ${overflow}px`);
          // The sign-in page asks for its configuration before anyone is signed in.
          for (const e of errors.filter((x) => !(who === 'nobody' && x.includes('/api/session/config')))) problems.push(`${where}: ${e}`);
          checked.push(where);
        }
      }
    }
    return problems;
  }

  it('the sign-in page', async () => {
    expect(await checkScreensOf('nobody')).toEqual([]);
  });
  it("a police officer's screens: home, the case list, opening a case, a case and its history, the referrals addressed to them", async () => {
    expect(await checkScreensOf('police')).toEqual([]);
  });
  it("a prosecutor's screens: court files, a court file, detention deadlines", async () => {
    expect(await checkScreensOf('prosecutor')).toEqual([]);
  });
  it("a statistician's screens: the eight statistics tables", async () => {
    expect(await checkScreensOf('statistician')).toEqual([]);
  });
  it("a social worker's screens: protection cases, registering a person, a case, its history and journey, overdue follow-ups", async () => {
    expect(await checkScreensOf('socialWorker')).toEqual([]);
  });
  it("a border official's screens: receptions, screened persons and returned bodies (lists, forms, records, histories), uploads", async () => {
    expect(await checkScreensOf('borderOfficial')).toEqual([]);
  });
  it("an auditor's screens: the access log and a record's history", async () => {
    expect(await checkScreensOf('auditor')).toEqual([]);
  });
  it("an admin's screens: forgetting a person, and the users when the app has them", async () => {
    expect(await checkScreensOf('admin')).toEqual([]);
  });

  it('the keyboard alone signs in, skips to the content and opens a case', async () => {
    const page = await newPage();
    const errors = watchPageErrors(page);
    const focused = () => page.evaluate("((e) => (e?.getAttribute('aria-label') || e?.labels?.[0]?.textContent || e?.textContent || '').trim())(document.activeElement)") as Promise<string>;
    /** Tab until the focused element's name is `name` (at most 40 presses). */
    const tabTo = async (name: string | RegExp) => {
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const now = await focused();
        if (typeof name === 'string' ? now === name : name.test(now)) return;
      }
      throw new Error(`no focusable element named ${String(name)}`);
    };
    await page.goto(`${runtime.baseUrl}/sign-in`);
    await page.locator('input[name="username"]').waitFor();
    await page.keyboard.press('Tab');
    while ((await page.evaluate('document.activeElement?.getAttribute("name")')) !== 'username') await page.keyboard.press('Tab');
    await page.keyboard.type(SCREEN_USERS.police.username);
    await page.keyboard.press('Tab');
    await page.keyboard.type(SCREEN_USERS.police.password);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /^Welcome, / }).waitFor();

    // The first Tab reaches the skip link; Enter moves the focus to the main content.
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate('document.activeElement?.id')).toBe('main');

    await tabTo('Police cases');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Police cases', level: 1 }).waitFor();
    await tabTo('Open a case');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Open a police case' }).waitFor();
    // Unit and province are the officer's own already; choose the offence by typing it.
    while (!(await page.evaluate("document.activeElement?.closest('.mantine-MultiSelect-root') !== null"))) await page.keyboard.press('Tab');
    await page.keyboard.type('Procuring');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await tabTo("Your unit's file reference");
    await page.keyboard.type('KBD-001');
    await tabTo('Open the case');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Case KBD-001' }).waitFor();
    await page.getByText('Procuring (principal)').waitFor();
    expect(errors).toEqual([]);
  });
});

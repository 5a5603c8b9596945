import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { chooseLanguage, goTo, settle } from '../../tools/browser/app';
import { BROWSER_SKIP_LINE, browserSuiteMode, launchChromium } from '../../tools/browser/chromium';
import { accessibilityViolations, fontsRenderingNode, watchPageErrors } from '../../tools/browser/page-checks';
import { startRuntime, type RunningRuntime } from '../../tools/browser/runtime';
import { seedProtectionCase } from '../../tools/browser/seed-protection';
import { addLocalUsers } from '../../tools/browser/users';

const mode = browserSuiteMode();
if (mode === 'skip') process.stdout.write(`${BROWSER_SKIP_LINE}\n`);
const describeBrowser = mode === 'skip' ? describe.skip : describe;
jest.setTimeout(90_000);

const PASSWORD = 'correct horse battery staple';
const USERS = [
  { username: 'sophea.kim', name: 'Sophea Kim', role: 'social_worker', provinces: ['battambang'], unit: 'dosvy-battambang', password: PASSWORD },
  { username: 'dara.aple', name: 'Dara Heng', role: 'partner_worker', provinces: ['*'], unit: 'ngo-aple', password: PASSWORD },
];
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/;
const APLE = 'Action pour les Enfants (APLE)';

// Issue 12's screens in a real browser against the real runtime: a social worker registers a
// person received at Poipet, records consent and a referral, the shelter stay, the family
// assessment, the integration and a follow-up visit, one dialog per step; a partner worker sees
// only the cases referred to their organisation, the name only where consent shares it; the II.D
// tables count those cases; the case reads in Khmer with the shipped font. One runtime, in order.
describeBrowser('protection screens, in Chromium', () => {
  let runtime: RunningRuntime;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let personId = '';
  let notReferred = '';
  let referredWithoutConsent = '';
  const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
  const year = Number(today.slice(0, 4));

  beforeAll(async () => {
    if (mode === 'fail') throw new Error(`${BROWSER_SKIP_LINE} under CI`);
    [runtime, browser] = await Promise.all([startRuntime(), launchChromium()]);
    await addLocalUsers(runtime.dataDir, USERS);
    context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    // A missing control fails its step with the locator's name, within the test's own time.
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
    errors = watchPageErrors(page);
  }, 120_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await runtime?.stop();
  });

  const signInAs = async (username: string) => {
    await page.goto(`${runtime.baseUrl}/sign-in`);
    await page.getByLabel('Username').fill(username);
    await page.getByLabel(/^Password/).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: /^Welcome, / }).waitFor();
  };
  const signOut = async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  };
  /**
   * Chooses an option of a select (a Mantine combobox; its options in a list of their own). A
   * multi-select's input sits under its pills' frame, which takes the click: forced to the input.
   */
  const choose = async (scope: Page | Locator, label: string | RegExp, option: string) => {
    await scope.getByRole('combobox', { name: label, exact: true }).click({ force: true });
    await page.getByRole('option', { name: option, exact: true }).click();
  };
  /** Opens a command's dialog by its button, fills it, saves, and waits for it to close. */
  const command = async (button: string, fill: (dialog: Locator) => Promise<void> = async () => undefined) => {
    await page.getByRole('button', { name: button, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: button });
    await dialog.waitFor();
    await fill(dialog);
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  };

  it('the social worker registers a person received at Poipet', async () => {
    await signInAs('sophea.kim');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Protection cases' }).click();
    await page.getByRole('heading', { name: 'Protection cases', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Register a person' }).click();
    await page.getByRole('heading', { name: 'Register a person', level: 1 }).waitFor();
    // The social worker's only province is chosen already; the reception is today by default.
    await expect(page.getByRole('combobox', { name: 'Province' }).inputValue()).resolves.toBe('Battambang');
    await choose(page, 'How the person was received', 'From overseas authorities');
    await choose(page, 'Airport or checkpoint', 'Poipet International Checkpoint');
    await choose(page, 'Country returned from', 'Thailand');
    await choose(page, 'Sex', 'Female');
    await page.getByRole('textbox', { name: 'Age in years when received' }).fill('17');
    await choose(page, 'Form of exploitation', 'Labour exploitation');
    await page.getByRole('textbox', { name: 'Full name' }).fill('Chan Sreyneang');
    await page.getByRole('button', { name: 'Register the person' }).click();
    await page.getByRole('heading', { name: /^Protection case [0-9a-f]{8}$/ }).waitFor();
    personId = UUID.exec(page.url())?.[0] ?? '';
    expect(page.url()).toBe(`${runtime.baseUrl}/protection/cases/${personId}`);
    const person = page.getByRole('region', { name: 'The person' });
    await person.getByText('Chan Sreyneang').waitFor();
    await page.getByRole('region', { name: 'Reception' }).getByText('Poipet International Checkpoint').waitFor();
  });

  it('records consent, a referral, the shelter stay, the family, the integration and a follow-up visit, one dialog each', async () => {
    await command('Record consent', async (dialog) => {
      await choose(dialog, 'Organisation 1', APLE);
      await choose(dialog, 'For', 'Shelter');
      await page.getByRole('option', { name: 'Follow-up', exact: true }).click();
      await page.keyboard.press('Escape');
    });
    await page.getByRole('table', { name: 'Organisations the person agreed to share with, and for what' }).getByText('Shelter; Follow-up').waitFor();
    await command('Refer the case', (dialog) => choose(dialog, 'Refer to', APLE));
    await command('Admit to a shelter', (dialog) => choose(dialog, 'Shelter', APLE));
    await page.getByText('In the shelter now').waitFor();
    await expect(page.getByRole('button', { name: 'Admit to a shelter' }).isDisabled()).resolves.toBe(true);
    await command('Record leaving the shelter', (dialog) => choose(dialog, 'Why the person left', 'Returned to the family'));
    await command('Assess the family', (dialog) => choose(dialog, 'Outcome', 'Suitable'));
    await command('Integrate into the community', async (dialog) => {
      // The worker's department and the case's province are filled in.
      await expect(dialog.getByRole('combobox', { name: 'Integrated by' }).inputValue()).resolves.toBe('Provincial Department of Social Affairs, Battambang');
      await expect(dialog.getByRole('combobox', { name: 'Province where the person now lives' }).inputValue()).resolves.toBe('Battambang');
    });
    await page.getByText('Integrated', { exact: true }).first().waitFor();
    await command('Record a follow-up visit', (dialog) => choose(dialog, 'What the visit found', 'Stable'));

    const visits = page.getByRole('table', { name: /^Follow-up visits, as of / });
    await visits.waitFor();
    const rows = await visits.locator('tbody tr').allInnerTexts();
    // The department's schedule is the default (1, 3, 6 and 12 months); the first visit is made.
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatch(/^Visit 1 \(month 1\)[\s\S]+Done[\s\S]+Stable$/i);
    expect(rows[1]).toMatch(/^Visit 2 \(month 3\)[\s\S]+Upcoming/i);

    await page.getByRole('tab', { name: 'History and as-of' }).click();
    await page.waitForURL(`${runtime.baseUrl}/protection/cases/${personId}/history`);
    const history = page.getByRole('list', { name: 'History' });
    await history.getByText('Follow-up visit', { exact: true }).waitFor();
    const titles = await history.locator('li h3').allInnerTexts();
    expect(titles).toEqual([
      'Protection case opened',
      'Consent recorded',
      'Case referred',
      'Admitted to a shelter',
      'Left the shelter',
      'Family assessed',
      'Integrated into the community',
      'Follow-up visit',
    ]);
    await page.getByRole('tab', { name: 'Journey' }).click();
    const journey = page.getByRole('list', { name: "The person's journey" });
    await journey.getByText('Received by social affairs').waitFor();
    const steps = await journey.locator(':scope > li').evaluateAll((items) => items.map((li) => li.getAttribute('data-step')));
    expect(steps).toEqual(['received_by_social_affairs', 'consent_recorded', 'referred', 'shelter_admitted', 'shelter_departed', 'family_assessed', 'integrated', 'follow_up_visit']);
    await journey.locator(':scope > li').filter({ hasText: 'Admitted to a shelter' }).getByText(`Shelter: ${APLE}`).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await signOut();
  });

  it('a partner worker sees only the cases referred to their organisation, the name only where consent shares it', async () => {
    notReferred = await seedProtectionCase(runtime, { province: 'battambang', receivedOn: today, sex: 'M', ageInYears: 24, exploitationType: 'labour', fullName: 'Pich Bopha' });
    referredWithoutConsent = await seedProtectionCase(runtime, { province: 'battambang', receivedOn: today, sex: 'F', ageInYears: 15, exploitationType: 'sexual', fullName: 'Mean Chenda', referTo: 'ngo-aple' });

    await signInAs('dara.aple');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Protection cases' }).click();
    await page.getByRole('note').getByText(`You see the cases referred to ${APLE}.`, { exact: false }).waitFor();
    const table = page.getByRole('table', { name: 'Protection cases in your scope, most recently received first' });
    await table.waitFor();
    const links = await table.locator('tbody tr th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.sort()).toEqual([`/protection/cases/${personId}`, `/protection/cases/${referredWithoutConsent}`].sort());
    await expect(page.getByRole('link', { name: 'Register a person' }).count()).resolves.toBe(0);

    await table.getByRole('link', { name: `Case ${personId.slice(0, 8)}` }).click();
    await page.getByRole('region', { name: 'The person' }).getByText('Chan Sreyneang').waitFor();
    // A partner records for its own organisation only: no referral, no closing.
    await expect(page.getByRole('button', { name: 'Refer the case' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Close the case' }).count()).resolves.toBe(0);

    await goTo(page, `/protection/cases/${referredWithoutConsent}`);
    await page.getByRole('region', { name: 'The person' }).getByText('Withheld', { exact: true }).waitFor();
    await page.getByRole('note').getByText('Name and birth date withheld').waitFor();
    await expect(page.getByText('Mean Chenda').count()).resolves.toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    const before = errors.length;
    await goTo(page, `/protection/cases/${notReferred}`);
    await page.getByRole('alert').getByText('Not found').waitFor();
    await expect(page.getByText('Pich Bopha').count()).resolves.toBe(0);
    // The API answered 404 for the case outside the partner's scope, as it should.
    expect(errors.slice(before)).toEqual([`404: /api/protection/cases/${notReferred}`]);
    errors.splice(before);
    await signOut();
  });

  it("the II.D tables count the province's cases: received, integrated, visited", async () => {
    await signInAs('sophea.kim');
    await goTo(page, `/statistics/protection?year=${year}&province=battambang`);
    await page.getByRole('heading', { name: 'Victim protection', level: 1 }).waitFor();
    const cells = async (table: Locator, rowHeader: string) => table.locator('tr').filter({ has: page.getByRole('rowheader', { name: rowHeader, exact: true }) }).first().getByRole('cell').allInnerTexts();
    const received = page.getByRole('table', { name: `Persons received ${year}, Battambang` });
    await received.waitFor();
    // Persons: all, men, women, boys, girls.
    expect(await cells(received, 'From overseas authorities')).toEqual(['1', '0', '0', '0', '1']);
    expect(await cells(received, 'Referred by an NGO')).toEqual(['2', '1', '0', '0', '1']);
    expect(await cells(received, 'Total')).toEqual(['3', '1', '0', '0', '2']);
    const integrations = page.getByRole('table', { name: `Integrations into the community ${year}, Battambang` });
    expect(await cells(integrations, 'Provincial Departments of Social Affairs')).toEqual(['1', '0', '0', '0', '1']);
    const followUps = page.getByRole('table', { name: `Follow-up visits after integration ${year}, Battambang` });
    expect((await cells(followUps, 'Total')).at(-1)).toBe('1');
    const chart = page.getByRole('img', { name: new RegExp(`^Persons received by channel, ${year} and ${year - 1}, Battambang`) });
    await chart.scrollIntoViewIfNeeded();
    expect(await chart.getAttribute('aria-label')).toMatch(new RegExp(`From overseas authorities: ${year} 1, ${year - 1} 0; Referred by an NGO: ${year} 2, ${year - 1} 0`));
  });

  it('in Khmer, the case reads in Khmer words and digits, drawn with the shipped Noto Sans Khmer', async () => {
    await chooseLanguage(page, 'km');
    await goTo(page, `/protection/cases/${personId}`);
    await page.locator('h1').filter({ hasText: `ករណីការពារ ${personId.slice(0, 8)}` }).waitFor();
    await settle(page);
    await page.getByText('បានធ្វើសមាហរណកម្ម', { exact: true }).first().waitFor();
    const visits = page.getByRole('table', { name: /^ការចុះតាមដាន គិតត្រឹមថ្ងៃ / });
    const first = await visits.locator('tbody tr').first().innerText();
    expect(first).toMatch(/^លើកទី ១ \(ខែទី ១\)/);
    expect(first).toContain('បានធ្វើរួច');
    // Dates in Khmer digits and month names, never western digits.
    expect(first).not.toMatch(/[0-9]/);
    const fonts = await fontsRenderingNode(page, 'h1');
    expect(fonts.some((f) => f.familyName.startsWith('Noto Sans Khmer') && f.isCustomFont)).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { chooseLanguage, goTo, settle } from '../../tools/browser/app';
import { BROWSER_SKIP_LINE, browserSuiteMode, launchChromium } from '../../tools/browser/chromium';
import { accessibilityViolations, fontsRenderingNode, watchPageErrors } from '../../tools/browser/page-checks';
import { startRuntime, type RunningRuntime } from '../../tools/browser/runtime';
import { addLocalUsers } from '../../tools/browser/users';

const mode = browserSuiteMode();
if (mode === 'skip') process.stdout.write(`${BROWSER_SKIP_LINE}\n`);
const describeBrowser = mode === 'skip' ? describe.skip : describe;
jest.setTimeout(90_000);

const PASSWORD = 'correct horse battery staple';
const USERS = [
  { username: 'sopheap.border', name: 'Sopheap Chea', role: 'border_official', provinces: ['banteay-meanchey'], unit: 'border-liaison-office', password: PASSWORD },
  { username: 'rithy.police', name: 'Rithy Sok', role: 'police', provinces: ['banteay-meanchey'], unit: 'police-banteay-meanchey', password: PASSWORD },
  { username: 'dara.nuon', name: 'Dara Nuon', role: 'statistician', provinces: ['*'], password: PASSWORD },
];
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[45][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/;
const POIPET = 'Poipet International Checkpoint';

// Issue 13's screens in a real browser against the real runtime: a border official at Poipet
// records a reception, screens a person who came with it and refers them to social affairs and to
// the police (one dialog each, the fields following the destination), corrects the reception
// after someone else did (the conflict panel), and uploads a CSV of receptions with one bad row,
// which is refused by line and column; the police see the referral addressed to them; the II.D.1
// tables count it all; the records read in Khmer. One runtime, in order.
describeBrowser('intake screens, in Chromium', () => {
  let runtime: RunningRuntime;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let receptionId = '';
  let personId = '';
  const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
  const year = Number(today.slice(0, 4));
  const tag = String(Date.now()).slice(-6);
  const reference = `BLO-${tag}`;

  beforeAll(async () => {
    if (mode === 'fail') throw new Error(`${BROWSER_SKIP_LINE} under CI`);
    [runtime, browser] = await Promise.all([startRuntime(), launchChromium()]);
    await addLocalUsers(runtime.dataDir, USERS);
    context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
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
  const nav = (name: string) => page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name, exact: true });
  /** Chooses an option of a select (a Mantine combobox; its options in a list of their own). */
  const choose = async (scope: Page | Locator, label: string | RegExp, option: string) => {
    await scope.getByRole('combobox', { name: label, exact: true }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  };
  /** Opens a command's dialog by its button, fills it, saves, and waits for it to close. */
  const command = async (button: string, fill: (dialog: Locator) => Promise<void>) => {
    await page.getByRole('button', { name: button, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: button });
    await dialog.waitFor();
    await fill(dialog);
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  };

  it('the border official records a reception at Poipet', async () => {
    await signInAs('sopheap.border');
    await nav('Receptions').click();
    await page.getByRole('heading', { name: 'Receptions', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Record a reception' }).click();
    await page.getByRole('heading', { name: 'Record a reception', level: 1 }).waitFor();
    // The official's unit is the receiving unit already; the reception is today by default.
    await expect(page.getByRole('combobox', { name: 'Receiving unit' }).inputValue()).resolves.toBe('Cambodian-Thai Border Liaison Office');
    await page.getByRole('textbox', { name: "Your unit's reference" }).fill(reference);
    await choose(page, 'Place', POIPET);
    await choose(page, 'Returned by', 'Foreign authorities');
    await choose(page, 'Country returned from', 'Thailand');
    await choose(page, 'Reason for return', 'Suspected trafficking or cheated by brokers');
    await page.getByRole('textbox', { name: 'Men', exact: true }).fill('10');
    await page.getByRole('textbox', { name: 'Women', exact: true }).fill('5');
    await page.getByRole('textbox', { name: 'Boys', exact: true }).fill('1');
    await page.getByRole('textbox', { name: 'Girls', exact: true }).fill('2');
    await page.getByRole('button', { name: 'Record the reception' }).click();
    await page.getByRole('heading', { name: `Reception ${reference}`, level: 1 }).waitFor();
    receptionId = UUID.exec(page.url())?.[0] ?? '';
    expect(page.url()).toBe(`${runtime.baseUrl}/intake/receptions/${receptionId}`);
    const figures = page.getByRole('region', { name: 'The reception', exact: true });
    await figures.getByText(POIPET).waitFor();
    await figures.getByText('18', { exact: true }).waitFor();
  });

  it('screens a person who came with it and refers them to social affairs and to the police', async () => {
    await page.getByRole('link', { name: 'Screen a person' }).click();
    await page.getByRole('heading', { name: 'Screen a person', level: 1 }).waitFor();
    // The reception's place and reference come with the link.
    await expect(page.getByRole('textbox', { name: 'Reception reference' }).inputValue()).resolves.toBe(reference);
    await expect(page.getByRole('combobox', { name: 'Place' }).inputValue()).resolves.toBe(POIPET);
    await page.getByRole('textbox', { name: "Your unit's reference" }).fill(`${reference}-P1`);
    await choose(page, 'Outcome', 'Suspected victim of trafficking');
    await choose(page, 'Exploitation indicated', 'Labour exploitation');
    await choose(page, 'Sex', 'Female');
    await choose(page, 'Country returned from', 'Thailand');
    await page.getByRole('textbox', { name: 'Age in years when screened' }).fill('17');
    await page.getByRole('textbox', { name: 'Full name' }).fill('Srey Pov');
    await page.getByRole('button', { name: 'Record the screening' }).click();
    await page.getByRole('heading', { name: `Screened person ${reference}-P1`, level: 1 }).waitFor();
    personId = UUID.exec(page.url())?.[0] ?? '';
    expect(page.url()).toBe(`${runtime.baseUrl}/intake/screenings/${personId}`);
    await page.getByRole('region', { name: 'The person' }).getByText('Srey Pov').waitFor();

    await command('Refer the person', async (dialog) => {
      await choose(dialog, 'Referred to', 'Social affairs');
      await choose(dialog, 'Organisation', 'Provincial Department of Social Affairs, Banteay Meanchey');
    });
    await command('Refer the person', async (dialog) => {
      await choose(dialog, 'Referred to', 'Police');
      // A police referral asks for the unit and the case or the offence, never an organisation.
      await expect(dialog.getByRole('combobox', { name: 'Organisation' }).count()).resolves.toBe(0);
      await choose(dialog, 'Police unit', 'Banteay Meanchey Provincial Police Commissariat');
      await dialog.getByRole('combobox', { name: 'Suspected offence', exact: true }).fill('Unlawful recruitment for exploitation');
      await page.getByRole('option', { name: 'Unlawful recruitment for exploitation', exact: true }).click();
    });
    const referrals = page.getByRole('table', { name: 'Where the person was referred' });
    await referrals.getByText('Provincial Department of Social Affairs, Banteay Meanchey').waitFor();
    await referrals.getByText(/^Banteay Meanchey Provincial Police Commissariat \(a new case for /).waitFor();

    await page.getByRole('tab', { name: 'History and as-of' }).click();
    await page.waitForURL(`${runtime.baseUrl}/intake/screenings/${personId}/history`);
    const history = page.getByRole('list', { name: 'History' });
    await history.locator('li h3').nth(2).waitFor();
    expect(await history.locator('li h3').allInnerTexts()).toEqual(['Person screened', 'Person referred', 'Person referred']);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('a correction made meanwhile by someone else shows in the conflict panel; the new version is corrected', async () => {
    await goTo(page, `/intake/receptions/${receptionId}`);
    await page.getByRole('heading', { name: `Reception ${reference}`, level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Correct the reception', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Correct the reception' });
    await dialog.waitFor();
    // Another official corrects the same reception through the API first.
    const token = await runtime.token('border_official', ['banteay-meanchey'], 'border-liaison-office', 'other-official');
    const current = await fetch(`${runtime.baseUrl}/api/intake/receptions/${receptionId}`, { headers: { Authorization: `Bearer ${token}` } });
    const other = await fetch(`${runtime.baseUrl}/api/intake/receptions/${receptionId}/corrections`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'If-Match': current.headers.get('ETag') ?? '' },
      body: JSON.stringify({ place: 'poipet', receivedOn: today, receivedBy: 'border-liaison-office', returnedBy: 'foreign_authorities', countryReturnedFrom: 'THA', reason: 'suspected_trafficking', counts: { men: 11, women: 5, boys: 1, girls: 2 }, correctedOn: today, justification: 'One man was missed' }),
    });
    expect(other.status).toBe(200);
    const before = errors.length;
    await dialog.getByRole('textbox', { name: 'Girls', exact: true }).fill('3');
    await dialog.getByRole('textbox', { name: 'Why' }).fill('A girl was counted as a boy');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    const conflict = dialog.getByTestId('conflict-panel');
    await conflict.getByText('Reception corrected').waitFor();
    await conflict.getByText(/One man was missed/).waitFor();
    // The API answered 409 for the version the form was filled on, as it should.
    expect(errors.slice(before)).toEqual([`409: /api/intake/receptions/${receptionId}/corrections`]);
    errors.splice(before);
    await conflict.getByRole('button', { name: 'Load the new version and try again' }).click();
    await conflict.waitFor({ state: 'detached' });
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    // The form is kept through the reload: its figures replace theirs as a whole (10 + 5 + 1 + 3).
    await page.getByRole('region', { name: 'The reception', exact: true }).getByText('19', { exact: true }).waitFor();
    await page.getByText('Corrected', { exact: true }).first().waitFor();
  });

  it('uploads a CSV of receptions: the good rows are recorded, the bad one refused by line and column', async () => {
    await nav('Upload a file').click();
    await page.getByRole('heading', { name: 'Upload a file', level: 1 }).waitFor();
    const header = 'reference,place,received_on,received_by,returned_by,country_returned_from,reason,men,women,boys,girls';
    const csv = [
      header,
      `${reference}-U1,poipet,${today},border-liaison-office,foreign_authorities,THA,illegal_work,20,10,0,0`,
      `${reference}-U2,nowhere,${today},border-liaison-office,foreign_authorities,THA,illegal_work,3,0,0,0`,
      `${reference}-U3,o-bei-choan,${today},border-liaison-office,foreign_authorities,THA,illegal_border_crossing,4,4,1,1`,
    ].join('\n');
    await page.locator('input[type="file"]').setInputFiles({ name: `receptions-${tag}.csv`, mimeType: 'text/csv', buffer: Buffer.from(`${csv}\n`, 'utf8') });
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    const result = page.getByTestId('upload-result');
    await result.waitFor({ timeout: 30_000 });
    await result.getByText('Rows read: 3').waitFor();
    await result.getByText('Recorded now: 2').waitFor();
    await result.getByText('Refused: 1').waitFor();
    const refusals = result.getByRole('table', { name: 'Refused rows: the line in the file, the column and why' });
    const rows = await refusals.locator('tbody tr').allInnerTexts();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^3\s+place\s+/);
    await page.getByRole('table', { name: 'Files uploaded, most recent first' }).getByText(`receptions-${tag}.csv`).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await signOut();
  });

  it('the police see the referral addressed to them, and the person it names', async () => {
    await signInAs('rithy.police');
    await nav('Referrals to me').click();
    await page.getByRole('heading', { name: 'Referrals to me', level: 1 }).waitFor();
    const table = page.getByRole('table', { name: 'Referrals addressed to you, most recent first' });
    const row = table.locator('tbody tr').filter({ has: page.getByRole('link', { name: `Person ${personId.slice(0, 8)}` }) });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/Banteay Meanchey Provincial Police Commissariat/);
    // Only the police referral: the one to social affairs is not addressed to the police.
    await expect(table.locator('tbody tr').filter({ hasText: 'Department of Social Affairs' }).count()).resolves.toBe(0);
    await row.getByRole('link').click();
    await page.getByRole('heading', { name: `Screened person ${reference}-P1`, level: 1 }).waitFor();
    await page.getByRole('region', { name: 'The person' }).getByText('Srey Pov').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await signOut();
  });

  it('the II.D.1 tables count the receptions, the screening and its referrals', async () => {
    await signInAs('dara.nuon');
    await goTo(page, `/statistics/intake?year=${year}&province=banteay-meanchey`);
    await page.getByRole('heading', { name: 'Returning workers', level: 1 }).waitFor();
    await settle(page);
    const cells = async (table: Locator, rowHeader: string) => table.locator('tr').filter({ has: page.getByRole('rowheader', { name: rowHeader, exact: true }) }).first().getByRole('cell').allInnerTexts();
    const receptions = page.getByRole('table', { name: `Returning workers received ${year}, Banteay Meanchey` });
    await receptions.waitFor();
    // Receptions, persons, men, women, boys, girls, women and girls, minors: the corrected
    // reception (19) and the two good rows of the file (30 and 10).
    expect(await cells(receptions, POIPET)).toEqual(['2', '49', '30', '15', '1', '3', '18', '4']);
    expect(await cells(receptions, 'O Bei Choan Checkpoint')).toEqual(['1', '10', '4', '4', '1', '1', '5', '2']);
    expect((await cells(receptions, 'Total')).slice(0, 2)).toEqual(['3', '59']);
    const screenings = page.getByRole('table', { name: `Screening outcomes and referrals ${year}, Banteay Meanchey` });
    expect((await cells(screenings, 'Suspected victim of trafficking'))[0]).toBe('1');
    expect((await cells(screenings, 'Police')).at(5)).toBe('1');
    expect((await cells(screenings, 'Social affairs')).at(5)).toBe('1');
    const chart = page.getByRole('img', { name: new RegExp(`^Receptions by Place, ${year} and ${year - 1}, Banteay Meanchey`) });
    await chart.scrollIntoViewIfNeeded();
    expect(await chart.getAttribute('aria-label')).toContain(`${POIPET}: ${year} 2, ${year - 1} 0`);
    expect(await accessibilityViolations(page)).toEqual([]);
    await signOut();
  });

  it('in Khmer, the reception and the person read in Khmer words and digits, drawn with the shipped Noto Sans Khmer', async () => {
    await signInAs('sopheap.border');
    await chooseLanguage(page, 'km');
    await goTo(page, `/intake/receptions/${receptionId}`);
    await page.locator('h1').filter({ hasText: `ការទទួល ${reference}` }).waitFor();
    await settle(page);
    const figures = page.getByRole('region', { name: 'ការទទួល', exact: true });
    await figures.getByText('ច្រកព្រំដែនអន្តរជាតិប៉ោយប៉ែត').waitFor();
    await figures.getByText('១៩', { exact: true }).waitFor();
    const fonts = await fontsRenderingNode(page, 'h1');
    expect(fonts.some((f) => f.familyName.startsWith('Noto Sans Khmer') && f.isCustomFont)).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await goTo(page, `/intake/screenings/${personId}`);
    await page.getByText('សង្ស័យជាជនរងគ្រោះនៃការជួញដូរ').first().waitFor();
    await settle(page);
    expect(await accessibilityViolations(page)).toEqual([]);
    await goTo(page, `/intake/uploads`);
    await page.locator('h1').filter({ hasText: 'ផ្ទុកឯកសារឡើង' }).waitFor();
    await settle(page);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

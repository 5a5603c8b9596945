/**
 * A picture of every main screen in English and Khmer: `npm run screenshots [-- --out folder]`.
 * Starts the embedded runtime on a free port with a temporary data folder, creates the local
 * users, enters a small synthetic dataset through the API (police cases in Battambang and Siem
 * Reap with arrests, rescues and forwarding; court steps as prosecutor and judge), then writes
 * `<screen>.en.png` and `<screen>.km.png` for each screen. Needs Chromium (as the browser tests).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import type { Page } from 'playwright-core';
import { chooseLanguage, goTo, signIn } from '../browser/app';
import { launchChromium } from '../browser/chromium';
import { startRuntime } from '../browser/runtime';
import { isNotFound, mainScreens, screenShown, SCREEN_USERS, type ScreenUser } from '../browser/screens';
import { seedSmallDataset } from '../browser/seed-api';
import { addLocalUsers } from '../browser/users';

async function main(): Promise<number> {
  const argv = await yargs(hideBin(process.argv))
    .scriptName('npm run screenshots --')
    .usage('$0 [--out reports/screenshots] [--width 1366] [--height 768]\n\nA PNG of every main screen in English and Khmer (<screen>.en.png, <screen>.km.png), on a fresh runtime with a small synthetic dataset.')
    .option('out', { type: 'string', default: 'reports/screenshots', describe: 'folder for the PNGs (created if missing)' })
    .option('width', { type: 'number', default: 1366, describe: 'viewport width in CSS pixels' })
    .option('height', { type: 'number', default: 768, describe: 'viewport height in CSS pixels (the pictures are of the whole page)' })
    .option('full-page', { type: 'boolean', default: true, describe: 'the whole page, not only the viewport' })
    .check((a) => {
      if (!(Number.isInteger(a.width) && a.width >= 320 && a.width <= 3840)) throw new Error('--width must be a whole number from 320 to 3840');
      if (!(Number.isInteger(a.height) && a.height >= 320 && a.height <= 3840)) throw new Error('--height must be a whole number from 320 to 3840');
      return true;
    })
    .strict()
    .version(false)
    .help()
    .parse();
  const out = resolve(argv.out);
  mkdirSync(out, { recursive: true });
  const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

  process.stderr.write('Starting the runtime and entering the dataset…\n');
  const [runtime, browser] = await Promise.all([startRuntime(), launchChromium()]);
  // Ctrl-C: the runtime is a child process with a temporary data folder; leave neither behind.
  process.once('SIGINT', () => void Promise.allSettled([browser.close(), runtime.stop()]).then(() => process.exit(130)));
  const bar = new SingleBar({ format: 'screenshots [{bar}] {percentage}% | {value}/{total} | {screen}', hideCursor: true, stream: process.stderr, noTTYOutput: true, notTTYSchedule: 5000 }, Presets.shades_classic);
  let written = 0;
  try {
    const [, cases] = await Promise.all([addLocalUsers(runtime.dataDir, Object.values(SCREEN_USERS)), seedSmallDataset(runtime, today)]);
    const screens = mainScreens(cases, Number(today.slice(0, 4)));
    bar.start(screens.length * 2, 0, { screen: '' });
    const byUser = new Map<ScreenUser, typeof screens>();
    for (const s of screens) byUser.set(s.as, [...(byUser.get(s.as) ?? []), s]);
    for (const [who, mine] of byUser) {
      const context = await browser.newContext({ viewport: { width: argv.width, height: argv.height } });
      context.setDefaultTimeout(20_000);
      const page: Page = await context.newPage();
      if (who === 'nobody') await page.goto(`${runtime.baseUrl}/sign-in`);
      else await signIn(page, runtime.baseUrl, SCREEN_USERS[who].username, SCREEN_USERS[who].password);
      for (const language of ['en', 'km'] as const) {
        if (language === 'km') await chooseLanguage(page, 'km');
        for (const screen of mine) {
          bar.increment(0, { screen: `${screen.name}.${language}` });
          await goTo(page, screen.path);
          await page.waitForURL((url) => `${url.pathname}${url.search}` === screen.path);
          await screenShown(page);
          if (!(screen.optional && (await isNotFound(page)))) {
            // Charts draw with a short animation.
            await page.waitForTimeout(screen.name.startsWith('statistics') ? 700 : 100);
            await page.screenshot({ path: join(out, `${screen.name}.${language}.png`), fullPage: argv['full-page'] });
            written++;
          }
          bar.increment(1);
        }
      }
      await context.close();
    }
    bar.stop();
  } finally {
    bar.stop();
    await browser.close();
    await runtime.stop();
  }
  process.stdout.write(`Wrote ${written} screenshots to ${out}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);

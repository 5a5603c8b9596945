import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium (Playwright cannot download its own browsers here). `.ci/run` installs it
 * with apt-get when missing; CASETRAIL_CHROMIUM points elsewhere.
 */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = [env['CASETRAIL_CHROMIUM'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => !!p);
  return candidates.find((p) => existsSync(p)) ?? null;
}

export const BROWSER_SKIP_LINE = 'SKIPPED: browser suite (no Chromium; apt-get install chromium, or set CASETRAIL_CHROMIUM)';

/** Run when Chromium is there; without it, fail under CI and skip with one line otherwise. */
export function browserSuiteMode(env: NodeJS.ProcessEnv = process.env): 'run' | 'skip' | 'fail' {
  if (chromiumPath(env)) return 'run';
  return env['CI'] === 'true' ? 'fail' : 'skip';
}

/**
 * Headless Chromium as this machine allows it: as root it needs --no-sandbox; the closed network
 * refuses Chromium's background connections, so those are turned off.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(BROWSER_SKIP_LINE);
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--font-render-hinting=none'],
  });
}

import type { Page } from 'playwright-core';
import type { SeededCase } from './seed-api';
import type { SeededIntake } from './seed-intake';
import type { LocalUserSpec } from './users';

/*
 * The main screens of the web app, who sees each, and where: shared by the browser checks
 * (test/browser/screens.browser.e2e.spec.ts) and `npm run screenshots`.
 */

export const SCREEN_PASSWORD = 'correct horse battery staple';

export const SCREEN_USERS = {
  police: { username: 'sokha.chan', name: 'Sokha Chan', role: 'police', provinces: ['battambang'], unit: 'police-battambang', password: SCREEN_PASSWORD },
  prosecutor: { username: 'kanha.prak', name: 'Kanha Prak', role: 'prosecutor', provinces: ['battambang'], unit: 'court-battambang', password: SCREEN_PASSWORD },
  statistician: { username: 'dara.nuon', name: 'Dara Nuon', role: 'statistician', provinces: ['*'], password: SCREEN_PASSWORD },
  socialWorker: { username: 'sophea.kim', name: 'Sophea Kim', role: 'social_worker', provinces: ['battambang'], unit: 'dosvy-battambang', password: SCREEN_PASSWORD },
  auditor: { username: 'vanna.meas', name: 'Vanna Meas', role: 'auditor', provinces: ['*'], password: SCREEN_PASSWORD },
  admin: { username: 'admin', name: 'Office administrator', role: 'admin', provinces: ['*'], password: SCREEN_PASSWORD },
  borderOfficial: { username: 'sopheap.chea', name: 'Sopheap Chea', role: 'border_official', provinces: ['banteay-meanchey'], unit: 'border-liaison-office', password: SCREEN_PASSWORD },
} satisfies Record<string, LocalUserSpec>;

export type ScreenUser = keyof typeof SCREEN_USERS | 'nobody';

export interface Screen {
  /** File-name-safe name, e.g. `police-case`. */
  name: string;
  as: ScreenUser;
  path: string;
  /** Checked only when the app has it (a screen another branch adds). */
  optional?: boolean;
}

/**
 * Every main screen, grouped by who signs in, on the dataset of `seedSmallDataset` (its first case
 * is in Battambang, forwarded) and, when given, the intake records of `seedIntake`.
 */
export function mainScreens(cases: readonly SeededCase[], year: number, intake?: SeededIntake): Screen[] {
  const battambang = cases.find((c) => c.province === 'battambang' && c.forwarded);
  if (!battambang) throw new Error('the dataset has no forwarded case in Battambang');
  const id = battambang.caseId;
  // The victim the Battambang police handed over to social affairs: the protection case has their id.
  const protectedPerson = battambang.handedToSocialAffairs[0];
  if (!protectedPerson) throw new Error('the dataset hands no Battambang victim over to social affairs');
  const stats = (tab: string) => ({ name: `statistics-${tab}`, as: 'statistician' as const, path: `/statistics/${tab}?year=${year}` });
  return [
    { name: 'sign-in', as: 'nobody', path: '/sign-in' },
    { name: 'home', as: 'police', path: '/' },
    { name: 'police-cases', as: 'police', path: '/police/cases' },
    { name: 'police-open-case', as: 'police', path: '/police/cases/new' },
    { name: 'police-case', as: 'police', path: `/police/cases/${id}` },
    { name: 'police-case-history', as: 'police', path: `/police/cases/${id}/history` },
    { name: 'court-files', as: 'prosecutor', path: '/court/files' },
    { name: 'court-file', as: 'prosecutor', path: `/court/files/${id}` },
    { name: 'court-deadlines', as: 'prosecutor', path: '/court/deadlines' },
    stats('law-enforcement'),
    stats('prosecution'),
    stats('investigating-judges'),
    stats('trial'),
    stats('justice-funnel'),
    stats('court-durations'),
    stats('protection'),
    { name: 'protection-cases', as: 'socialWorker', path: '/protection/cases' },
    { name: 'protection-register', as: 'socialWorker', path: '/protection/cases/new' },
    { name: 'protection-case', as: 'socialWorker', path: `/protection/cases/${protectedPerson}` },
    { name: 'protection-case-history', as: 'socialWorker', path: `/protection/cases/${protectedPerson}/history` },
    { name: 'protection-journey', as: 'socialWorker', path: `/protection/cases/${protectedPerson}/journey` },
    { name: 'protection-follow-ups', as: 'socialWorker', path: '/protection/follow-ups' },
    { name: 'access-log', as: 'auditor', path: `/audit?record=${id}&type=police-case` },
    { name: 'record-history', as: 'auditor', path: `/audit/cases/${id}` },
    { name: 'forget-person', as: 'admin', path: '/admin/forget' },
    { name: 'users', as: 'admin', path: '/admin/users', optional: true },
    stats('intake'),
    ...(intake
      ? ([
          { name: 'intake-receptions', as: 'borderOfficial', path: '/intake/receptions' },
          { name: 'intake-record-reception', as: 'borderOfficial', path: '/intake/receptions/new' },
          { name: 'intake-reception', as: 'borderOfficial', path: `/intake/receptions/${intake.receptionId}` },
          { name: 'intake-reception-history', as: 'borderOfficial', path: `/intake/receptions/${intake.receptionId}/history` },
          { name: 'intake-screenings', as: 'borderOfficial', path: '/intake/screenings' },
          { name: 'intake-screen-person', as: 'borderOfficial', path: '/intake/screenings/new' },
          { name: 'intake-person', as: 'borderOfficial', path: `/intake/screenings/${intake.personId}` },
          { name: 'intake-person-history', as: 'borderOfficial', path: `/intake/screenings/${intake.personId}/history` },
          { name: 'intake-bodies', as: 'borderOfficial', path: '/intake/bodies' },
          { name: 'intake-record-body', as: 'borderOfficial', path: '/intake/bodies/new' },
          { name: 'intake-body', as: 'borderOfficial', path: `/intake/bodies/${intake.bodyId}` },
          { name: 'intake-uploads', as: 'borderOfficial', path: '/intake/uploads' },
          { name: 'intake-referrals', as: 'police', path: '/intake/referrals' },
        ] satisfies Screen[])
      : []),
  ];
}

/** Waits for a screen to be shown in full: its h1, no request running, no loader, the fonts in. */
export async function screenShown(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('h1').first().waitFor();
  await page.locator('.mantine-Loader-root').first().waitFor({ state: 'detached', timeout: 10_000 });
  await page.evaluate('document.fonts.ready.then(() => true)');
}

/** The not-found page (a screen this build does not have). */
export async function isNotFound(page: Page): Promise<boolean> {
  return (await page.locator('h1').first().innerText()).trim() === ((await page.evaluate('document.documentElement.lang')) === 'km' ? 'រកមិនឃើញទំព័រ' : 'Page not found');
}

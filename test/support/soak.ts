import { appendFileSync } from 'node:fs';

/**
 * Soak depth: a whole number read from the environment, `fallback` when unset. The default run
 * (`npm test`, CI) keeps the fallbacks short; `npm run test:soak` sets them deep. A bad value
 * stops the suite with a message naming the variable, never silently the default.
 */
export function soakSetting(name: string, fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  if (!/^[1-9]\d*$/.test(value)) throw new Error(`${name} must be a whole number of at least 1, not "${value}"`);
  return Number(value);
}

/**
 * One plain line of figures, `SOAK <suite>: key=value …`, on stdout and, when
 * `CASETRAIL_SOAK_FIGURES` names a file, appended to it (`npm run test:soak` prints that file
 * last, for the closing note). Figures only: never event data or personal data.
 */
export function reportSoakFigures(suite: string, figures: Record<string, number | string>): string {
  const line = `SOAK ${suite}: ${Object.entries(figures)
    .map(([key, value]) => `${key}=${value}`)
    .join(' ')}`;
  process.stdout.write(`${line}\n`);
  const file = process.env['CASETRAIL_SOAK_FIGURES'];
  if (file) appendFileSync(file, `${line}\n`);
  return line;
}

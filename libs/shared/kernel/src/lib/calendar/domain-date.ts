/** Domain dates are calendar dates `YYYY-MM-DD` (no time, no zone): they compare as strings. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Cambodia keeps UTC+7 all year (no daylight saving). */
const CAMBODIA_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * The calendar date in Cambodia at an instant (the command's `metadata.now`): a rescue at 06:00
 * local time is still "yesterday" in UTC, and must not be refused as a future date.
 */
export function cambodianDateAt(instant: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new Error(`Not an ISO-8601 instant: ${instant}`);
  return new Date(ms + CAMBODIA_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * The instant a domain date begins in Cambodia (an event's `occurredAt`), or null when `date`
 * is not a real calendar date.
 */
export function startOfCambodianDay(date: string): string | null {
  if (!isIsoDate(date)) return null;
  return new Date(Date.parse(`${date}T00:00:00Z`) - CAMBODIA_OFFSET_MS).toISOString();
}

/** The year of a domain date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

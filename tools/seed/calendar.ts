/** Date arithmetic on domain dates (YYYY-MM-DD, compared as strings), in UTC to stay pure. */

import { addDays } from '@casetrail/kernel';

/** The kernel's day and month arithmetic, as the rest of the seed imports it from here. */
export { addDays, addMonths, daysBetween } from '@casetrail/kernel';

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

export function maxDate(...dates: string[]): string {
  return dates.reduce((a, b) => (a > b ? a : b));
}

/**
 * The days a synthetic year may use: 1 January to 31 December, or to the day before `today`
 * for the current year (a domain date may not be in the future). Null when no day is usable.
 */
export function usableDays(year: number, today: string): { first: string; last: string } | null {
  const first = `${String(year).padStart(4, '0')}-01-01`;
  const last = minDate(`${String(year).padStart(4, '0')}-12-31`, addDays(today, -1));
  return last < first ? null : { first, last };
}

/** A birth date at which a person is exactly `age` whole years old on `eventDate`. */
export function birthDateForAge(eventDate: string, age: number, daysBeforeBirthday: number): string {
  // The day after the anniversary `age + 1` years back is the earliest birth date giving `age`.
  const [y, m, d] = eventDate.split('-').map(Number);
  const anniversary = new Date(Date.UTC(y - age - 1, m - 1, d)).toISOString().slice(0, 10);
  return addDays(anniversary, 1 + Math.max(0, Math.min(daysBeforeBirthday, 363)));
}

import { TIME_ZONE } from './format';

/*
 * Cambodian days and times for forms (UTC+7, no daylight saving): the domain's dates are
 * Cambodian days, and `datetime-local` values are read as Cambodian time.
 */

/** Today in Cambodia as YYYY-MM-DD: the default date of a fact recorded now. */
export function todayInCambodia(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A `datetime-local` value read as Cambodian time to an ISO instant (null if it is not one). */
export function cambodianLocalToIso(local: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(local)) return null;
  const withSeconds = local.length === 16 ? `${local}:00` : local;
  const date = new Date(`${withSeconds}+07:00`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** An ISO instant as the `datetime-local` value of the same moment in Cambodia. */
export function isoToCambodianLocal(iso: string): string {
  return new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString().slice(0, 16);
}

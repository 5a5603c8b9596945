import { isIsoDate } from '../calendar/domain-date';

/** Age bands of the report: under 15, 15–17, 18 and over. */
export const AGE_BANDS = ['under_15', '15_17', '18_plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/**
 * An age band recorded on an event. `unknown` is no longer decided (a forgotten suspect's band at
 * an arrest is derived with `youngestAgeBandAt`); an event that carries it stays readable and
 * counts as not a minor.
 */
export type RecordedAgeBand = AgeBand | 'unknown';
export const RECORDED_AGE_BANDS = [...AGE_BANDS, 'unknown'] as const;

/** Largest age in years accepted when a person's age (not birth date) is recorded. */
export const MAX_AGE_YEARS = 120;

/**
 * Completed years between a birth date and a date. Compares (month, day) pairs, so a person born
 * on 29 February reaches a new age on 1 March in common years (and on 29 February in leap years).
 */
export function ageInYearsAt(birthDate: string, date: string): number {
  if (!isIsoDate(birthDate) || !isIsoDate(date)) {
    throw new Error(`ageInYearsAt expects YYYY-MM-DD dates, got ${birthDate} and ${date}`);
  }
  if (birthDate > date) throw new Error(`Birth date ${birthDate} is after ${date}`);
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export function ageBandOfYears(years: number): AgeBand {
  if (!Number.isInteger(years) || years < 0) throw new Error(`Not an age in years: ${years}`);
  if (years < 15) return 'under_15';
  if (years < 18) return '15_17';
  return '18_plus';
}

/**
 * The age band at an event's domain date. A person is recorded with EITHER a birth date
 * (string, YYYY-MM-DD) OR an age in whole years at the event (number), which is used as is.
 */
export function ageBandAt(birthDateOrAgeAtEvent: string | number, eventDate: string): AgeBand {
  return typeof birthDateOrAgeAtEvent === 'number'
    ? ageBandOfYears(birthDateOrAgeAtEvent)
    : ageBandOfYears(ageInYearsAt(birthDateOrAgeAtEvent, eventDate));
}

/** The youngest age in whole years of each band. */
const LOWEST_AGE_OF_BAND: Readonly<Record<AgeBand, number>> = { under_15: 0, '15_17': 15, '18_plus': 18 };

/**
 * The youngest band a person can be in on `date`, knowing only their band on an earlier date
 * `knownOn` (the birth date being gone): the band's lowest age plus the whole years between the
 * two dates. Never older than the true band; exact when the known band is 18 and over, or once
 * enough years have passed to leave the known band for certain (e.g. 15–17, three years later).
 */
export function youngestAgeBandAt(knownBand: AgeBand, knownOn: string, date: string): AgeBand {
  const yearsSince = date >= knownOn ? ageInYearsAt(knownOn, date) : 0;
  return ageBandOfYears(LOWEST_AGE_OF_BAND[knownBand] + yearsSince);
}

/** Under 18 at the event (an unknown band is not counted as a minor). */
export function isMinor(band: RecordedAgeBand): boolean {
  return band === 'under_15' || band === '15_17';
}

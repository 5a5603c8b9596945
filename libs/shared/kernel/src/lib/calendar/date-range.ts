import { ageInYearsAt, MAX_AGE_YEARS } from '../age/age-band';
import { cambodianDateAt } from './domain-date';

/*
 * The range of domain dates casetrail records (one definition, used by every decider). A date
 * outside it is a typing error: a case dated 1899 or 0000 falls outside every list and every
 * table, yet would count in none and mislead every one that reads the log.
 */

/**
 * The first date a fact (a case opened, an arrest, a rescue …) may have: 1 January of the first
 * year the statistics cover (`FIRST_STATISTICS_YEAR`), so every fact lands in a table that can
 * be asked for. (The 2000 table's previous-year column is therefore empty by construction.)
 */
export const EARLIEST_EVENT_DATE = '2000-01-01';

/**
 * Why the date of a fact is out of range, or null when it is in range: from `EARLIEST_EVENT_DATE`
 * to today in Cambodia (UTC+7) at the instant `now`, both included.
 */
export function eventDateRangeProblem(date: string, now: string): 'before_earliest' | 'after_today' | null {
  if (date < EARLIEST_EVENT_DATE) return 'before_earliest';
  if (date > cambodianDateAt(now)) return 'after_today';
  return null;
}

/**
 * Why a birth date is out of range for the fact it is recorded with, or null: not after the
 * fact's date, and at most `MAX_AGE_YEARS` (120) whole years before it, the same bound as an age
 * given in years.
 */
export function birthDateRangeProblem(birthDate: string, eventDate: string): 'after_event' | 'over_max_age' | null {
  if (birthDate > eventDate) return 'after_event';
  if (ageInYearsAt(birthDate, eventDate) > MAX_AGE_YEARS) return 'over_max_age';
  return null;
}

import { ageBandOfYears, ageInYearsAt, isSealedPersonalData, type RecordedAgeBand } from '@casetrail/kernel';
import type { PersonAgeFacts } from './court-file.records';

/**
 * The least age, in completed years, a person can have on `date`, from the best fact the file
 * holds: the opened birth date (exact); else the age in years recorded at `ageBandOn`, plus the
 * whole years since; else the band recorded at `ageBandOn` (its lower bound, plus the whole years
 * since: bands only rise); null when nothing tells (`unknown` band, no age, no birth date).
 *
 * The least possible age is used on purpose: a court file can last years, so an age recorded at
 * the police stage is carried forward, and where the exact age is unknown the person is given the
 * benefit of the younger age (a band that may be a minor's counts as a minor's, and a detention
 * gets the shorter limit of the younger age).
 *
 * Sealed data the service did not open is a bug (the service opens personal data when it loads a
 * file): it throws rather than silently using a band that may be years old.
 */
export function minimumAgeAt(person: PersonAgeFacts, date: string): number | null {
  if (person.birthDate !== null) return ageInYearsAt(person.birthDate, date);
  const yearsSince = date > person.ageBandOn ? ageInYearsAt(person.ageBandOn, date) : 0;
  if (person.ageInYears !== null) return person.ageInYears + yearsSince;
  const part = person.personal as Record<string, unknown>;
  if (isSealedPersonalData(part) || part['restricted'] === true) {
    throw new Error(`Personal data of person ${person.personId} was not opened before deciding`);
  }
  switch (person.ageBand) {
    case '18_plus':
      return 18;
    case '15_17':
      return 15 + yearsSince;
    case 'under_15':
      return yearsSince;
    case 'unknown':
      return null;
    default: {
      const unexpected: never = person.ageBand;
      throw new Error(`Unknown age band ${String(unexpected)}`);
    }
  }
}

/**
 * The age band recorded on a court event dated `date` (a charge, a detention order, a verdict):
 * the band of the least possible age, or `unknown` when nothing tells.
 */
export function ageBandAtDate(person: PersonAgeFacts, date: string): RecordedAgeBand {
  const age = minimumAgeAt(person, date);
  return age === null ? 'unknown' : ageBandOfYears(age);
}

import { ageBandOfYears, ageInYearsAt, isSealedPersonalData, youngestAgeBandAt, type AgeBand } from '@casetrail/kernel';
import type { ProtectedPerson } from './protection-case.state';

/*
 * The band a later event records (a shelter admission, an integration), at its own date, so no
 * statistic needs a birth date. A case lasts years: a girl received at 14 may be integrated at 16.
 * From the best fact the case holds: the opened birth date (exact); else the age in years recorded
 * at `ageBandOn` plus the whole years since; else the youngest band the recorded band allows on
 * that date (bands only rise; a minor gets the benefit of the younger band), as in the court.
 *
 * Sealed data the service did not open is a bug (the service opens personal data when it loads a
 * case): it throws rather than silently using a band that may be years old.
 */
export function ageBandAtDate(person: ProtectedPerson, date: string): AgeBand {
  if (person.birthDate !== null) return ageBandOfYears(ageInYearsAt(person.birthDate, date));
  const yearsSince = date > person.ageBandOn ? ageInYearsAt(person.ageBandOn, date) : 0;
  if (person.ageInYears !== null) return ageBandOfYears(person.ageInYears + yearsSince);
  const part = person.personal as Record<string, unknown>;
  if (isSealedPersonalData(part) || part['restricted'] === true) {
    throw new Error(`Personal data of person ${person.personId} was not opened before deciding`);
  }
  return youngestAgeBandAt(person.ageBand, person.ageBandOn, date);
}

import { DomainRuleViolation } from '@casetrail/event-sourcing';
import type { PoliceCaseState } from './police-case.state';
import { EARLIEST_EVENT_DATE, MAX_AGE_YEARS, birthDateRangeProblem, eventDateRangeProblem, isIsoDate, isNationalityCode, SEXES, isOneOf, type Sex, isSealedPersonalData, type NoPersonalData, type SealedPersonalData } from '@casetrail/kernel';

/**
 * Input checks shared by the commands; each failure is a `DomainRuleViolation` with a stable code.
 * A message names the field and the rule, never the value: it reaches the client and the logs,
 * and a value sent in the wrong field may be personal data.
 */

export const unprocessable = (code: string, message: string) =>
  new DomainRuleViolation(code, message, 'unprocessable');
export const conflict = (code: string, message: string) =>
  new DomainRuleViolation(code, message, 'conflict');
export const forbidden = (code: string, message: string) =>
  new DomainRuleViolation(code, message, 'forbidden');

/** Ids of cases, suspects and victims: short, no spaces, safe inside a stream id. */
const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/;

export function requireId(value: unknown, field: string): string {
  if (typeof value !== 'string' || !ID.test(value)) {
    throw unprocessable('INVALID_ID', `${field} must be 1-100 letters, digits or _.:-`);
  }
  return value;
}

/**
 * The domain date of a fact: a real date in the kernel's range, from `EARLIEST_EVENT_DATE` to
 * today in Cambodia (UTC+7) at the command's `now`. The decider is the one owner of this rule;
 * the HTTP edge only checks the shape.
 */
export function requireDate(value: unknown, field: string, now: string): string {
  if (!isIsoDate(value)) throw unprocessable('INVALID_DATE', `${field} must be a date YYYY-MM-DD`);
  switch (eventDateRangeProblem(value, now)) {
    case 'before_earliest':
      throw unprocessable('DATE_BEFORE_EARLIEST', `${field} is before ${EARLIEST_EVENT_DATE}, the first date casetrail records`);
    case 'after_today':
      throw unprocessable('DATE_IN_FUTURE', `${field} is after today in Cambodia (UTC+7)`);
    default:
      return value;
  }
}

/** The case's opening date bounds every later fact: a fact cannot predate its case. */
export function requireNotBeforeOpening(date: string, field: string, state: PoliceCaseState): void {
  if (state.openedOn && date < state.openedOn) {
    throw unprocessable('DATE_BEFORE_CASE_OPENED', `${field} is before the date the case was opened`);
  }
}

export function requireNotBefore(date: string, floor: string, code: string, message: string): void {
  if (date < floor) throw unprocessable(code, message);
}

export function requireText(value: unknown, field: string, code: string, maxLength = 500): string {
  if (typeof value !== 'string' || value.trim().length === 0) {
    throw unprocessable(code, `${field} is required`);
  }
  if (value.length > maxLength) throw unprocessable(code, `${field} is longer than ${maxLength} characters`);
  return value.trim();
}

export function optionalText(value: unknown, field: string, maxLength = 200): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.length > maxLength) {
    throw unprocessable('INVALID_TEXT', `${field} must be a string of at most ${maxLength} characters`);
  }
  return value.trim() || undefined;
}

export function requireCode<C extends string>(
  list: readonly C[],
  value: unknown,
  code: string,
  field: string,
): C {
  if (!isOneOf(list, value)) {
    throw unprocessable(code, `${field} must be one of ${list.join(', ')}`);
  }
  return value;
}

export function requireSex(value: unknown): Sex {
  return requireCode(SEXES, value, 'UNKNOWN_SEX', 'sex');
}

export function requireNationality(value: unknown): string {
  if (!isNationalityCode(value)) {
    throw unprocessable('UNKNOWN_NATIONALITY', 'nationality must be an ISO 3166-1 alpha-3 code of the reference list');
  }
  return value;
}

/**
 * A person is recorded with exactly one of a birth date and an age in whole years at the event;
 * a birth date after the event, or more than `MAX_AGE_YEARS` before it, can never be right.
 */
export function requireAge(
  birthDate: unknown,
  age: unknown,
  ageField: string,
  eventDate: string,
  eventField: string,
): { birthDate: string } | { age: number } {
  if (birthDate !== undefined && age !== undefined) {
    throw unprocessable('AGE_AMBIGUOUS', `give either birthDate or ${ageField}, not both`);
  }
  if (birthDate !== undefined) {
    if (!isIsoDate(birthDate)) throw unprocessable('INVALID_DATE', 'birthDate must be a date YYYY-MM-DD');
    switch (birthDateRangeProblem(birthDate, eventDate)) {
      case 'after_event':
        throw unprocessable('BIRTH_DATE_AFTER_EVENT', `birthDate is after ${eventField}`);
      case 'over_max_age':
        throw unprocessable('BIRTH_DATE_OUT_OF_RANGE', `birthDate is more than ${MAX_AGE_YEARS} years before ${eventField}`);
      default:
        return { birthDate };
    }
  }
  if (age !== undefined) {
    if (!Number.isInteger(age) || (age as number) < 0 || (age as number) > MAX_AGE_YEARS) {
      throw unprocessable('INVALID_AGE', `${ageField} must be a whole number of years from 0 to ${MAX_AGE_YEARS}`);
    }
    return { age: age as number };
  }
  throw unprocessable('AGE_REQUIRED', `birthDate or ${ageField} is required (the statistics need the age band)`);
}

/**
 * The `personal` part an event may carry: the sealed envelope of this very person, copied as is,
 * or nothing. Clear identifying data is refused, so a service that forgot to seal fails loudly
 * instead of writing names into the log. A birth date is identifying: given one, it must be
 * sealed (the service seals it with the name), or later age bands could not be derived.
 */
export function sealedPersonalPart(value: unknown, personId: string, birthDateGiven: boolean): SealedPersonalData | NoPersonalData {
  const empty = value === undefined || value === null || (typeof value === 'object' && Object.keys(value).length === 0);
  if (empty) {
    if (birthDateGiven) {
      throw unprocessable('PERSONAL_DATA_NOT_SEALED', 'a birth date is identifying: it must come sealed in personal with the person\'s key');
    }
    return {};
  }
  if (!isSealedPersonalData(value)) {
    throw unprocessable('PERSONAL_DATA_NOT_SEALED', "personal data must be sealed with the person's key before it is recorded");
  }
  if (value.personId !== personId) {
    throw unprocessable('PERSONAL_DATA_OF_ANOTHER_PERSON', 'personal data is sealed for another person');
  }
  const { v, alg, iv, ct, tag } = value;
  return { v, alg, personId: value.personId, iv, ct, tag };
}

/** Commands other than opening need an open case. */
export function requireOpenCase(state: PoliceCaseState): void {
  switch (state.status) {
    case 'open':
      return;
    case 'not_opened':
      throw conflict('CASE_NOT_FOUND', 'The police case has not been opened');
    case 'forwarded':
      throw conflict('CASE_FORWARDED', 'The case was forwarded to the prosecutor; it can no longer change here');
    case 'closed':
      throw conflict('CASE_CLOSED', 'The case is closed; reopen it (with a justification) first');
    default: {
      const unexpected: never = state.status;
      throw new Error(`Unknown case status ${String(unexpected)}`);
    }
  }
}

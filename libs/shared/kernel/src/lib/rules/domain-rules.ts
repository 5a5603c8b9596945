import { DomainRuleViolation } from '@casetrail/event-sourcing';
import { MAX_AGE_YEARS } from '../age/age-band';
import { birthDateRangeProblem, eventDateRangeProblem, EARLIEST_EVENT_DATE } from '../calendar/date-range';
import { isIsoDate } from '../calendar/domain-date';
import { isSealedPersonalData, type NoPersonalData, type SealedPersonalData } from '../personal/personal-data';
import { isNationalityCode } from '../reference/nationalities';
import { SEXES, isOneOf, type Sex } from '../reference/person-codes';

/*
 * The input checks every decider shares, one definition each. A failure is a
 * `DomainRuleViolation` with a stable code; its message names the field and the rule, never the
 * value: it reaches the client and the logs, and a value sent in the wrong field may be personal
 * data. Rules about a context's own state (stages, an open case) stay in that context.
 */

export const unprocessable = (code: string, message: string) => new DomainRuleViolation(code, message, 'unprocessable');
export const conflict = (code: string, message: string) => new DomainRuleViolation(code, message, 'conflict');
export const forbidden = (code: string, message: string) => new DomainRuleViolation(code, message, 'forbidden');

/** Ids of records and persons: short, no spaces, safe inside a stream id. */
const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/;

export function requireId(value: unknown, field: string): string {
  if (typeof value !== 'string' || !ID.test(value)) {
    throw unprocessable('INVALID_ID', `${field} must be 1-100 letters, digits or _.:- starting with a letter or digit`);
  }
  return value;
}

/**
 * The domain date of a fact: a real date in the kernel's range, from `EARLIEST_EVENT_DATE` to
 * today in Cambodia (UTC+7) at the command's `now`. The deciders are the one owner of this rule;
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

export function requireCode<C extends string>(list: readonly C[], value: unknown, code: string, field: string): C {
  if (!isOneOf(list, value)) throw unprocessable(code, `${field} must be one of ${list.join(', ')}`);
  return value;
}

export function requireSex(value: unknown, field = 'sex'): Sex {
  return requireCode(SEXES, value, 'UNKNOWN_SEX', field);
}

export function requireNationality(value: unknown, field = 'nationality'): string {
  if (!isNationalityCode(value)) {
    throw unprocessable('UNKNOWN_NATIONALITY', `${field} must be an ISO 3166-1 alpha-3 code of the reference list`);
  }
  return value;
}

export function optionalText(value: unknown, field: string, maxLength = 200): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.length > maxLength) {
    throw unprocessable('INVALID_TEXT', `${field} must be a string of at most ${maxLength} characters`);
  }
  return value.trim() || undefined;
}

/**
 * A person is recorded with exactly one of a birth date and an age in whole years at the event;
 * a birth date after the event, or more than `MAX_AGE_YEARS` before it, can never be right.
 * `eventField` says in words which date the event is (e.g. `rescuedOn`).
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
 * instead of writing names into the log. `mustBeSealed` when a birth date was given (or the age
 * can only be derived from one): it must be kept, sealed, or later age bands could not be derived.
 */
export function sealedPersonalPart(
  value: unknown,
  personId: string,
  mustBeSealed: boolean,
  field = 'personal',
): SealedPersonalData | NoPersonalData {
  const empty = value === undefined || value === null || (typeof value === 'object' && Object.keys(value).length === 0);
  if (empty) {
    if (mustBeSealed) {
      throw unprocessable('PERSONAL_DATA_NOT_SEALED', `${field} must hold the birth date sealed with the person's key`);
    }
    return {};
  }
  if (!isSealedPersonalData(value)) {
    throw unprocessable('PERSONAL_DATA_NOT_SEALED', `${field} must be sealed with the person's key before it is recorded`);
  }
  if (value.personId !== personId) {
    throw unprocessable('PERSONAL_DATA_OF_ANOTHER_PERSON', `${field} is sealed for another person`);
  }
  const { v, alg, iv, ct, tag } = value;
  return { v, alg, personId: value.personId, iv, ct, tag };
}

import { DomainRuleViolation } from '@casetrail/event-sourcing';
import {
  EARLIEST_EVENT_DATE,
  MAX_AGE_YEARS,
  SEXES,
  birthDateRangeProblem,
  eventDateRangeProblem,
  isIsoDate,
  isNationalityCode,
  isOffenceCode,
  isOneOf,
  isSealedPersonalData,
  type NoPersonalData,
  type SealedPersonalData,
  type Sex,
} from '@casetrail/kernel';
import type { CourtFileStage, CourtFileState } from './court-file.state';

/*
 * Input checks shared by the commands; each failure is a `DomainRuleViolation` with a stable
 * code. Messages name the field and never repeat what the client sent (it may be personal data,
 * and it is in the client's hands already); they may quote dates the file itself holds.
 */

export const unprocessable = (code: string, message: string) => new DomainRuleViolation(code, message, 'unprocessable');
export const conflict = (code: string, message: string) => new DomainRuleViolation(code, message, 'conflict');

/** Ids of files and persons: short, no spaces, safe inside a stream id. */
const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/;

export function requireId(value: unknown, field: string): string {
  if (typeof value !== 'string' || !ID.test(value)) {
    throw unprocessable('INVALID_ID', `${field} must be 1-100 letters, digits or _.:- starting with a letter or digit`);
  }
  return value;
}

/**
 * A domain date: a real date in the kernel's range (the same for every decider), from
 * `EARLIEST_EVENT_DATE` to today in Cambodia at the command's `now`.
 */
export function requireDate(value: unknown, field: string, now: string): string {
  if (!isIsoDate(value)) throw unprocessable('INVALID_DATE', `${field} must be a date YYYY-MM-DD`);
  switch (eventDateRangeProblem(value, now)) {
    case 'before_earliest':
      throw unprocessable('DATE_BEFORE_EARLIEST', `${field} is before ${EARLIEST_EVENT_DATE}, the first date casetrail records`);
    case 'after_today':
      throw unprocessable('DATE_IN_FUTURE', `${field} is after today in Cambodia`);
    default:
      return value;
  }
}

/** A fact cannot predate what the file already records; `what` says what, with the file's own date. */
export function requireNotBefore(date: string, floor: string | null, code: string, field: string, what: string): void {
  if (floor !== null && date < floor) throw unprocessable(code, `${field} is before ${what} (${floor})`);
}

/** Two dates of the same command in order; neither is quoted back. */
export function requireInOrder(earlier: string, later: string, code: string, earlierField: string, laterField: string): void {
  if (later < earlier) throw unprocessable(code, `${laterField} is before ${earlierField}`);
}

/** The file's opening date bounds every later fact. */
export function requireNotBeforeOpening(date: string, field: string, state: CourtFileState): void {
  requireNotBefore(date, state.openedOn, 'DATE_BEFORE_FILE_OPENED', field, 'the file was opened');
}

export function requireCode<C extends string>(list: readonly C[], value: unknown, code: string, field: string): C {
  if (!isOneOf(list, value)) throw unprocessable(code, `${field} must be one of ${list.join(', ')}`);
  return value;
}

export function requireSex(value: unknown, field = 'sex'): Sex {
  return requireCode(SEXES, value, 'UNKNOWN_SEX', field);
}

export function requireNationality(value: unknown, field = 'nationality'): string {
  if (!isNationalityCode(value)) throw unprocessable('UNKNOWN_NATIONALITY', `${field} must be an ISO 3166-1 alpha-3 code`);
  return value;
}

/** At least one offence of the catalogue, none twice. */
export function requireOffences(value: unknown, field = 'offences'): string[] {
  if (!Array.isArray(value) || value.length === 0) throw unprocessable('NO_OFFENCE', `${field} must name at least one offence`);
  value.forEach((code, i) => {
    if (!isOffenceCode(code)) throw unprocessable('UNKNOWN_OFFENCE', `${field}[${i}] is not an offence of the catalogue`);
  });
  if (new Set(value).size !== value.length) throw unprocessable('DUPLICATE_OFFENCE', `${field} lists an offence twice`);
  return [...(value as string[])];
}

export function optionalText(value: unknown, field: string, maxLength: number): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.length > maxLength) {
    throw unprocessable('INVALID_TEXT', `${field} must be a string of at most ${maxLength} characters`);
  }
  return value.trim() || undefined;
}

export function requireWholeNumber(value: unknown, min: number, max: number, code: string, field: string): number {
  if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
    throw unprocessable(code, `${field} must be a whole number from ${min} to ${max}`);
  }
  return value as number;
}

/** A field that only some choices carry: refused with the others, so nothing is silently dropped. */
export function refuseField(value: unknown, field: string, onlyWhen: string): void {
  if (value !== undefined) throw unprocessable('FIELD_NOT_ALLOWED', `${field} is allowed only ${onlyWhen}`);
}

/**
 * Exactly one of a birth date and an age in whole years at the event; a birth date after the
 * event, or more than `MAX_AGE_YEARS` before it (the kernel's range), can never be right.
 */
export function requireAge(birthDate: unknown, age: unknown, eventDate: string): { birthDate: string } | { age: number } {
  if (birthDate !== undefined && age !== undefined) throw unprocessable('AGE_AMBIGUOUS', 'give either birthDate or ageInYears, not both');
  if (birthDate !== undefined) {
    if (!isIsoDate(birthDate)) throw unprocessable('INVALID_DATE', 'birthDate must be a date YYYY-MM-DD');
    switch (birthDateRangeProblem(birthDate, eventDate)) {
      case 'after_event':
        throw unprocessable('BIRTH_DATE_AFTER_EVENT', 'birthDate is after the date the person is added');
      case 'over_max_age':
        throw unprocessable('BIRTH_DATE_OUT_OF_RANGE', `birthDate is more than ${MAX_AGE_YEARS} years before the date the person is added`);
      default:
        return { birthDate };
    }
  }
  if (age !== undefined) return { age: requireWholeNumber(age, 0, MAX_AGE_YEARS, 'INVALID_AGE', 'ageInYears') };
  throw unprocessable('AGE_REQUIRED', 'birthDate or ageInYears is required (the statistics need the age band)');
}

/**
 * The `personal` part an event may carry: the sealed envelope of this very person, copied as is,
 * or nothing. Clear identifying data is refused, so a service that forgot to seal fails loudly
 * instead of writing names into the log. `mustBeSealed` when a birth date was given (or, for a
 * forwarded person, when no age in years was): the birth date must be kept, sealed.
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

const STAGE_WORDS: Record<CourtFileStage, string> = {
  not_opened: 'not opened',
  prosecution: 'prosecution',
  investigation: 'investigation',
  trial: 'trial',
  retained_without_processing: 'retained without processing',
  dismissed: 'dismissed',
};

/**
 * A command that does not fit the file's stage is a conflict: not now, in this state. A closed
 * file (retained without processing, dismissed) takes nothing more.
 */
export function requireStage(state: CourtFileState, allowed: readonly CourtFileStage[], what: string): void {
  if (allowed.includes(state.stage)) return;
  if (state.stage === 'not_opened') throw conflict('FILE_NOT_OPENED', 'The court file has not been opened');
  if (state.stage === 'retained_without_processing' || state.stage === 'dismissed') {
    throw conflict('FILE_CLOSED', `The file was ${STAGE_WORDS[state.stage]} on ${state.closedOn}; nothing more is recorded in it`);
  }
  const stages = allowed.map((s) => STAGE_WORDS[s]).join(' or ');
  throw conflict('WRONG_STAGE', `${what} belongs to the ${stages} stage; the file is at the ${STAGE_WORDS[state.stage]} stage`);
}

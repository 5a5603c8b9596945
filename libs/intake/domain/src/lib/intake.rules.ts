import { intakePlaceByCode, intakeUnitByCode, type IntakePlace, type IntakeUnit } from '@casetrail/intake-contracts';
import { requireNationality, unprocessable } from '@casetrail/kernel';

/*
 * Input checks the four intake deciders share. The checks every context shares (ids, dates, codes,
 * ages, sealed personal data) are the kernel's. Messages name the field and the rule, never the
 * value sent (a value in the wrong field may be personal data); they may quote dates the record
 * itself holds.
 */

/** An intake place (`INTAKE_PLACES`): its province is the record's scope. */
export function requirePlace(value: unknown, field = 'place'): IntakePlace {
  const place = typeof value === 'string' ? intakePlaceByCode(value) : undefined;
  if (!place) throw unprocessable('UNKNOWN_PLACE', `${field} must be the code of an intake place (airport, checkpoint or embassy)`);
  return place;
}

/** A receiving or screening unit (`INTAKE_UNITS`). */
export function requireUnit(value: unknown, field: string): IntakeUnit {
  const unit = typeof value === 'string' ? intakeUnitByCode(value) : undefined;
  if (!unit) throw unprocessable('UNKNOWN_UNIT', `${field} must be the code of an intake unit`);
  return unit;
}

/**
 * An embassy receives people (or bodies) from its own country only: the country is what the
 * embassy place stands for. A checkpoint takes any country (people cross via Thailand from
 * further away), and so does an airport.
 */
export function requireCountryOfPlace(place: IntakePlace, value: unknown, field: string): string {
  const country = requireNationality(value, field);
  if (place.kind === 'embassy' && country !== place.country) {
    throw unprocessable('COUNTRY_NOT_EMBASSY_COUNTRY', `${field} must be the country of the embassy named by place`);
  }
  return country;
}

/** One line of text, trimmed, required (references, justifications). */
export function requireSingleLine(value: unknown, field: string, maxLength: number): string {
  if (typeof value !== 'string' || value.trim().length === 0) throw unprocessable('TEXT_REQUIRED', `${field} is required`);
  if (value.length > maxLength) throw unprocessable('TEXT_TOO_LONG', `${field} must be at most ${maxLength} characters`);
  if (/[\r\n]/.test(value)) throw unprocessable('TEXT_NOT_SINGLE_LINE', `${field} must be a single line`);
  return value.trim();
}

/** The unit's own reference of a record (its list's row number): unique at the place. */
export const requireReference = (value: unknown): string => requireSingleLine(value, 'reference', 100);

/** Why a record is corrected, revised or withdrawn: always said, in one line. */
export const requireJustification = (value: unknown): string => requireSingleLine(value, 'justification', 500);

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

/** A later fact cannot predate what the record already holds; `what` names it, with its own date. */
export function requireNotBefore(date: string, floor: string, code: string, field: string, what: string): void {
  if (date < floor) throw unprocessable(code, `${field} is before ${what} (${floor})`);
}

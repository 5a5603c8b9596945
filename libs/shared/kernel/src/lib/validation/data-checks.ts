import type { EventTypeDefinition } from '@casetrail/event-sourcing';
import { ageBandOfYears } from '../age/age-band';
import { isIsoDate } from '../calendar/domain-date';
import { isCurrencyCode, MAX_MINOR_UNITS } from '../reference/currencies';
import { isNationalityCode } from '../reference/nationalities';
import { isOffenceCode } from '../reference/offences';
import { isOneOf } from '../reference/person-codes';
import { isProvinceCode } from '../reference/provinces';

/**
 * A tiny, dependency-free schema checker for event data (the registry's `validate`). A check
 * returns a message naming the offending path, or undefined when the value is fine.
 */
export type Check = (value: unknown, path: string) => string | undefined;

type Shape = Record<string, Check>;

/** The data of an object that has passed its shape check, as a rule reads it. */
type Data = Record<string, unknown>;

export const nonEmptyString =
  (maxLength = 200): Check =>
  (v, path) =>
    typeof v === 'string' && v.trim().length > 0 && v.length <= maxLength
      ? undefined
      : `${path} must be a non-empty string of at most ${maxLength} characters`;

export const isoDate: Check = (v, path) =>
  isIsoDate(v) ? undefined : `${path} must be a date YYYY-MM-DD`;

export const oneOf =
  (allowed: (v: unknown) => boolean, what: string): Check =>
  (v, path) =>
    allowed(v) ? undefined : `${path} must be ${what}`;

export const literal =
  (expected: unknown): Check =>
  (v, path) =>
    v === expected ? undefined : `${path} must be ${JSON.stringify(expected)}`;

export const integerBetween =
  (min: number, max: number): Check =>
  (v, path) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max
      ? undefined
      : `${path} must be an integer from ${min} to ${max}`;

export const optional =
  (check: Check): Check =>
  (v, path) =>
    v === undefined ? undefined : check(v, path);

export const arrayOf =
  (item: Check, { minLength = 0, maxLength = Number.POSITIVE_INFINITY, unique = false } = {}): Check =>
  (v, path) => {
    if (!Array.isArray(v)) return `${path} must be an array`;
    if (v.length < minLength) return `${path} must have at least ${minLength} item(s)`;
    if (v.length > maxLength) return `${path} must have at most ${maxLength} item(s)`;
    if (unique && new Set(v).size !== v.length) return `${path} must not repeat items`;
    for (let i = 0; i < v.length; i++) {
      const problem = item(v[i], `${path}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  };

/** A plain object with exactly the given keys (unknown keys are refused: no data slips in). */
export const object =
  (shape: Shape): Check =>
  (v, path) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return `${path} must be an object`;
    const record = v as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!(key in shape)) return `${path}.${key} is not allowed`;
    }
    for (const [key, check] of Object.entries(shape)) {
      const problem = check(record[key], `${path}.${key}`);
      if (problem) return problem;
    }
    return undefined;
  };

/** Adds a whole-object rule after the shape check. */
export const refine =
  (check: Check, rule: (v: Record<string, unknown>) => string | undefined): Check =>
  (v, path) =>
    check(v, path) ?? rule(v as Record<string, unknown>);

/**
 * Adds a whole-object rule after the shape check, as `refine` does, but hands the rule the path
 * too so its messages name where the object sits (`data.accused[0].ageBand`, not just `data`).
 * The rule runs only on a value the shape check accepted.
 */
export const refineAt =
  (check: Check, rule: (d: Data, path: string) => string | undefined): Check =>
  (v, path) =>
    check(v, path) ?? rule(v as Data, path);

/**
 * A rule (for `refineAt`) that `field` of `d` is present exactly when `when` holds: absent when
 * required gives "`path.field` is required `condition`", present when not allowed gives
 * "`path.field` is allowed only `condition`". `condition` reads after either verb, e.g.
 * "with a police hand-over".
 */
export function presentOnlyWhen(d: Data, path: string, field: string, when: boolean, condition: string): string | undefined {
  if (when && d[field] === undefined) return `${path}.${field} is required ${condition}`;
  if (!when && d[field] !== undefined) return `${path}.${field} is allowed only ${condition}`;
  return undefined;
}

/** Where a person's age and its owner are read, for `personAgeProblem` and `withPersonAge`. */
export interface PersonAgeFields {
  /** The field with the age in whole years (optional in the shape): `ageInYears` by default. */
  ageField?: string;
  /** The field with the age band, which must be the band of that age: `ageBand` by default. */
  bandField?: string;
}

/**
 * A rule on a person's checked object `d` at `path`: the age is given in whole years (with the band
 * of that age in `bandField`) or as a birth date sealed in `d.personal`, and a sealed part belongs
 * to the person `personId` (named `idPath` in the message; it may sit outside `d`, as on an event
 * that names the person beside the object). `d.personal` must already have passed
 * `personalPartCheck` (sealed, or `{}`).
 */
export function personAgeProblem(
  d: Data,
  path: string,
  personId: unknown,
  idPath: string,
  { ageField = 'ageInYears', bandField = 'ageBand' }: PersonAgeFields = {},
): string | undefined {
  const part = d['personal'] as Data;
  const isSealed = part['v'] !== undefined;
  if (isSealed && part['personId'] !== personId) return `${path}.personal is sealed for another person than ${idPath}`;
  if (d[ageField] === undefined) {
    return isSealed ? undefined : `${path} must have ${ageField}, or a birth date sealed in ${path}.personal`;
  }
  if (d[bandField] !== ageBandOfYears(d[ageField] as number)) return `${path}.${bandField} does not match ${path}.${ageField}`;
  return undefined;
}

/**
 * Adds `personAgeProblem` after `check`, for an object that names its person itself: the sealed
 * part must belong to the id in `idField` (`personId` by default).
 */
export const withPersonAge = (check: Check, { idField = 'personId', ...fields }: PersonAgeFields & { idField?: string } = {}): Check =>
  refineAt(check, (d, path) => personAgeProblem(d, path, d[idField], `${path}.${idField}`, fields));

/** A code of the closed list `list`; the message lists the codes ("must be one of F, M"). */
export const oneOfCodes = (list: readonly string[]): Check => oneOf((v) => isOneOf(list, v), `one of ${list.join(', ')}`);

/** A province code of the kernel's list. */
export const provinceCode: Check = oneOf(isProvinceCode, 'a province code');

/** A nationality or country: an ISO 3166-1 alpha-3 code of the kernel's list. */
export const nationalityCode: Check = oneOf(isNationalityCode, 'an ISO 3166-1 alpha-3 code');

/** An offence code of the kernel's catalogue. */
export const offenceCode: Check = oneOf(isOffenceCode, 'an offence code of the catalogue');

/** A currency of the kernel's list (ISO 4217, with a minor unit). */
export const currencyCode: Check = oneOf(isCurrencyCode, 'an ISO 4217 currency code with a minor unit');

/** A positive amount of money in minor units (cents, riel), at most `MAX_MINOR_UNITS`. */
export const minorUnitAmount: Check = integerBetween(1, MAX_MINOR_UNITS);

/** Turns a check into a registry `validate(data)`. */
export const validator =
  (check: Check) =>
  (data: unknown): string | undefined =>
    check(data, 'data');

/**
 * An event type at schema version 1, without upcasters, whose `validate` runs `check` on the data
 * (messages start with `data`). A type at a later version spells out its definition.
 */
export const eventTypeDefinition = (type: string, check: Check): EventTypeDefinition => ({
  type,
  currentVersion: 1,
  validate: validator(check),
});

/** A base64url string (no padding); `length` fixes its exact length when given. */
export const base64url =
  ({ length, maxLength = 8000 }: { length?: number; maxLength?: number } = {}): Check =>
  (v, path) =>
    typeof v === 'string' &&
    /^[A-Za-z0-9_-]+$/.test(v) &&
    (length === undefined ? v.length <= maxLength : v.length === length)
      ? undefined
      : `${path} must be base64url${length === undefined ? '' : ` of ${length} characters`}`;

/** The first check, or the second: the message of the second when both fail. */
export const either =
  (first: Check, second: Check): Check =>
  (v, path) =>
    first(v, path) === undefined ? undefined : second(v, path);

/** The sealed envelope of a person's identifying data (AES-256-GCM: 96-bit IV, 128-bit tag). */
export const sealedPersonalDataCheck: Check = object({
  v: literal(1),
  alg: literal('A256GCM'),
  personId: nonEmptyString(100),
  iv: base64url({ length: 16 }),
  ct: base64url({ maxLength: 4000 }),
  tag: base64url({ length: 22 }),
});

/** An event's `personal` part: sealed, or `{}` — never identifying data in clear. */
export const personalPartCheck: Check = either(object({}), sealedPersonalDataCheck);

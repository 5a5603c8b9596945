import { isIsoDate } from '../calendar/domain-date';

/**
 * A tiny, dependency-free schema checker for event data (the registry's `validate`). A check
 * returns a message naming the offending path, or undefined when the value is fine.
 */
export type Check = (value: unknown, path: string) => string | undefined;

type Shape = Record<string, Check>;

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
  (item: Check, { minLength = 0, unique = false } = {}): Check =>
  (v, path) => {
    if (!Array.isArray(v)) return `${path} must be an array`;
    if (v.length < minLength) return `${path} must have at least ${minLength} item(s)`;
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

/** Turns a check into a registry `validate(data)`. */
export const validator =
  (check: Check) =>
  (data: unknown): string | undefined =>
    check(data, 'data');

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

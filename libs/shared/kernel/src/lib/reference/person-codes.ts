/** Closed code lists about persons, shared by every context. Codes are permanent; add, never rename. */

export const SEXES = ['F', 'M'] as const;
export type Sex = (typeof SEXES)[number];

/** The form of exploitation a victim suffered (report II.D uses the same list). */
export const EXPLOITATION_TYPES = [
  'labour',
  'sexual',
  'forced_marriage',
  'sexual_abuse',
  'at_risk',
  'other',
  'forced_criminality',
] as const;
export type ExploitationType = (typeof EXPLOITATION_TYPES)[number];

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

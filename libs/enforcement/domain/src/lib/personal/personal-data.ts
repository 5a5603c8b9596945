/**
 * Identifying data of a person (victim or suspect): the name and the exact birth date. It never
 * enters an event in clear: the service seals it with the person's own key before the command
 * reaches the decider, and the event carries only the sealed envelope, so destroying the key
 * forgets the person everywhere (crypto-shredding). Statistics never read it; they read the
 * derived facts (sex, age band, nationality) that events carry in clear.
 */
export interface PersonalData {
  fullName?: string;
  /** YYYY-MM-DD. Identifying: only sealed in events, in clear in memory after opening. */
  birthDate?: string;
}

/**
 * The sealed envelope (AES-256-GCM with the person's key; see `@casetrail/personal-data`).
 * Opaque to the domain: it only checks the shape and that it belongs to the right person.
 */
export interface SealedPersonalData {
  v: 1;
  alg: 'A256GCM';
  personId: string;
  iv: string;
  ct: string;
  tag: string;
}

/** What a reader puts in place of sealed data it cannot or may not open. */
export type WithheldPersonalData = { forgotten: true } | { restricted: true };

/**
 * The `personal` part of an event. Stored: sealed, or `{}` when nothing identifying was given.
 * In memory, a reader may replace the sealed envelope by what it opened (clear data, or a marker).
 */
export type PersonalPart = SealedPersonalData | PersonalData | WithheldPersonalData;

/** No identifying data. */
export type NoPersonalData = Record<string, never>;

export function isSealedPersonalData(value: unknown): value is SealedPersonalData {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v['v'] === 1 && v['alg'] === 'A256GCM' && typeof v['personId'] === 'string';
}

/** The birth date, when the part was opened and has one; null otherwise. */
export function openedBirthDateOf(part: PersonalPart): string | null {
  if (isSealedPersonalData(part)) return null;
  const birthDate = (part as PersonalData).birthDate;
  return typeof birthDate === 'string' ? birthDate : null;
}

export function isForgotten(part: PersonalPart): boolean {
  return (part as { forgotten?: unknown }).forgotten === true;
}

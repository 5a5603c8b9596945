/**
 * Identifying data of a person (victim, suspect, accused): the name and the exact birth date. It
 * never enters an event in clear: the service seals it with the person's own key before the
 * command reaches the decider, and the event carries only the sealed envelope, so destroying the
 * key forgets the person everywhere (crypto-shredding). Statistics never read it; they read the
 * derived facts (sex, age band, nationality) that events carry in clear.
 *
 * This is the one definition every context and the personal-data platform library use.
 */
export interface PersonalData {
  fullName?: string;
  /** YYYY-MM-DD. Identifying: only sealed in events, in clear in memory after opening. */
  birthDate?: string;
}

/**
 * The sealed envelope: AES-256-GCM with the person's key, the person id as additional
 * authenticated data (see `@casetrail/personal-data`). Binary fields are base64url. Opaque to
 * the domain: it only checks the shape and that it belongs to the right person.
 */
export interface SealedPersonalData {
  v: 1;
  alg: 'A256GCM';
  personId: string;
  /** 96-bit IV, random for every seal. */
  iv: string;
  ct: string;
  /** 128-bit GCM tag. */
  tag: string;
}

/** What a reader gets for data whose key was destroyed. */
export interface ForgottenPersonalData {
  forgotten: true;
}

/** What a reader not allowed to see identifying data gets instead. */
export interface RestrictedPersonalData {
  restricted: true;
}

/** What a reader puts in place of sealed data it cannot or may not open. */
export type WithheldPersonalData = ForgottenPersonalData | RestrictedPersonalData;

/**
 * The `personal` part of an event. Stored: sealed, or `{}` when nothing identifying was given.
 * In memory, a reader may replace the sealed envelope by what it opened (clear data, or a marker).
 */
export type PersonalPart = SealedPersonalData | PersonalData | WithheldPersonalData;

/** No identifying data. */
export type NoPersonalData = Record<string, never>;

const BASE64URL = /^[A-Za-z0-9_-]+$/;

export function isSealedPersonalData(value: unknown): value is SealedPersonalData {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v['v'] === 1 &&
    v['alg'] === 'A256GCM' &&
    typeof v['personId'] === 'string' &&
    typeof v['iv'] === 'string' && BASE64URL.test(v['iv']) &&
    typeof v['ct'] === 'string' && BASE64URL.test(v['ct']) &&
    typeof v['tag'] === 'string' && BASE64URL.test(v['tag'])
  );
}

export function isForgottenPersonalData(value: unknown): value is ForgottenPersonalData {
  return typeof value === 'object' && value !== null && (value as { forgotten?: unknown }).forgotten === true;
}

/** The birth date, when the part was opened and has one; null otherwise. */
export function openedBirthDateOf(part: PersonalPart): string | null {
  if (isSealedPersonalData(part)) return null;
  const birthDate = (part as PersonalData).birthDate;
  return typeof birthDate === 'string' ? birthDate : null;
}

/** A `personal` part as an event stores it: sealed, or `{}`. */
export type StoredPersonalPart = SealedPersonalData | NoPersonalData;

/*
 * A part opened in memory remembers the envelope it was opened from, so a decider that passes a
 * person's data on to a new event (the case forwarded to the prosecutor carries each person's
 * part) copies it sealed, exactly as stored, and never the clear data it decides with. The
 * envelope is kept under a symbol, not enumerable: it is never serialised (JSON, logs, answers),
 * spread, or compared, and the opened part keeps its shape for every other reader.
 */
const SEALED_FORM = Symbol.for('casetrail.personal.sealedForm');

/** The opened (or forgotten) part, remembering the envelope it was opened from. */
export function rememberSealedForm<T extends object>(opened: T, sealed: SealedPersonalData): T {
  Object.defineProperty(opened, SEALED_FORM, { value: sealed, enumerable: false, configurable: false, writable: false });
  return opened;
}

/** A copy of a part (a state's own), still remembering the envelope it was opened from. */
export function copyOfPersonalPart<T extends PersonalPart>(part: T): T {
  const copy = { ...part };
  const remembered = (part as { [SEALED_FORM]?: SealedPersonalData })[SEALED_FORM];
  return remembered === undefined ? copy : rememberSealedForm(copy, remembered);
}

/**
 * The part as stored: the envelope itself, `{}`, or the envelope an opened part was opened from;
 * null for a part that cannot be traced back to what was stored (withheld, or opened without its
 * envelope: a reader's bug, since only stored parts may be copied into events).
 */
export function storedPersonalPartOf(part: PersonalPart | undefined): StoredPersonalPart | null {
  if (part === undefined || part === null) return null;
  if (isSealedPersonalData(part)) return part;
  const remembered = (part as { [SEALED_FORM]?: SealedPersonalData })[SEALED_FORM];
  if (remembered !== undefined) return remembered;
  return Object.keys(part).length === 0 ? {} : null;
}

import type { Role } from '@casetrail/platform-nest';
import type { FailedSignIns } from '../lockout/sign-in-lockout';

/** A user of the embedded default's local accounts (no identity provider). */
export interface LocalUser {
  /** The token subject (`sub`): a random UUID, fixed for life, so a removed user's id is never reused in the audit trail. */
  id: string;
  /** The login name: lower-case, unique. */
  username: string;
  /** The name shown to people. */
  name: string;
  role: Role;
  /** Province codes, or `["*"]` alone for a national user (as in a token). */
  provinces: string[];
  unit?: string;
  /** `scrypt$…` (parameters, salt and hash); never leaves the store. */
  passwordHash: string;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
  /** Failed sign-ins under this username (kept here so a lock survives a restart). */
  failedSignIns?: FailedSignIns;
}

/** What may be shown of a user: everything but the password hash and the failure count. */
export type LocalUserView = Omit<LocalUser, 'passwordHash' | 'failedSignIns'> & { lockedUntil?: string };

export function viewOf(user: LocalUser, now = new Date()): LocalUserView {
  const { passwordHash: _hash, failedSignIns, ...view } = user;
  const lockedUntil = failedSignIns?.lockedUntil && Date.parse(failedSignIns.lockedUntil) > now.getTime() ? failedSignIns.lockedUntil : undefined;
  return { ...view, ...(lockedUntil ? { lockedUntil } : {}) };
}

/** A login name: 3 to 64 of a-z, 0-9, `.`, `_`, `-`, starting with a letter or digit (stored lower-case). */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,63}$/;

export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

import type { UnitsOfRole } from '../claims/user-claims';

/** The options the host gives (`localAccountsContext`). */
export interface LocalAccountsOptions {
  /** The units each role may report for: the claims of a new user are checked against them, as `npm run token` checks a token's. */
  unitsOfRole: UnitsOfRole;
}

export const LOCAL_ACCOUNTS_OPTIONS = Symbol('LOCAL_ACCOUNTS_OPTIONS');

/** What the session service reads from the configuration. */
export interface SessionSettings {
  mode: 'local' | 'oidc';
  dataDir: string;
  keyFile?: string;
  issuer: string;
  audience: string;
  /** A session token's lifetime: 8 hours, or the longest token lifetime when that is shorter. */
  lifetimeMinutes: number;
  oidc: { authority: string; clientId: string; scope: string };
}

export const SESSION_SETTINGS = Symbol('SESSION_SETTINGS');

/** A working day: a session token lives this long at most. */
export const SESSION_LIFETIME_MINUTES = 8 * 60;

import type { Role } from '../../auth/session';

/*
 * Who reads and who acts on the intake records (the design's roles; the intake API decides again
 * on every call): the routes load this before any intake screen.
 */

/** Record receptions, screen and refer people, record bodies, upload files: border officials, police and social workers of their provinces. */
export const INTAKE_RECORDERS: readonly Role[] = ['border_official', 'police', 'social_worker'];
/** The lists and records (no personal data for auditors and statisticians). */
export const INTAKE_READERS: readonly Role[] = ['border_official', 'police', 'social_worker', 'auditor', 'statistician'];
/** Screened persons' records: the recorders, auditors, and partner workers (persons referred to their organisation). */
export const PERSON_READERS: readonly Role[] = ['border_official', 'police', 'social_worker', 'partner_worker', 'auditor', 'statistician'];
/** "Referrals addressed to me": the police, social affairs, and partner organisations. */
export const REFERRAL_READERS: readonly Role[] = ['police', 'social_worker', 'partner_worker'];

/** The referrals a role receives (`destination` of `GET /api/intake/referrals`). */
export function referralDestinationOf(role: Role): 'police' | 'social_affairs' | 'partner_organisation' | null {
  if (role === 'police') return 'police';
  if (role === 'social_worker') return 'social_affairs';
  if (role === 'partner_worker') return 'partner_organisation';
  return null;
}

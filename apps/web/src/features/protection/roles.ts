import type { Role } from '../../auth/session';

/*
 * Who reads and who acts on protection cases (the design's roles; the protection API decides
 * again on every call): the routes load this before any protection screen.
 */

/** Case list, case page and history: social workers (their provinces), partner workers (cases referred to them), auditors. */
export const CASE_READERS: readonly Role[] = ['social_worker', 'partner_worker', 'auditor'];
/** Direct registration: social workers only. */
export const CASE_REGISTRARS: readonly Role[] = ['social_worker'];
/** The journey across contexts: social workers and auditors. */
export const JOURNEY_READERS: readonly Role[] = ['social_worker', 'auditor'];
/** Overdue follow-up visits: the workers who make them. */
export const FOLLOW_UP_READERS: readonly Role[] = ['social_worker', 'partner_worker'];

import { organisationByCode, type ProtectionOrganisation } from '@casetrail/protection-contracts';
import type { CommandMetadata } from '@casetrail/event-sourcing';
import { MAX_MINOR_UNITS, conflict, forbidden, isCurrencyCode, unprocessable } from '@casetrail/kernel';
import type { ProtectionCaseStage, ProtectionCaseState } from './protection-case.state';

/*
 * Checks of a protection case's own facts and stages, and of who acts. The input checks every
 * decider shares (ids, dates, codes, ages, sealed personal data) are the kernel's. Messages name
 * the field and never repeat what the client sent; they may quote dates the case itself holds.
 */

/** A fact cannot predate what the case already records; `what` says what, with the case's own date. */
export function requireNotBefore(date: string, floor: string | null, code: string, field: string, what: string): void {
  if (floor !== null && date < floor) throw unprocessable(code, `${field} is before ${what} (${floor})`);
}

/** Two dates of the same command in order; neither is quoted back. */
export function requireInOrder(earlier: string, later: string, code: string, earlierField: string, laterField: string): void {
  if (later < earlier) throw unprocessable(code, `${laterField} is before ${earlierField}`);
}

/** The reception bounds every later fact. */
export function requireNotBeforeReception(date: string, field: string, state: ProtectionCaseState): void {
  requireNotBefore(date, state.receivedOn, 'DATE_BEFORE_RECEIVED', field, 'the person was received');
}

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

/** An organisation of the reference list (`PROTECTION_ORGANISATIONS`). */
export function requireOrganisation(value: unknown, field: string): ProtectionOrganisation {
  const organisation = typeof value === 'string' ? organisationByCode(value) : undefined;
  if (!organisation) throw unprocessable('UNKNOWN_ORGANISATION', `${field} must be the code of a protection organisation`);
  return organisation;
}

/** Integer minor units of an ISO 4217 currency, never converted. */
export function requireMoney(amount: unknown, currency: unknown): { amount: number; currency: string } {
  if (!isCurrencyCode(currency)) throw unprocessable('UNKNOWN_CURRENCY', 'currency must be an ISO 4217 code with a minor unit');
  return { amount: requireWholeNumber(amount, 1, MAX_MINOR_UNITS, 'INVALID_AMOUNT', 'amount (in minor units)'), currency };
}

/** One line of text, trimmed, required. */
export function requireSingleLine(value: unknown, field: string, maxLength: number): string {
  if (typeof value !== 'string' || value.trim().length === 0) throw unprocessable('TEXT_REQUIRED', `${field} is required`);
  if (value.length > maxLength) throw unprocessable('TEXT_TOO_LONG', `${field} must be at most ${maxLength} characters`);
  if (/[\r\n]/.test(value)) throw unprocessable('TEXT_NOT_SINGLE_LINE', `${field} must be a single line`);
  return value.trim();
}

/**
 * Every command but opening needs an opened case, and a closed case takes nothing but a reopening
 * (409). `allowed` narrows the stages further (follow-up visits only once integrated).
 */
export function requireStage(state: ProtectionCaseState, allowed: readonly ProtectionCaseStage[], what: string): void {
  if (allowed.includes(state.stage)) return;
  if (state.stage === 'not_opened') throw conflict('CASE_NOT_OPENED', 'There is no protection case for this person');
  if (state.stage === 'closed') {
    throw conflict('CASE_CLOSED', `The case was closed on ${state.closure?.closedOn}; reopen it before recording anything more`);
  }
  throw conflict('WRONG_STAGE', `${what} is recorded only ${allowed.includes('integrated') ? 'after an integration' : 'while the case is open'}`);
}

/** An opened case that is not closed: open or integrated. */
export function requireOpenCase(state: ProtectionCaseState, what: string): void {
  requireStage(state, ['open', 'integrated'], what);
}

/**
 * Partner workers act for their own organisation only (their token's `unit`): a shelter it runs, a
 * service it delivered, a claim it supports, an integration or a visit it made. The record they
 * reach (a case referred to their organisation) is the command runner's scope check; this is who
 * they may say did the work. Other roles may name any organisation.
 */
export const PARTNER_ROLE = 'partner_worker';

export function requireOwnOrganisation(metadata: CommandMetadata, organisation: string, field: string): void {
  if (metadata.actor.role !== PARTNER_ROLE) return;
  if (metadata.actor.unit !== organisation) {
    throw forbidden('NOT_YOUR_ORGANISATION', `A partner worker records only what their own organisation did (${field})`);
  }
}

/** Steps only social-affairs staff take: opening, consent, referral, awards recorded by hand, closing, reopening. */
export function refusePartner(metadata: CommandMetadata, what: string): void {
  if (metadata.actor.role === PARTNER_ROLE) throw forbidden('NOT_FOR_PARTNERS', `${what} is recorded by social-affairs staff, not by a partner organisation`);
}

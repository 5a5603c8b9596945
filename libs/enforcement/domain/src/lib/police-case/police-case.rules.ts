import { conflict, unprocessable } from '@casetrail/kernel';
import type { PoliceCaseState } from './police-case.state';

/*
 * Checks of a police case's own state. The input checks every decider shares (ids, dates, codes,
 * ages, sealed personal data) are the kernel's (`@casetrail/kernel`, rules/domain-rules).
 */

/** The case's opening date bounds every later fact: a fact cannot predate its case. */
export function requireNotBeforeOpening(date: string, field: string, state: PoliceCaseState): void {
  if (state.openedOn && date < state.openedOn) {
    throw unprocessable('DATE_BEFORE_CASE_OPENED', `${field} is before the date the case was opened`);
  }
}

export function requireNotBefore(date: string, floor: string, code: string, message: string): void {
  if (date < floor) throw unprocessable(code, message);
}

export function requireText(value: unknown, field: string, code: string, maxLength = 500): string {
  if (typeof value !== 'string' || value.trim().length === 0) {
    throw unprocessable(code, `${field} is required`);
  }
  if (value.length > maxLength) throw unprocessable(code, `${field} is longer than ${maxLength} characters`);
  return value.trim();
}

/** Commands other than opening need an open case. */
export function requireOpenCase(state: PoliceCaseState): void {
  switch (state.status) {
    case 'open':
      return;
    case 'not_opened':
      throw conflict('CASE_NOT_FOUND', 'The police case has not been opened');
    case 'forwarded':
      throw conflict('CASE_FORWARDED', 'The case was forwarded to the prosecutor; it can no longer change here');
    case 'closed':
      throw conflict('CASE_CLOSED', 'The case is closed; reopen it (with a justification) first');
    default: {
      const unexpected: never = state.status;
      throw new Error(`Unknown case status ${String(unexpected)}`);
    }
  }
}

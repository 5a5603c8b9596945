import { conflict, isOffenceCode, unprocessable } from '@casetrail/kernel';
import type { CourtFileStage, CourtFileState } from './court-file.state';

/*
 * Checks of a court file's own facts and stages. The input checks every decider shares (ids,
 * dates, codes, ages, sealed personal data) are the kernel's (`@casetrail/kernel`,
 * rules/domain-rules). Messages name the field and never repeat what the client sent; they may
 * quote dates the file itself holds.
 */

/** A fact cannot predate what the file already records; `what` says what, with the file's own date. */
export function requireNotBefore(date: string, floor: string | null, code: string, field: string, what: string): void {
  if (floor !== null && date < floor) throw unprocessable(code, `${field} is before ${what} (${floor})`);
}

/** Two dates of the same command in order; neither is quoted back. */
export function requireInOrder(earlier: string, later: string, code: string, earlierField: string, laterField: string): void {
  if (later < earlier) throw unprocessable(code, `${laterField} is before ${earlierField}`);
}

/** The file's opening date bounds every later fact. */
export function requireNotBeforeOpening(date: string, field: string, state: CourtFileState): void {
  requireNotBefore(date, state.openedOn, 'DATE_BEFORE_FILE_OPENED', field, 'the file was opened');
}

/** At least one offence of the catalogue, none twice. */
export function requireOffences(value: unknown, field = 'offences'): string[] {
  if (!Array.isArray(value) || value.length === 0) throw unprocessable('NO_OFFENCE', `${field} must name at least one offence`);
  value.forEach((code, i) => {
    if (!isOffenceCode(code)) throw unprocessable('UNKNOWN_OFFENCE', `${field}[${i}] is not an offence of the catalogue`);
  });
  if (new Set(value).size !== value.length) throw unprocessable('DUPLICATE_OFFENCE', `${field} lists an offence twice`);
  return [...(value as string[])];
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

const STAGE_WORDS: Record<CourtFileStage, string> = {
  not_opened: 'not opened',
  prosecution: 'prosecution',
  investigation: 'investigation',
  trial: 'trial',
  retained_without_processing: 'retained without processing',
  dismissed: 'dismissed',
};

/**
 * A command that does not fit the file's stage is a conflict: not now, in this state. A closed
 * file (retained without processing, dismissed) takes nothing more.
 */
export function requireStage(state: CourtFileState, allowed: readonly CourtFileStage[], what: string): void {
  if (allowed.includes(state.stage)) return;
  if (state.stage === 'not_opened') throw conflict('FILE_NOT_OPENED', 'The court file has not been opened');
  if (state.stage === 'retained_without_processing' || state.stage === 'dismissed') {
    throw conflict('FILE_CLOSED', `The file was ${STAGE_WORDS[state.stage]} on ${state.closedOn}; nothing more is recorded in it`);
  }
  const stages = allowed.map((s) => STAGE_WORDS[s]).join(' or ');
  throw conflict('WRONG_STAGE', `${what} belongs to the ${stages} stage; the file is at the ${STAGE_WORDS[state.stage]} stage`);
}

import type { Role } from '../../../auth/session';
import { outstandingOf } from '../money';
import type { CaseState } from '../types';

export type CommandName =
  | 'recordConsent'
  | 'refer'
  | 'admit'
  | 'depart'
  | 'recordService'
  | 'fileClaim'
  | 'recordAward'
  | 'recordReceipt'
  | 'assessFamily'
  | 'integrate'
  | 'recordFollowUp'
  | 'close'
  | 'reopen';

/** The order of the buttons: the path of a case from reception to follow-up, then closing. */
export const COMMAND_ORDER: readonly CommandName[] = ['recordConsent', 'refer', 'admit', 'depart', 'recordService', 'fileClaim', 'recordAward', 'recordReceipt', 'assessFamily', 'integrate', 'recordFollowUp', 'close', 'reopen'];

/** Who may record what (the design's table; the API decides again, 403 otherwise). */
export const COMMAND_ROLES: Readonly<Record<CommandName, readonly Role[]>> = {
  recordConsent: ['social_worker'],
  refer: ['social_worker'],
  admit: ['social_worker', 'partner_worker'],
  depart: ['social_worker', 'partner_worker'],
  recordService: ['social_worker', 'partner_worker'],
  fileClaim: ['social_worker', 'partner_worker'],
  recordAward: ['social_worker'],
  recordReceipt: ['social_worker', 'partner_worker'],
  assessFamily: ['social_worker', 'partner_worker'],
  integrate: ['social_worker', 'partner_worker'],
  recordFollowUp: ['social_worker', 'partner_worker'],
  close: ['social_worker'],
  reopen: ['social_worker'],
};

export function inShelter(state: CaseState): boolean {
  const last = state.shelterStays[state.shelterStays.length - 1];
  return !!last && last.departedOn === null;
}

/**
 * Which commands the case's state allows now: a hint for the buttons, the server decides. Rules
 * whose refusal explains itself (integration while in a shelter, without a suitable family) stay
 * open, so the worker reads the reason in words.
 */
export function availableCommands(state: CaseState): Record<CommandName, boolean> {
  const closed = state.stage === 'closed';
  const active = !closed && state.stage !== 'not_opened';
  const claims = Object.values(state.claims);
  return {
    recordConsent: active,
    refer: active,
    admit: active && !inShelter(state),
    depart: active && inShelter(state),
    recordService: active,
    fileClaim: active,
    recordAward: active && claims.some((c) => c.award === null),
    recordReceipt: active && claims.some((c) => c.award !== null && outstandingOf(c) > 0),
    assessFamily: active,
    integrate: state.stage === 'open',
    recordFollowUp: state.stage === 'integrated',
    close: active,
    reopen: closed,
  };
}

export function commandsFor(role: Role): CommandName[] {
  return COMMAND_ORDER.filter((c) => COMMAND_ROLES[c].includes(role));
}

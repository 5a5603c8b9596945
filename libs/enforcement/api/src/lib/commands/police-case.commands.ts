import { policeCaseStreamId } from '@casetrail/enforcement-contracts';
import type { PoliceCaseEvent } from '@casetrail/enforcement-contracts';
import { policeCaseDecider, type PoliceCaseCommand, type PoliceCaseState } from '@casetrail/enforcement-domain';
import type { CommandTarget } from '@casetrail/platform-commands';
import { sealPersonalData, type ClearPoliceCaseCommand } from './personal-data-sealing';

/** The domain date field of each command: when the fact happened in the world. */
const DOMAIN_DATE_FIELD: Record<PoliceCaseCommand['type'], string> = {
  OpenPoliceCase: 'openedOn',
  AddOffence: 'addedOn',
  IdentifySuspect: 'identifiedOn',
  ArrestSuspect: 'arrestedOn',
  ReleaseSuspect: 'releasedOn',
  RescueVictim: 'rescuedOn',
  RecordReferredVictim: 'referredOn',
  HandOverVictim: 'handedOverOn',
  ForwardToProsecutor: 'forwardedOn',
  CloseWithoutForwarding: 'closedOn',
  ReopenCase: 'reopenedOn',
};

/** How the command runner reaches a police case (`enforcement-case-<caseId>`). */
export const policeCaseCommands: CommandTarget<PoliceCaseState, PoliceCaseCommand, PoliceCaseEvent, ClearPoliceCaseCommand> = {
  noun: 'police case',
  decider: policeCaseDecider,
  streamId: policeCaseStreamId,
  provinceOf: (state) => (state.status === 'not_opened' ? null : state.province),
  // An intake referral naming no case opens the case it names by the person and unit, in that province.
  startsIn: (command) =>
    command.type === 'OpenPoliceCase' ? command.data.province : command.type === 'RecordReferredVictim' ? command.data.openCase?.province : undefined,
  domainDateOf: (command) => (command.data as unknown as Record<string, string | undefined>)[DOMAIN_DATE_FIELD[command.type]],
  seal: sealPersonalData,
};

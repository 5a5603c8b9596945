import { protectionCaseStreamId, type ProtectionCaseEvent } from '@casetrail/protection-contracts';
import { protectionCaseDecider, referredOrganisations, type ProtectionCaseCommand, type ProtectionCaseState } from '@casetrail/protection-domain';
import type { CommandTarget } from '@casetrail/platform-commands';
import { sealProtectionPersonalData, type ClearProtectionCaseCommand } from './personal-data-sealing';

/** The domain date field of each command: when the fact happened in the world. */
const DOMAIN_DATE_FIELD: Record<ProtectionCaseCommand['type'], string> = {
  RegisterProtectionCase: 'receivedOn',
  OpenProtectionCaseFromHandOver: 'handedOverOn',
  ReceiveIntakeReferral: 'referredOn',
  RecordConsent: 'recordedOn',
  ReferCase: 'referredOn',
  AdmitToShelter: 'admittedOn',
  RecordShelterDeparture: 'departedOn',
  RecordService: 'deliveredOn',
  FileCompensationClaim: 'filedOn',
  RecordCompensationAward: 'awardedOn',
  RecordCourtCompensationAward: 'awardedOn',
  RecordCompensationReceived: 'receivedOn',
  AssessFamily: 'assessedOn',
  IntegratePerson: 'integratedOn',
  RecordFollowUpVisit: 'visitedOn',
  CloseProtectionCase: 'closedOn',
  ReopenProtectionCase: 'reopenedOn',
};

/**
 * How the command runner reaches a protection case (`protection-case-<personId>`). Social workers
 * reach it by its province, partner workers by the organisations it was referred to
 * (`unitsOf`); the reactors (hand-over, intake referral, a court's award) act in every province. A partner worker
 * never opens a case (the runner refuses a unit-scoped user a new stream: 403).
 */
export const protectionCaseCommands: CommandTarget<ProtectionCaseState, ProtectionCaseCommand, ProtectionCaseEvent, ClearProtectionCaseCommand> = {
  noun: 'protection case',
  // Roles are the route policy's; who a partner worker may say did the work (their own
  // organisation) is the decider's, which sees the actor and the case.
  decider: protectionCaseDecider,
  streamId: protectionCaseStreamId,
  provinceOf: (state) => (state.stage === 'not_opened' ? null : state.province),
  unitsOf: referredOrganisations,
  // A province that is not a string starts nowhere in particular: '' is in no scope but a national one, and the decider refuses it (422).
  // An intake referral starts the stream of a person without a case (else it refers the case on).
  startsIn: (command) =>
    command.type === 'RegisterProtectionCase' || command.type === 'OpenProtectionCaseFromHandOver' || command.type === 'ReceiveIntakeReferral'
      ? typeof command.data.province === 'string'
        ? command.data.province
        : ''
      : undefined,
  domainDateOf: (command) => (command.data as unknown as Record<string, string | undefined>)[DOMAIN_DATE_FIELD[command.type]],
  seal: sealProtectionPersonalData,
};

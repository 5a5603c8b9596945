import { DomainRuleViolation, EventTypeRegistry, deciderSpecification, type CommandMetadata } from '@casetrail/event-sourcing';
import { ProtectionCaseEventType as E, registerProtectionEvents, type ProtectionCaseEvent } from '@casetrail/protection-contracts';
import type { SealedPersonalData } from '@casetrail/kernel';
import type { ProtectionCaseCommand } from './protection-case.commands';
import { protectionCaseDecider } from './protection-case.decider';

/** Synthetic fixtures for the decider tests (no real person, no real case). */

// 2022-06-30 in Cambodia: late enough for a girl received at 14 to be integrated at 15.
const now = '2022-06-30T03:00:00.000Z';
export const socialWorker: CommandMetadata = { actor: { userId: 'social-worker-1', role: 'social_worker', province: 'battambang' }, now };
/** A partner worker of APLE (which runs a shelter). */
export const partnerWorker: CommandMetadata = { actor: { userId: 'partner-worker-1', role: 'partner_worker', unit: 'ngo-aple' }, now };
export const reactor: CommandMetadata = { actor: { userId: 'reactor:protection-opens-handed-over-victims', role: 'system' }, now };

export const spec = deciderSpecification(protectionCaseDecider);
const registry = registerProtectionEvents(new EventTypeRegistry());

/** Builds a command (typed loosely so tests can send bad input), by a social worker unless told. */
export function cmd(type: ProtectionCaseCommand['type'], data: Record<string, unknown>, metadata: CommandMetadata = socialWorker): ProtectionCaseCommand {
  return { type, data, metadata } as unknown as ProtectionCaseCommand;
}

/** Expects exactly these events, and that each is valid for the event store (its schema validator). */
export function decides(given: ProtectionCaseEvent[], command: ProtectionCaseCommand, expected: ProtectionCaseEvent[]): void {
  spec.given(given).when(command).then(expected);
  for (const event of expected) registry.assertWritable(event.type, 1, event.data);
}

type Kind = 'conflict' | 'unprocessable' | 'forbidden';

/** Expects the decider to refuse with this code and kind, with a message that says why. */
export function refuses(given: ProtectionCaseEvent[], command: ProtectionCaseCommand, code: string, kind: Kind): void {
  refusal(given, command, code, kind);
}

/** As `refuses`, returning the violation (to read its message). */
export function refusal(given: ProtectionCaseEvent[], command: ProtectionCaseCommand, code: string, kind: Kind): DomainRuleViolation {
  return spec
    .given(given)
    .when(command)
    .thenThrows(DomainRuleViolation, (e) => e.code === code && e.kind === kind && e.message.length > 10);
}

/** The events the decider writes for a command on a case folded from `given`. */
export function decided(given: ProtectionCaseEvent[], command: ProtectionCaseCommand): ProtectionCaseEvent[] {
  const state = given.reduce(protectionCaseDecider.evolve, protectionCaseDecider.initialState());
  return protectionCaseDecider.decide(command, state);
}

/** A stand-in for a sealed envelope (valid in shape); the domain never opens one. */
export function sealedFor(personId: string): SealedPersonalData {
  return { v: 1, alg: 'A256GCM', personId, iv: 'AAAAAAAAAAAAAAAA', ct: 'c2VhbGVkLWJ5LWEtdGVzdA', tag: 'AAAAAAAAAAAAAAAAAAAAAA' };
}

/** V1: a girl of 14 rescued in Battambang on 2020-03-05, handed over to the department the next day. */
export const handOverData = {
  personId: 'V1',
  province: 'battambang',
  receivedBy: 'dosvy-battambang',
  handedOverOn: '2020-03-06',
  policeCaseId: 'PC-2020-001',
  handedOverBy: 'police-battambang',
  rescuedOn: '2020-03-05',
  sex: 'F',
  nationality: 'KHM',
  ageInYears: 14,
  ageBand: 'under_15',
  ageBandOn: '2020-03-05',
  exploitationType: 'sexual',
  personal: {},
};

export const opened: ProtectionCaseEvent = {
  type: E.ProtectionCaseOpened,
  data: {
    personId: 'V1',
    province: 'battambang',
    receivedOn: '2020-03-06',
    channel: 'police_hand_over',
    receivedBy: 'dosvy-battambang',
    policeCaseId: 'PC-2020-001',
    handedOverBy: 'police-battambang',
    rescuedOn: '2020-03-05',
    sex: 'F',
    nationality: 'KHM',
    ageInYears: 14,
    ageBand: 'under_15',
    ageBandOn: '2020-03-05',
    exploitationType: 'sexual',
    personal: {},
  },
};

export const referredToAple: ProtectionCaseEvent = { type: E.CaseReferred, data: { organisation: 'ngo-aple', referredOn: '2020-03-07', purpose: 'shelter' } };
export const admitted: ProtectionCaseEvent = {
  type: E.ShelterAdmitted,
  data: { shelter: 'ngo-aple', shelterProvince: 'phnom-penh', admittedOn: '2020-03-07', sentBy: 'dosvy-battambang', exploitationType: 'sexual', sex: 'F', ageBand: 'under_15' },
};
export const departed: ProtectionCaseEvent = { type: E.ShelterDeparted, data: { shelter: 'ngo-aple', departedOn: '2020-08-30', reason: 'returned_to_family' } };
export const assessed = (outcome = 'suitable', assessedOn = '2020-08-01'): ProtectionCaseEvent =>
  ({ type: E.FamilyAssessed, data: { assessedOn, outcome, assessedBy: 'dosvy-battambang' } }) as ProtectionCaseEvent;
export const integrated: ProtectionCaseEvent = {
  type: E.PersonIntegrated,
  data: {
    integratedBy: 'dosvy-battambang',
    integratedOn: '2020-09-01',
    province: 'battambang',
    followUpScheduleMonths: [1, 3, 6, 12],
    followUpWorker: 'social-worker-1',
    exploitationType: 'sexual',
    sex: 'F',
    ageBand: 'under_15',
  },
};
export const visited = (visitNumber: number, visitedOn: string): ProtectionCaseEvent => ({
  type: E.FollowUpVisited,
  data: { visitNumber, visitedOn, outcome: 'stable', visitedBy: 'dosvy-battambang' },
});
export const closed: ProtectionCaseEvent = { type: E.ProtectionCaseClosed, data: { closedOn: '2021-10-01', reason: 'follow_up_completed' } };
export const reopened: ProtectionCaseEvent = { type: E.ProtectionCaseReopened, data: { reopenedOn: '2021-11-01', justification: 'Found again in a police rescue' } };

/** A case at each point of its life. */
export const atOpen: ProtectionCaseEvent[] = [opened];
export const inShelter: ProtectionCaseEvent[] = [opened, referredToAple, admitted];
export const readyToIntegrate: ProtectionCaseEvent[] = [...inShelter, assessed(), departed];
export const atIntegrated: ProtectionCaseEvent[] = [...readyToIntegrate, integrated];

import { DomainRuleViolation, EventTypeRegistry, deciderSpecification, type CommandMetadata } from '@casetrail/event-sourcing';
import { CourtFileEventType as E, registerCourtEvents, type CourtFileEvent } from '@casetrail/court-contracts';
import type { SealedPersonalData } from '@casetrail/kernel';
import type { CourtFileCommand } from './court-file.commands';
import { courtFileDecider } from './court-file.decider';

/** Synthetic fixtures for the decider tests (no real person, no real case). */
export const metadata: CommandMetadata = {
  actor: { userId: 'prosecutor-1', role: 'prosecutor', unit: 'court-battambang', province: 'battambang' },
  // 2020-12-31 in Cambodia.
  now: '2020-12-31T03:00:00.000Z',
};

export const spec = deciderSpecification(courtFileDecider);
const registry = registerCourtEvents(new EventTypeRegistry());

/** Builds a command with the shared metadata (typed loosely so tests can send bad input). */
export function cmd(type: CourtFileCommand['type'], data: Record<string, unknown>): CourtFileCommand {
  return { type, data, metadata } as unknown as CourtFileCommand;
}

/** Expects exactly these events, and that each is valid for the event store (its schema validator). */
export function decides(given: CourtFileEvent[], command: CourtFileCommand, expected: CourtFileEvent[]): void {
  spec.given(given).when(command).then(expected);
  for (const event of expected) registry.assertWritable(event.type, 1, event.data);
}

/** Expects the decider to refuse with this code and kind, with a message that says why. */
export function refuses(given: CourtFileEvent[], command: CourtFileCommand, code: string, kind: 'conflict' | 'unprocessable'): void {
  refusal(given, command, code, kind);
}

/** As `refuses`, returning the violation (to read its message). */
export function refusal(given: CourtFileEvent[], command: CourtFileCommand, code: string, kind: 'conflict' | 'unprocessable'): DomainRuleViolation {
  return spec
    .given(given)
    .when(command)
    .thenThrows(DomainRuleViolation, (e) => e.code === code && e.kind === kind && e.message.length > 10);
}

/** The events the decider writes for a command on a file folded from `given`. */
export function decided(given: CourtFileEvent[], command: CourtFileCommand): CourtFileEvent[] {
  const state = given.reduce(courtFileDecider.evolve, courtFileDecider.initialState());
  return courtFileDecider.decide(command, state);
}

/**
 * A stand-in for a sealed envelope (the domain never opens one; the real cipher is tested in
 * `@casetrail/personal-data`). Valid in shape: 96-bit IV, 128-bit tag, base64url.
 */
export function sealedFor(personId: string): SealedPersonalData {
  return { v: 1, alg: 'A256GCM', personId, iv: 'AAAAAAAAAAAAAAAA', ct: 'c2VhbGVkLWJ5LWEtdGVzdA', tag: 'AAAAAAAAAAAAAAAAAAAAAA' };
}

/*
 * A police case forwarded to the Battambang court: S1 (adult woman, birth date 1990-01-15 sealed
 * by the police), S2 (a boy the police recorded as 16 on 2020-03-02), V1 (a girl of 14).
 */
export const S1_BIRTH_DATE = '1990-01-15';
const accusedS1 = { personId: 'S1', sex: 'F', nationality: 'KHM', ageBand: '18_plus', ageBandOn: '2020-03-05', arrestedOn: '2020-03-05', personal: sealedFor('S1') } as const;
const accusedS2 = { personId: 'S2', sex: 'M', nationality: 'VNM', ageInYears: 16, ageBand: '15_17', ageBandOn: '2020-03-02', arrestedOn: '2020-03-06', personal: {} } as const;
const victimV1 = { personId: 'V1', sex: 'F', nationality: 'KHM', ageInYears: 14, ageBand: 'under_15', ageBandOn: '2020-03-05', exploitationType: 'sexual', personal: {} } as const;

export const forwardingData = {
  fileId: 'PC-2020-001',
  court: 'court-battambang',
  receivedOn: '2020-03-11',
  policeCaseId: 'PC-2020-001',
  forwardingUnit: 'police-battambang',
  forwardedOn: '2020-03-10',
  offences: ['procuring'],
  accused: [accusedS1, accusedS2],
  victims: [victimV1],
};

/** As stored: S1's birth date only sealed. */
export const received = {
  type: E.PoliceCaseReceived,
  data: { ...forwardingData, province: 'battambang' },
} as unknown as CourtFileEvent;

/** The same event as the command service reads it, S1's personal data opened (in memory only). */
export const receivedOpened = {
  type: E.PoliceCaseReceived,
  data: {
    ...forwardingData,
    province: 'battambang',
    accused: [{ ...accusedS1, personal: { fullName: 'Synthetic Accused One', birthDate: S1_BIRTH_DATE } }, accusedS2],
  },
} as unknown as CourtFileEvent;

export const openedDirect: CourtFileEvent = {
  type: E.CourtFileOpened,
  data: { fileId: 'CF-2020-007', court: 'court-phnom-penh', province: 'phnom-penh', openedOn: '2020-03-01', offences: ['cross_border_smuggling'] },
};

export const chargedS1: CourtFileEvent = {
  type: E.PersonCharged,
  data: { personId: 'S1', offences: ['procuring'], chargedOn: '2020-03-12', chargedBy: 'prosecutor', sex: 'F', ageBand: '18_plus' },
};
export const chargedS2: CourtFileEvent = {
  type: E.PersonCharged,
  data: { personId: 'S2', offences: ['procuring'], chargedOn: '2020-03-12', chargedBy: 'prosecutor', sex: 'M', ageBand: '15_17' },
};
export const submittedForInvestigation: CourtFileEvent = {
  type: E.ProsecutionDecided,
  data: { action: 'submitted_for_investigation', decidedOn: '2020-03-13' },
};
export const detainedS1: CourtFileEvent = {
  type: E.PreTrialDetentionOrdered,
  data: { personId: 'S1', orderedOn: '2020-03-14', offenceClass: 'felony', limitId: 'pretrial_detention_adult_felony', sex: 'F', ageBand: '18_plus' },
};
export const sentToTrial: CourtFileEvent = { type: E.ClosingOrderIssued, data: { outcome: 'sent_to_trial', issuedOn: '2020-06-01' } };

/** A file at each stage, from the police forwarding, persons' data opened. */
export const atProsecution: CourtFileEvent[] = [receivedOpened];
export const charged: CourtFileEvent[] = [receivedOpened, chargedS1, chargedS2];
export const atInvestigation: CourtFileEvent[] = [...charged, submittedForInvestigation];
export const atTrial: CourtFileEvent[] = [...atInvestigation, detainedS1, sentToTrial];

import { DomainRuleViolation, EventTypeRegistry, deciderSpecification, type Command, type CommandMetadata, type Decider, type DomainEvent } from '@casetrail/event-sourcing';
import { IntakeEventType as E, registerIntakeEvents, type PersonScreenedData, type ReceptionRecordedData, type BodyReceivedData } from '@casetrail/intake-contracts';
import type { SealedPersonalData } from '@casetrail/kernel';

/** Synthetic fixtures for the intake decider tests (no real person, no real reception). */

// 2021-06-30 in Cambodia: every 2020 date of the fixtures is in the past, 2099 is in the future.
export const now = '2021-06-30T03:00:00.000Z';
export const borderOfficial: CommandMetadata = { actor: { userId: 'border-official-1', role: 'border_official', province: 'banteay-meanchey' }, now };

const registry = registerIntakeEvents(new EventTypeRegistry());

type Kind = 'conflict' | 'unprocessable' | 'forbidden';

/**
 * Given/when/then helpers for one decider: `decides` expects exactly these events (each valid for
 * the event store: its schema validator), `refuses` a violation of this code and kind with a
 * message that says why, `decided` the events, `stateOf` the folded state.
 */
export function specOf<S, C extends Command, Ev extends DomainEvent>(decider: Decider<S, C, Ev>) {
  const spec = deciderSpecification(decider);
  const stateOf = (events: Ev[]): S => events.reduce(decider.evolve, decider.initialState());
  return {
    stateOf,
    /** Builds a command (typed loosely so tests can send bad input), by a border official unless told. */
    cmd: (type: C['type'], data: Record<string, unknown>, metadata: CommandMetadata = borderOfficial): C => ({ type, data, metadata }) as unknown as C,
    decides(given: Ev[], command: C, expected: Ev[]): void {
      spec.given(given).when(command).then(expected);
      for (const event of expected) registry.assertWritable(event.type, 1, event.data);
    },
    refuses(given: Ev[], command: C, code: string, kind: Kind): void {
      spec
        .given(given)
        .when(command)
        .thenThrows(DomainRuleViolation, (e) => e.code === code && e.kind === kind && e.message.length > 10);
    },
    decided: (given: Ev[], command: C): Ev[] => decider.decide(command, stateOf(given)),
  };
}

/** A stand-in for a sealed envelope (valid in shape); the domain never opens one. */
export function sealedFor(personId: string): SealedPersonalData {
  return { v: 1, alg: 'A256GCM', personId, iv: 'AAAAAAAAAAAAAAAA', ct: 'c2VhbGVkLWJ5LWEtdGVzdA', tag: 'AAAAAAAAAAAAAAAAAAAAAA' };
}

/** R1: 40 people returned by the Thai authorities through Poipet on 2020-05-02, received by the Border Liaison Office. */
export const receptionInput = {
  place: 'poipet',
  receivedOn: '2020-05-02',
  receivedBy: 'border-liaison-office',
  returnedBy: 'foreign_authorities',
  countryReturnedFrom: 'THA',
  reason: 'illegal_work',
  counts: { men: 20, women: 15, boys: 3, girls: 2 },
};
export const receptionRecorded: ReceptionRecordedData = {
  receptionId: 'R1',
  reference: 'BLO-2020-0042',
  province: 'banteay-meanchey',
  ...receptionInput,
} as ReceptionRecordedData;
export const recorded = { type: E.ReceptionRecorded, data: receptionRecorded } as const;

/** P1: a girl of 16 among them, screened the same day, a suspected victim of labour exploitation. */
export const screenInput = {
  personId: 'P1',
  reference: 'BLO-2020-0042-07',
  receptionId: 'R1',
  receptionPlace: 'poipet',
  place: 'poipet',
  screenedOn: '2020-05-02',
  screenedBy: 'border-liaison-office',
  outcome: 'suspected_victim',
  exploitationIndicated: 'labour',
  sex: 'F',
  nationality: 'KHM',
  countryReturnedFrom: 'THA',
  ageInYears: 16,
};
export const personScreened: PersonScreenedData = {
  personId: 'P1',
  reference: 'BLO-2020-0042-07',
  receptionId: 'R1',
  place: 'poipet',
  province: 'banteay-meanchey',
  screenedOn: '2020-05-02',
  screenedBy: 'border-liaison-office',
  outcome: 'suspected_victim',
  exploitationIndicated: 'labour',
  sex: 'F',
  nationality: 'KHM',
  countryReturnedFrom: 'THA',
  ageInYears: 16,
  ageBand: '15_17',
  ageBandOn: '2020-05-02',
  personal: {},
};
export const screened = { type: E.PersonScreened, data: personScreened } as const;

/** B1: a man who died of disease in Thailand, brought back by the Thai authorities through Poipet. */
export const bodyInput = {
  place: 'poipet',
  receivedOn: '2020-07-14',
  receivedBy: 'border-liaison-office',
  broughtBy: 'foreign_authorities',
  countryOfDeath: 'THA',
  sex: 'M',
  cause: 'disease',
};
export const bodyReceivedData: BodyReceivedData = { bodyId: 'B1', reference: 'BLO-B-2020-001', province: 'banteay-meanchey', ...bodyInput } as BodyReceivedData;
export const bodyReceived = { type: E.BodyReceived, data: bodyReceivedData } as const;

import type { CommandMetadata } from '@casetrail/event-sourcing';
import { DomainRuleViolation, deciderSpecification } from '@casetrail/event-sourcing';
import type { PoliceCaseCommand } from './police-case.commands';
import { policeCaseDecider } from './police-case.decider';
import { PoliceCaseEventType as E, type PoliceCaseEvent } from '@casetrail/enforcement-contracts';
import type { SealedPersonalData } from '@casetrail/kernel';

/** Synthetic fixtures for the decider tests (no real person). */
export const metadata: CommandMetadata = {
  actor: { userId: 'officer-1', role: 'police', unit: 'police-battambang', province: 'battambang' },
  now: '2020-12-31T03:00:00.000Z',
};

export const spec = deciderSpecification(policeCaseDecider);

/** Builds a command with the shared metadata (typed loosely so tests can send bad input). */
export function cmd(type: PoliceCaseCommand['type'], data: Record<string, unknown>): PoliceCaseCommand {
  return { type, data, metadata } as unknown as PoliceCaseCommand;
}

/** Expects the decider to refuse with this code and kind. */
export function refuses(given: PoliceCaseEvent[], command: PoliceCaseCommand, code: string, kind: DomainRuleViolation['kind']) {
  spec
    .given(given)
    .when(command)
    .thenThrows(DomainRuleViolation, (e) => e.code === code && e.kind === kind && e.message.length > 10);
}

export const opened: PoliceCaseEvent = {
  type: E.PoliceCaseOpened,
  data: {
    caseId: 'PC-2020-001',
    unit: { code: 'police-battambang', type: 'provincial_police' },
    province: 'battambang',
    offences: ['procuring'],
    openedOn: '2020-03-01',
  },
};

/**
 * A stand-in for a sealed envelope (the domain never opens one; the real cipher is tested in
 * `@casetrail/personal-data`). Valid in shape: 96-bit IV, 128-bit tag, base64url.
 */
export function sealedFor(personId: string): SealedPersonalData {
  return { v: 1, alg: 'A256GCM', personId, iv: 'AAAAAAAAAAAAAAAA', ct: 'c2VhbGVkLWJ5LWEtdGVzdA', tag: 'AAAAAAAAAAAAAAAAAAAAAA' };
}

/** As stored: the name and the birth date (1990-01-15) only sealed, the age band in clear. */
export const suspectIdentified: PoliceCaseEvent = {
  type: E.SuspectIdentified,
  data: {
    suspectId: 'S1',
    sex: 'F',
    ageBandAtIdentification: '18_plus',
    nationality: 'KHM',
    identifiedOn: '2020-03-02',
    personal: sealedFor('S1'),
  },
};

/** The same event as the command service reads it, personal data opened (in memory only). */
export const suspectIdentifiedOpened: PoliceCaseEvent = {
  ...suspectIdentified,
  data: { ...(suspectIdentified.data as object), personal: { fullName: 'Synthetic Suspect One', birthDate: '1990-01-15' } },
} as PoliceCaseEvent;

export const suspectArrested: PoliceCaseEvent = {
  type: E.SuspectArrested,
  data: { suspectId: 'S1', arrestedOn: '2020-03-05', detainedAndSentToCourt: true, ageBand: '18_plus' },
};

export const suspectReleased: PoliceCaseEvent = {
  type: E.SuspectReleased,
  data: { suspectId: 'S1', releasedOn: '2020-03-06', reason: 'insufficient_evidence' },
};

export const victimRescued: PoliceCaseEvent = {
  type: E.VictimRescued,
  data: {
    victimId: 'V1',
    sex: 'F',
    ageAtRescue: 14,
    ageBand: 'under_15',
    nationality: 'KHM',
    exploitationType: 'sexual',
    rescuedOn: '2020-03-05',
    personal: sealedFor('V1'),
  },
};

/** V1 as handed over (version 2): her facts at the rescue, sealed part as stored. */
export const handedOverVictimV1 = {
  sex: 'F',
  nationality: 'KHM',
  ageInYears: 14,
  ageBand: 'under_15',
  ageBandOn: '2020-03-05',
  exploitationType: 'sexual',
  rescuedOn: '2020-03-05',
  personal: sealedFor('V1'),
} as const;

/** Version 2: V1 handed over to social affairs, with her facts and the case's province and unit. */
export const victimHandedOver: PoliceCaseEvent = {
  type: E.VictimHandedOver,
  data: {
    victimId: 'V1',
    destination: 'social_affairs',
    handedOverOn: '2020-03-07',
    victim: handedOverVictimV1,
    province: 'battambang',
    unit: 'police-battambang',
  },
};

/** The same hand-over as written in version 1 (the victim's id only), before the registry upcasts it. */
export const victimHandedOverV1Data = { victimId: 'V1', destination: 'social_affairs', handedOverOn: '2020-03-07' };

/** S1 (birth date sealed: the band at the arrest and its date) and V1 (age at the rescue). */
export const forwardedSuspectS1 = {
  suspectId: 'S1',
  sex: 'F',
  nationality: 'KHM',
  ageBand: '18_plus',
  ageBandOn: '2020-03-05',
  arrestedOn: '2020-03-05',
  personal: sealedFor('S1'),
} as const;

export const forwardedVictimV1 = {
  victimId: 'V1',
  sex: 'F',
  nationality: 'KHM',
  ageInYears: 14,
  ageBand: 'under_15',
  ageBandOn: '2020-03-05',
  rescuedOn: '2020-03-05',
  exploitationType: 'sexual',
  personal: sealedFor('V1'),
} as const;

/** Version 2: the arrested suspect S1 and the victim V1, with the case's offences, unit, province. */
export const forwarded: PoliceCaseEvent = {
  type: E.CaseForwardedToProsecutor,
  data: {
    forwardedOn: '2020-03-10',
    suspectIds: ['S1'],
    victimIds: ['V1'],
    persons: { suspects: [forwardedSuspectS1], victims: [forwardedVictimV1] },
    offences: ['procuring'],
    unit: 'police-battambang',
    province: 'battambang',
  },
};

/** The same forwarding as written in version 1 (ids only), before the registry upcasts it. */
export const forwardedV1Data = { forwardedOn: '2020-03-10', suspectIds: ['S1'], victimIds: ['V1'] };

export const closed: PoliceCaseEvent = {
  type: E.CaseClosedWithoutForwarding,
  data: { closedOn: '2020-04-01', reason: 'insufficient_evidence' },
};

/**
 * R1, screened at Poipet on 2020-03-02 (a girl of 16) and referred to the police on 2020-03-04:
 * a victim of the case as intake described her, the sealed part as intake stored it.
 */
export const referredVictimData = {
  victimId: 'R1',
  sex: 'F',
  nationality: 'KHM',
  ageInYears: 16,
  ageBand: '15_17',
  ageBandOn: '2020-03-02',
  exploitationType: 'labour',
  referredOn: '2020-03-04',
  screenedAt: 'poipet',
  personal: sealedFor('R1'),
} as const;

export const victimReferred: PoliceCaseEvent = { type: E.VictimReferred, data: { ...referredVictimData } };

/** One valid command of each kind (valid against a case with S1 arrested and V1 rescued). */
export const anyCommandOfEachKind: PoliceCaseCommand[] = [
  cmd('AddOffence', { offence: 'pornography', addedOn: '2020-04-02' }),
  cmd('IdentifySuspect', { suspectId: 'S9', sex: 'M', ageAtIdentification: 30, nationality: 'KHM', identifiedOn: '2020-04-02' }),
  cmd('ArrestSuspect', { suspectId: 'S1', arrestedOn: '2020-04-02' }),
  cmd('ReleaseSuspect', { suspectId: 'S1', releasedOn: '2020-04-02', reason: 'not_involved' }),
  cmd('RescueVictim', { victimId: 'V9', sex: 'M', ageAtRescue: 16, nationality: 'KHM', exploitationType: 'labour', rescuedOn: '2020-04-02' }),
  cmd('RecordReferredVictim', { ...referredVictimData, referredOn: '2020-04-02' }),
  cmd('HandOverVictim', { victimId: 'V1', destination: 'family', handedOverOn: '2020-04-02' }),
  cmd('ForwardToProsecutor', { forwardedOn: '2020-04-02' }),
  cmd('CloseWithoutForwarding', { closedOn: '2020-04-02', reason: 'other' }),
];

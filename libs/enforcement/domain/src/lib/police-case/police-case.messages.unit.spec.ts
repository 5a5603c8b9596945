import { DomainRuleViolation } from '@casetrail/event-sourcing';
import { policeCaseDecider } from './police-case.decider';
import type { PoliceCaseEvent } from '@casetrail/enforcement-contracts';
import {
  closed,
  cmd,
  forwarded,
  opened,
  sealedFor,
  suspectArrested,
  suspectIdentified,
  victimHandedOver,
  victimRescued,
} from './police-case.test-fixtures';

/*
 * A refusal's message reaches the client (problem+json `detail`) and the logs. It names the
 * field, never repeats a value: not what the client sent (which may be personal data pasted into
 * the wrong field, or markup), not an id, not a date of the case.
 */

/** Ids and codes below carry the canary; no date at all may appear in a message. */
const ANY_DATE = /\d{4}-\d{2}-\d{2}/;
const CANARY = 'Cnry';

const withIds = (event: PoliceCaseEvent, ids: Record<string, unknown>): PoliceCaseEvent =>
  ({ ...event, data: { ...(event.data as object), ...ids } }) as unknown as PoliceCaseEvent;

const openedCanary = withIds(opened, { caseId: `${CANARY}-case` });
const suspect = withIds(suspectIdentified, { suspectId: `${CANARY}-S1`, personal: sealedFor(`${CANARY}-S1`) });
const arrested = withIds(suspectArrested, { suspectId: `${CANARY}-S1` });
const victim = withIds(victimRescued, { victimId: `${CANARY}-V1`, personal: sealedFor(`${CANARY}-V1`) });
const handedOver = withIds(victimHandedOver, { victimId: `${CANARY}-V1` });

const open = (overrides: Record<string, unknown>) =>
  cmd('OpenPoliceCase', {
    caseId: `${CANARY}-case`,
    unit: { code: 'police-battambang', type: 'provincial_police' },
    province: 'battambang',
    offences: ['procuring'],
    openedOn: '2020-03-01',
    ...overrides,
  });
const identify = (overrides: Record<string, unknown>) =>
  cmd('IdentifySuspect', { suspectId: `${CANARY}-S2`, sex: 'F', ageAtIdentification: 30, nationality: 'KHM', identifiedOn: '2020-03-02', ...overrides });
const rescue = (overrides: Record<string, unknown>) =>
  cmd('RescueVictim', { victimId: `${CANARY}-V2`, sex: 'F', ageAtRescue: 12, nationality: 'KHM', exploitationType: 'sexual', rescuedOn: '2020-03-05', ...overrides });

const refusals: Array<[string, PoliceCaseEvent[], ReturnType<typeof cmd>]> = [
  ['a case opened twice', [openedCanary], open({})],
  ['a malformed case id', [], open({ caseId: `${CANARY} <b>` })],
  ['an unknown unit', [], open({ unit: { code: `${CANARY}-unit`, type: 'provincial_police' } })],
  ['an unknown province', [], open({ province: `${CANARY}-province` })],
  ['a unit of another province', [], open({ province: 'kampot' })],
  ['an unknown offence', [], open({ offences: [`${CANARY}-offence`] })],
  ['an offence listed twice', [], open({ offences: ['procuring', 'procuring'] })],
  ['a date after today', [], open({ openedOn: '2021-01-01' })],
  ['a date that does not exist', [], open({ openedOn: `2020-02-30${CANARY}` })],
  ['an offence already recorded', [openedCanary], cmd('AddOffence', { offence: 'procuring', addedOn: '2020-03-03' })],
  ['an offence added before the opening', [openedCanary], cmd('AddOffence', { offence: 'pornography', addedOn: '2020-02-03' })],
  ['a suspect identified twice', [openedCanary, suspect], identify({ suspectId: `${CANARY}-S1` })],
  ['a malformed suspect id', [openedCanary], identify({ suspectId: `${CANARY}/S2` })],
  ['an unknown sex', [openedCanary], identify({ sex: `${CANARY}-sex` })],
  ['an unknown nationality', [openedCanary], identify({ nationality: `${CANARY}-nationality` })],
  ['a birth date after the event', [openedCanary], identify({ ageAtIdentification: undefined, birthDate: '2020-03-09', personal: sealedFor(`${CANARY}-S2`) })],
  ['an age out of range', [openedCanary], identify({ ageAtIdentification: 1234 })],
  ['personal data of another person', [openedCanary], identify({ personal: sealedFor(`${CANARY}-other`) })],
  ['an arrest of an unknown suspect', [openedCanary], cmd('ArrestSuspect', { suspectId: `${CANARY}-S9`, arrestedOn: '2020-03-05' })],
  ['a second arrest', [openedCanary, suspect, arrested], cmd('ArrestSuspect', { suspectId: `${CANARY}-S1`, arrestedOn: '2020-03-06' })],
  ['an arrest before identification', [openedCanary, suspect], cmd('ArrestSuspect', { suspectId: `${CANARY}-S1`, arrestedOn: '2020-03-01' })],
  ['a release of a suspect not arrested', [openedCanary, suspect], cmd('ReleaseSuspect', { suspectId: `${CANARY}-S1`, releasedOn: '2020-03-06', reason: 'other' })],
  ['an unknown release reason', [openedCanary, suspect, arrested], cmd('ReleaseSuspect', { suspectId: `${CANARY}-S1`, releasedOn: '2020-03-06', reason: `${CANARY}-reason` })],
  ['a release before the arrest', [openedCanary, suspect, arrested], cmd('ReleaseSuspect', { suspectId: `${CANARY}-S1`, releasedOn: '2020-03-04', reason: 'other' })],
  ['a victim rescued twice', [openedCanary, victim], rescue({ victimId: `${CANARY}-V1` })],
  ['an unknown exploitation type', [openedCanary], rescue({ exploitationType: `${CANARY}-type` })],
  ['a hand-over of an unknown victim', [openedCanary], cmd('HandOverVictim', { victimId: `${CANARY}-V9`, destination: 'family', handedOverOn: '2020-03-07' })],
  ['a second hand-over', [openedCanary, victim, handedOver], cmd('HandOverVictim', { victimId: `${CANARY}-V1`, destination: 'family', handedOverOn: '2020-03-08' })],
  ['an unknown destination', [openedCanary, victim], cmd('HandOverVictim', { victimId: `${CANARY}-V1`, destination: `${CANARY}-dest`, handedOverOn: '2020-03-08' })],
  ['a forward before an arrest', [openedCanary, suspect, arrested], cmd('ForwardToProsecutor', { forwardedOn: '2020-03-04' })],
  ['an unknown court', [openedCanary, suspect, arrested], cmd('ForwardToProsecutor', { forwardedOn: '2020-03-10', court: `${CANARY}-court` })],
  ['a closure with suspects under arrest', [openedCanary, suspect, arrested], cmd('CloseWithoutForwarding', { closedOn: '2020-03-10', reason: 'other' })],
  ['a change to a forwarded case', [openedCanary, suspect, arrested, forwarded], cmd('AddOffence', { offence: 'pornography', addedOn: '2020-03-11' })],
  ['a change to a closed case', [openedCanary, closed], cmd('AddOffence', { offence: 'pornography', addedOn: '2020-04-11' })],
  ['a reopening before the closure', [openedCanary, closed], cmd('ReopenCase', { reopenedOn: '2020-03-30', justification: 'New evidence (synthetic)' })],
];

describe('refusal messages name the field, never the value', () => {
  it.each(refusals)('%s', (_name, given, command) => {
    const state = given.reduce(policeCaseDecider.evolve, policeCaseDecider.initialState());
    let refusal: unknown;
    try {
      policeCaseDecider.decide(command, state);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DomainRuleViolation);
    const { message } = refusal as DomainRuleViolation;
    expect(message.length).toBeGreaterThan(10);
    expect(message).not.toContain(CANARY);
    expect(message).not.toMatch(ANY_DATE);
    expect(message).not.toContain('"');
  });
});

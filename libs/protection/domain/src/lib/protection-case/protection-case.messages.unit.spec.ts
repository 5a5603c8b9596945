import { DomainRuleViolation } from '@casetrail/event-sourcing';
import type { ProtectionCaseEvent } from '@casetrail/protection-contracts';
import type { ProtectionCaseCommand } from './protection-case.commands';
import { atIntegrated, atOpen, cmd, decided, handOverData, inShelter, reactor, readyToIntegrate } from './protection-case.test-fixtures';

/** A value no message may repeat: what the client sent stays with the client (it may be personal data). */
const CANARY = 'Canary-7f3e';
const FUTURE = '2099-07-07';

const cases: Array<[string, ProtectionCaseEvent[], ProtectionCaseCommand]> = [
  ['a person id', [], cmd('RegisterProtectionCase', { personId: `${CANARY} x`, province: 'kep', receivedOn: '2020-03-01', channel: 'self_referred', sex: 'F', nationality: 'KHM', ageInYears: 20, exploitationType: 'labour' })],
  ['a province', [], cmd('RegisterProtectionCase', { personId: 'P1', province: CANARY, receivedOn: '2020-03-01', channel: 'self_referred', sex: 'F', nationality: 'KHM', ageInYears: 20, exploitationType: 'labour' })],
  ['a future date', [], cmd('RegisterProtectionCase', { personId: 'P1', province: 'kep', receivedOn: FUTURE, channel: 'self_referred', sex: 'F', nationality: 'KHM', ageInYears: 20, exploitationType: 'labour' })],
  ['a birth date', [], cmd('RegisterProtectionCase', { personId: 'P1', province: 'kep', receivedOn: '2020-03-01', channel: 'self_referred', sex: 'F', nationality: 'KHM', birthDate: '2020-03-02', exploitationType: 'labour' })],
  ['a name in clear', [], cmd('OpenProtectionCaseFromHandOver', { ...handOverData, personal: { fullName: CANARY } }, reactor)],
  ['a police unit', [], cmd('OpenProtectionCaseFromHandOver', { ...handOverData, handedOverBy: CANARY }, reactor)],
  ['an organisation', atOpen, cmd('ReferCase', { organisation: CANARY, referredOn: '2020-03-07', purpose: 'shelter' })],
  ['a shelter', atOpen, cmd('AdmitToShelter', { shelter: CANARY, admittedOn: '2020-03-07', sentBy: 'dosvy-battambang' })],
  ['a departure reason', inShelter, cmd('RecordShelterDeparture', { departedOn: '2020-03-08', reason: CANARY })],
  ['a claim id', atOpen, cmd('RecordCompensationAward', { claimId: CANARY, amount: 1, currency: 'USD', awardedOn: '2020-09-01' })],
  ['a currency', atOpen, cmd('RecordCourtCompensationAward', { courtFileId: 'PC-1', amount: 1, currency: CANARY, awardedOn: '2020-09-01' })],
  ['an integrating organisation', readyToIntegrate, cmd('IntegratePerson', { integratedBy: CANARY, integratedOn: '2020-09-01', province: 'battambang' })],
  ['a visit outcome', atIntegrated, cmd('RecordFollowUpVisit', { visitedOn: '2020-10-01', outcome: CANARY, visitedBy: 'dosvy-battambang' })],
  ['a visit date', atIntegrated, cmd('RecordFollowUpVisit', { visitedOn: '2020-08-02', outcome: 'stable', visitedBy: 'dosvy-battambang' })],
  ['a justification', atIntegrated, cmd('ReopenProtectionCase', { reopenedOn: '2021-11-01', justification: `${CANARY}\nsecond line` })],
];

describe('refusal messages name the field, never the value sent', () => {
  it.each(cases)('does not repeat %s', (_what, given, command) => {
    let violation: unknown;
    try {
      decided(given, command);
    } catch (error) {
      violation = error;
    }
    expect(violation).toBeInstanceOf(DomainRuleViolation);
    const { message } = violation as DomainRuleViolation;
    expect(message).not.toContain(CANARY);
    expect(message).not.toContain(FUTURE);
    expect(message).not.toContain('2020-03-02');
    expect(message).not.toContain('2020-08-02');
  });
});

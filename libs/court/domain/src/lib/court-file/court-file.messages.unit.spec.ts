import { DomainRuleViolation } from '@casetrail/event-sourcing';
import type { CourtFileEvent } from '@casetrail/court-contracts';
import type { CourtFileCommand } from './court-file.commands';
import { atInvestigation, atProsecution, atTrial, cmd, decided, forwardingData, openedDirect } from './court-file.test-fixtures';

/** A value no message may repeat: what the client sent stays with the client (it may be personal data). */
const CANARY = 'Canary-7f3e';
const FUTURE = '2099-07-07';

const cases: Array<[string, CourtFileEvent[], CourtFileCommand]> = [
  ['a court', [], cmd('OpenCourtFile', { fileId: 'F1', court: CANARY, openedOn: '2020-03-01', offences: ['procuring'] })],
  ['a file id', [], cmd('OpenCourtFile', { fileId: `${CANARY} x`, court: 'court-kep', openedOn: '2020-03-01', offences: ['procuring'] })],
  ['an offence', [], cmd('OpenCourtFile', { fileId: 'F1', court: 'court-kep', openedOn: '2020-03-01', offences: [CANARY] })],
  ['a future date', [], cmd('OpenCourtFile', { fileId: 'F1', court: 'court-kep', openedOn: FUTURE, offences: ['procuring'] })],
  ['a unit', [], cmd('OpenCourtFileFromPoliceForwarding', { ...forwardingData, forwardingUnit: CANARY })],
  ['a name in clear', [], cmd('OpenCourtFileFromPoliceForwarding', { ...forwardingData, accused: [{ ...forwardingData.accused[0], personal: { fullName: CANARY } }] })],
  ['the forwarding date', [], cmd('OpenCourtFileFromPoliceForwarding', { ...forwardingData, forwardedOn: '2020-03-10', receivedOn: '2020-03-09' })],
  ['an arrest date', [], cmd('OpenCourtFileFromPoliceForwarding', { ...forwardingData, accused: [{ ...forwardingData.accused[0], arrestedOn: '2020-03-10', ageBandOn: '2020-03-01' }], forwardedOn: '2020-03-09', receivedOn: '2020-03-09' })],
  ['a file id on a second opening', [openedDirect], cmd('OpenCourtFile', { fileId: 'CF-2020-007', court: 'court-kep', openedOn: '2020-03-01', offences: ['procuring'] })],
  ['a nationality', atProsecution, cmd('AddVictim', { personId: 'V9', sex: 'F', nationality: CANARY, ageInYears: 20, exploitationType: 'labour', addedOn: '2020-04-01' })],
  ['a birth date', atProsecution, cmd('AddAccused', { personId: 'A9', sex: 'M', nationality: 'KHM', birthDate: '2020-04-02', addedOn: '2020-04-01', personal: {} })],
  ['a person id', atProsecution, cmd('ChargePerson', { personId: CANARY, offences: ['procuring'], chargedOn: '2020-03-12' })],
  ['a reason', atProsecution, cmd('DecideProsecution', { action: 'retained_without_processing', decidedOn: '2020-03-13', reason: CANARY })],
  ['an offence class', atInvestigation, cmd('OrderPreTrialDetention', { personId: 'S1', orderedOn: '2020-03-14', offenceClass: CANARY })],
  ['a currency', atTrial, cmd('AwardCompensation', { victimId: 'V1', amount: 1, currency: CANARY, awardedOn: '2020-09-01' })],
  ['a victim id', atTrial, cmd('AwardCompensation', { victimId: CANARY, amount: 1, currency: 'USD', awardedOn: '2020-09-01' })],
  ['an appellant', atTrial, cmd('LodgeAppeal', { appellant: CANARY, lodgedOn: '2020-09-10' })],
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
    expect(message).not.toContain('2020-04-02');
    expect(message).not.toContain('2020-03-10');
    expect(message).not.toContain('CF-2020-007');
  });
});

import { ProtectionCaseEventType as E, type ProtectionCaseEvent } from '@casetrail/protection-contracts';
import { protectionCaseDecider } from './protection-case.decider';
import { currentShelterStay, integratedSinceLastReopening, latestFamilyAssessment, referredOrganisations } from './protection-case.state';
import { admitted, assessed, atIntegrated, atOpen, closed, departed, inShelter, opened, referredToAple, reopened, visited } from './protection-case.test-fixtures';

const stateOf = (events: ProtectionCaseEvent[]) => events.reduce(protectionCaseDecider.evolve, protectionCaseDecider.initialState());

describe('evolveProtectionCase', () => {
  it('starts with no case', () => {
    expect(protectionCaseDecider.initialState()).toMatchObject({ stage: 'not_opened', personId: null, claims: {}, integrations: [] });
  });

  it('opens the case with the person and the hand-over', () => {
    const state = stateOf(atOpen);
    expect(state).toMatchObject({
      stage: 'open',
      personId: 'V1',
      province: 'battambang',
      receivedOn: '2020-03-06',
      channel: 'police_hand_over',
      handOver: { policeCaseId: 'PC-2020-001', handedOverBy: 'police-battambang', rescuedOn: '2020-03-05' },
      person: { sex: 'F', ageInYears: 14, ageBand: 'under_15', birthDate: null },
      exploitationType: 'sexual',
    });
  });

  it('reads the birth date only from a personal part the service opened', () => {
    const withBirthDate = { ...opened, data: { ...opened.data, personal: { birthDate: '2005-06-01' } } } as unknown as ProtectionCaseEvent;
    expect(stateOf([withBirthDate]).person?.birthDate).toBe('2005-06-01');
  });

  it('follows the shelter stays, referrals and assessments', () => {
    expect(currentShelterStay(stateOf(inShelter))).toMatchObject({ shelter: 'ngo-aple', admittedOn: '2020-03-07', departedOn: null });
    expect(currentShelterStay(stateOf([...inShelter, departed]))).toBeNull();
    expect(stateOf([...inShelter, departed, admitted]).shelterStays).toHaveLength(2);
    expect(referredOrganisations(stateOf([...inShelter, referredToAple]))).toEqual(['ngo-aple']);
    expect(latestFamilyAssessment(stateOf([...atOpen, assessed('not_suitable', '2020-04-01'), assessed()]))?.outcome).toBe('suitable');
  });

  it('sums what was received per claim', () => {
    const state = stateOf([
      ...atOpen,
      { type: E.CompensationClaimFiled, data: { claimId: 'C-1', supportingOrganisation: 'ngo-aple', filedOn: '2020-04-01' } },
      { type: E.CompensationAwarded, data: { claimId: 'C-1', amount: 500000, currency: 'USD', awardedOn: '2020-09-01', source: 'recorded' } },
      { type: E.CompensationReceived, data: { claimId: 'C-1', amount: 200000, currency: 'USD', receivedOn: '2020-10-01' } },
      { type: E.CompensationReceived, data: { claimId: 'C-1', amount: 100000, currency: 'USD', receivedOn: '2020-11-01' } },
    ]);
    expect(state.claims['C-1']).toMatchObject({ received: 300000, award: { amount: 500000, currency: 'USD', source: 'recorded' } });
    expect(state.claims['C-1'].receipts).toHaveLength(2);
  });

  it('returns to the stage before closing when reopened, and allows one more integration', () => {
    const closedState = stateOf([...atIntegrated, visited(1, '2020-10-01'), closed]);
    expect(closedState).toMatchObject({ stage: 'closed', closure: { closedOn: '2021-10-01', reason: 'follow_up_completed' } });
    expect(integratedSinceLastReopening(closedState)).toBe(true);
    const reopenedState = stateOf([...atIntegrated, visited(1, '2020-10-01'), closed, reopened]);
    expect(reopenedState).toMatchObject({ stage: 'integrated', closure: null });
    expect(integratedSinceLastReopening(reopenedState)).toBe(false);
    expect(reopenedState.integrations[0].visits).toHaveLength(1);
    expect(stateOf([...atOpen, closed, reopened]).stage).toBe('open');
  });
});

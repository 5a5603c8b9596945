import { ProtectionCaseEventType as E, type ProtectionCaseEvent } from '@casetrail/protection-contracts';
import { applyProtectionEvent, countsInStatistics, protectionCaseFactsOf } from './protection-case-facts';

/** Synthetic events of one person handed over by the police, with a canary in `personal` to prove the fold never reads it. */
const CANARY = 'Canaryname Zzyzx-Synthetic';
const canary = { fullName: CANARY, birthDate: '2004-06-01' } as never;

const opened: ProtectionCaseEvent = {
  type: E.ProtectionCaseOpened,
  data: {
    personId: 'V1',
    province: 'battambang',
    receivedOn: '2020-03-02',
    channel: 'police_hand_over',
    receivedBy: 'dosvy-battambang',
    policeCaseId: 'PC-1',
    handedOverBy: 'police-battambang',
    rescuedOn: '2020-03-01',
    sex: 'F',
    nationality: 'KHM',
    ageInYears: 15,
    ageBand: '15_17',
    ageBandOn: '2020-03-01',
    exploitationType: 'sexual',
    personal: canary,
  },
};

const history: ProtectionCaseEvent[] = [
  opened,
  { type: E.ConsentRecorded, data: { givenBy: 'guardian', recordedOn: '2020-03-02', sharing: [{ organisation: 'ngo-aple', purposes: ['shelter'] }] } },
  { type: E.CaseReferred, data: { organisation: 'ngo-aple', referredOn: '2020-03-02', purpose: 'shelter' } },
  { type: E.ShelterAdmitted, data: { shelter: 'ngo-aple', shelterProvince: 'phnom-penh', admittedOn: '2020-03-03', sentBy: 'dosvy-battambang', exploitationType: 'sexual', sex: 'F', ageBand: '15_17' } },
  { type: E.ServiceDelivered, data: { service: 'medical', organisation: 'ngo-aple', deliveredOn: '2020-03-04' } },
  { type: E.CompensationClaimFiled, data: { claimId: 'CF-1', courtFileId: 'CF-1', supportingOrganisation: 'ngo-aple', filedOn: '2020-04-01' } },
  { type: E.CompensationAwarded, data: { claimId: 'CF-1', amount: 300_000, currency: 'USD', awardedOn: '2020-09-01', source: 'court' } },
  { type: E.CompensationReceived, data: { claimId: 'CF-1', amount: 100_000, currency: 'USD', receivedOn: '2020-10-01' } },
  { type: E.ShelterDeparted, data: { shelter: 'ngo-aple', departedOn: '2020-11-01', reason: 'integrated' } },
  { type: E.FamilyAssessed, data: { assessedOn: '2020-10-15', outcome: 'suitable', assessedBy: 'dosvy-battambang' } },
  {
    type: E.PersonIntegrated,
    data: {
      integratedBy: 'ngo-aple', integratedOn: '2020-11-02', province: 'kampot', followUpScheduleMonths: [1, 3, 6, 12],
      followUpWorker: 'sw-1', exploitationType: 'sexual', sex: 'F', ageBand: '15_17',
    },
  },
  { type: E.CompensationReceived, data: { claimId: 'CF-1', amount: 200_000, currency: 'USD', receivedOn: '2021-01-10' } },
  { type: E.FollowUpVisited, data: { visitNumber: 1, visitedOn: '2020-12-02', outcome: 'stable', visitedBy: 'dosvy-kampot' } },
  { type: E.ProtectionCaseClosed, data: { closedOn: '2021-12-01', reason: 'follow_up_completed' } },
];

describe('protection-case facts', () => {
  const facts = protectionCaseFactsOf(history)!;

  it('keeps the reception in the province of the opening', () => {
    expect(facts).toMatchObject({
      personId: 'V1',
      province: 'battambang',
      receivedOn: '2020-03-02',
      channel: 'police_hand_over',
      receivedBy: 'dosvy-battambang',
      entryPoint: null,
      countryReturnedFrom: null,
      rescuedOn: '2020-03-01',
      sex: 'F',
      ageBand: '15_17',
      exploitationType: 'sexual',
    });
  });

  it('keeps admissions, claims and integrations, each in the case\'s province at its event', () => {
    expect(facts.admissions).toEqual([
      { shelter: 'ngo-aple', admittedOn: '2020-03-03', sentBy: 'dosvy-battambang', exploitationType: 'sexual', sex: 'F', ageBand: '15_17', province: 'battambang', departedOn: '2020-11-01' },
    ]);
    expect(facts.claims).toEqual([
      {
        claimId: 'CF-1', supportingOrganisation: 'ngo-aple', filedOn: '2020-04-01', province: 'battambang',
        awards: [{ amount: 300_000, currency: 'USD', awardedOn: '2020-09-01', source: 'court', province: 'battambang' }],
        receipts: [
          { amount: 100_000, currency: 'USD', receivedOn: '2020-10-01', province: 'battambang' },
          // After the integration in Kampot, the case is Kampot's.
          { amount: 200_000, currency: 'USD', receivedOn: '2021-01-10', province: 'kampot' },
        ],
      },
    ]);
    expect(facts.integrations).toEqual([
      {
        integratedBy: 'ngo-aple', integratedOn: '2020-11-02', province: 'kampot', exploitationType: 'sexual', sex: 'F', ageBand: '15_17',
        visits: [{ visitNumber: 1, visitedOn: '2020-12-02', outcome: 'stable', visitedBy: 'dosvy-kampot' }],
      },
    ]);
    expect(facts.currentProvince).toBe('kampot');
  });

  it('never holds personal data', () => {
    const text = JSON.stringify(facts);
    expect(text).not.toContain(CANARY);
    expect(text).not.toContain('2004-06-01');
    expect(text).not.toContain('personal');
    expect(text).not.toContain('nationality');
    expect(text).not.toContain('ageInYears');
    expect(text).not.toContain('followUpWorker');
  });

  it('leaves out a case closed as recorded in error, until it is reopened', () => {
    expect(countsInStatistics(facts)).toBe(true);
    const inError = applyProtectionEvent(facts, { type: E.ProtectionCaseClosed, data: { closedOn: '2021-12-01', reason: 'recorded_in_error' } });
    expect(countsInStatistics(inError)).toBe(false);
    const reopened = applyProtectionEvent(inError, { type: E.ProtectionCaseReopened, data: { reopenedOn: '2021-12-02', justification: 'Closed by mistake' } });
    expect([countsInStatistics(reopened), reopened.closure]).toEqual([true, null]);
  });

  it('keeps the entry point and the country of a return from abroad', () => {
    const overseas = applyProtectionEvent(null, {
      type: E.ProtectionCaseOpened,
      data: { ...opened.data, channel: 'overseas_authorities', entryPoint: 'poipet', countryReturnedFrom: 'THA', policeCaseId: undefined, handedOverBy: undefined, rescuedOn: undefined },
    });
    expect([overseas.entryPoint, overseas.countryReturnedFrom, overseas.rescuedOn]).toEqual(['poipet', 'THA', null]);
  });

  it('refuses a second opening and an event before the opening', () => {
    expect(() => applyProtectionEvent(applyProtectionEvent(null, opened), opened)).toThrow(/opened twice/);
    expect(() => applyProtectionEvent(null, history[3])).toThrow(/before the protection case was opened/);
  });
});

import { CourtFileEventType as E, type CourtFileEvent } from '@casetrail/court-contracts';
import { applyCourtEvent, courtFileFactsOf } from './court-file-facts';

/** Synthetic events of one forwarded file, with a canary in `personal` to prove the fold never reads it. */
const CANARY = 'Canaryname Zzyzx-Synthetic';
const canary = { fullName: CANARY, birthDate: '2004-06-01' } as never;

const received: CourtFileEvent = {
  type: E.PoliceCaseReceived,
  data: {
    fileId: 'PC-1',
    court: 'court-battambang',
    province: 'battambang',
    receivedOn: '2020-03-11',
    policeCaseId: 'PC-1',
    forwardingUnit: 'police-battambang',
    forwardedOn: '2020-03-10',
    offences: ['unlawful_removal_cross_border', 'procuring'],
    accused: [
      { personId: 'S1', sex: 'F', nationality: 'KHM', ageBand: '18_plus', ageBandOn: '2020-03-05', arrestedOn: '2020-03-05', personal: canary },
      { personId: 'S2', sex: 'M', nationality: 'VNM', ageInYears: 16, ageBand: '15_17', ageBandOn: '2020-03-02', arrestedOn: '2020-03-06', personal: {} },
    ],
    victims: [{ personId: 'V1', sex: 'F', nationality: 'KHM', ageInYears: 14, ageBand: 'under_15', ageBandOn: '2020-03-05', exploitationType: 'sexual', personal: canary }],
  },
};

const history: CourtFileEvent[] = [
  received,
  { type: E.AccusedAdded, data: { personId: 'A3', sex: 'M', nationality: 'THA', ageInYears: 40, ageBand: '18_plus', addedOn: '2020-03-12', personal: canary } },
  { type: E.VictimAdded, data: { personId: 'V2', sex: 'M', nationality: 'KHM', ageInYears: 20, ageBand: '18_plus', addedOn: '2020-03-12', exploitationType: 'labour', personal: {} } },
  { type: E.PersonCharged, data: { personId: 'S1', offences: ['procuring', 'child_pornography'], chargedOn: '2020-03-12', chargedBy: 'prosecutor', sex: 'F', ageBand: '18_plus' } },
  { type: E.PersonCharged, data: { personId: 'S2', offences: ['procuring'], chargedOn: '2020-03-12', chargedBy: 'prosecutor', sex: 'M', ageBand: '15_17' } },
  { type: E.ProsecutionDecided, data: { action: 'submitted_for_investigation', decidedOn: '2020-03-13' } },
  { type: E.PersonCharged, data: { personId: 'A3', offences: ['procuring'], chargedOn: '2020-03-20', chargedBy: 'investigating_judge', sex: 'M', ageBand: '18_plus' } },
  { type: E.PreTrialDetentionOrdered, data: { personId: 'S1', orderedOn: '2020-03-14', offenceClass: 'felony', limitId: 'pretrial_detention_adult_felony', sex: 'F', ageBand: '18_plus' } },
  { type: E.PreTrialDetentionExtended, data: { personId: 'S1', extendedOn: '2020-09-01', months: 6 } },
  { type: E.JudicialSupervisionOrdered, data: { personId: 'S2', orderedOn: '2020-03-15', sex: 'M', ageBand: '15_17' } },
  { type: E.ClosingOrderIssued, data: { outcome: 'sent_to_trial', issuedOn: '2020-10-01' } },
  { type: E.VerdictDelivered, data: { personId: 'S2', outcome: 'deferral', deliveredOn: '2020-11-01', sex: 'M', ageBand: '15_17' } },
  { type: E.VerdictDelivered, data: { personId: 'S1', outcome: 'imprisonment', deliveredOn: '2020-11-02', termMonths: 60, custody: 'in_custody', sex: 'F', ageBand: '18_plus' } },
  { type: E.PreTrialDetentionEnded, data: { personId: 'S1', endedOn: '2020-11-02', reason: 'first_instance_judgment' } },
  { type: E.CompensationAwarded, data: { victimId: 'V1', amount: 500000, currency: 'USD', awardedOn: '2020-11-02' } },
  { type: E.AppealLodged, data: { appealNumber: 1, appellant: 'accused', lodgedOn: '2020-11-20', personId: 'S1' } },
  { type: E.AppealDecided, data: { appealNumber: 1, decision: 'upheld', decidedOn: '2021-02-01' } },
];

describe('court-file facts', () => {
  const facts = courtFileFactsOf(history)!;

  it('keeps the file, its origin, offences and stage dates', () => {
    expect(facts).toMatchObject({
      fileId: 'PC-1',
      court: 'court-battambang',
      province: 'battambang',
      origin: { kind: 'police', policeCaseId: 'PC-1', forwardingUnit: 'police-battambang', forwardedOn: '2020-03-10' },
      offences: ['unlawful_removal_cross_border', 'procuring', 'child_pornography'],
      principalOffence: 'unlawful_removal_cross_border',
      principalCategory: 'trafficking',
      openedOn: '2020-03-11',
      receivedOn: '2020-03-11',
      entered: { prosecution: '2020-03-11', investigation: '2020-03-13', trial: '2020-10-01' },
      closedOn: null,
      prosecutionDecision: { action: 'submitted_for_investigation', decidedOn: '2020-03-13' },
      closingOrder: { outcome: 'sent_to_trial', issuedOn: '2020-10-01' },
    });
  });

  it('keeps victims by sex and band at entry, and every fact of each accused', () => {
    expect(facts.victims).toEqual([
      { personId: 'V1', sex: 'F', ageBand: 'under_15', minor: true, enteredOn: '2020-03-11' },
      { personId: 'V2', sex: 'M', ageBand: '18_plus', minor: false, enteredOn: '2020-03-12' },
    ]);
    const [s1, s2, a3] = facts.accused;
    expect(s1).toEqual({
      personId: 'S1',
      sex: 'F',
      enteredOn: '2020-03-11',
      source: 'police',
      arrestedOn: '2020-03-05',
      charges: [{ chargedOn: '2020-03-12', chargedBy: 'prosecutor', offences: ['procuring', 'child_pornography'], sex: 'F', ageBand: '18_plus' }],
      detentions: [{ orderedOn: '2020-03-14', endedOn: '2020-11-02', sex: 'F', ageBand: '18_plus' }],
      supervisions: [],
      verdicts: [{ outcome: 'imprisonment', deliveredOn: '2020-11-02', final: true, custody: 'in_custody', sex: 'F', ageBand: '18_plus' }],
    });
    expect(s2.supervisions).toEqual([{ orderedOn: '2020-03-15', sex: 'M', ageBand: '15_17' }]);
    expect(s2.verdicts).toEqual([{ outcome: 'deferral', deliveredOn: '2020-11-01', final: false, custody: null, sex: 'M', ageBand: '15_17' }]);
    expect(a3).toMatchObject({ source: 'court', arrestedOn: null, enteredOn: '2020-03-12', charges: [{ chargedBy: 'investigating_judge' }] });
  });

  it('keeps compensation in minor units with its currency, and appeals with their decision', () => {
    expect(facts.compensation).toEqual([{ victimId: 'V1', amount: 500000, currency: 'USD', awardedOn: '2020-11-02' }]);
    expect(facts.appeals).toEqual([{ appealNumber: 1, appellant: 'accused', lodgedOn: '2020-11-20', personId: 'S1', decision: 'upheld', decidedOn: '2021-02-01' }]);
  });

  it('never holds personal data', () => {
    const text = JSON.stringify(facts);
    expect(text).not.toContain(CANARY);
    expect(text).not.toContain('2004-06-01');
    expect(text).not.toContain('personal');
    expect(text).not.toContain('nationality');
    expect(text).not.toContain('ageInYears');
  });

  it('records a direct opening, a retention and a dismissal as closing the file', () => {
    const direct: CourtFileEvent = {
      type: E.CourtFileOpened,
      data: { fileId: 'CF-7', court: 'court-kampot', province: 'kampot', openedOn: '2020-04-01', offences: ['pornography'], reference: 'REF-1' },
    };
    const opened = applyCourtEvent(null, direct);
    expect(opened).toMatchObject({ origin: { kind: 'direct', policeCaseId: null }, receivedOn: null, openedOn: '2020-04-01', principalCategory: 'sexual_exploitation' });
    const retained = applyCourtEvent(opened, { type: E.ProsecutionDecided, data: { action: 'retained_without_processing', decidedOn: '2020-05-01', reason: 'insufficient_evidence' } });
    expect([retained.closedOn, retained.entered]).toEqual(['2020-05-01', { prosecution: '2020-04-01', investigation: null, trial: null }]);
    const direct2 = applyCourtEvent(applyCourtEvent(opened, { type: E.ProsecutionDecided, data: { action: 'submitted_for_trial', decidedOn: '2020-05-02', trialRoute: 'direct_summons' } }), {
      type: E.VerdictDelivered,
      data: { personId: 'nobody', outcome: 'acquittal', deliveredOn: '2020-06-01', sex: 'M', ageBand: '18_plus' },
    });
    expect(direct2.entered.trial).toBe('2020-05-02');
    const dismissed = applyCourtEvent(
      applyCourtEvent(opened, { type: E.ProsecutionDecided, data: { action: 'submitted_for_investigation', decidedOn: '2020-05-01' } }),
      { type: E.ClosingOrderIssued, data: { outcome: 'dismissed', issuedOn: '2020-08-01' } },
    );
    expect([dismissed.closedOn, dismissed.entered.trial]).toEqual(['2020-08-01', null]);
  });

  it('refuses a second opening and an event before the opening', () => {
    expect(() => applyCourtEvent(applyCourtEvent(null, received), received)).toThrow(/opened twice/);
    expect(() => applyCourtEvent(null, history[3])).toThrow(/before the court file was opened/);
  });
});

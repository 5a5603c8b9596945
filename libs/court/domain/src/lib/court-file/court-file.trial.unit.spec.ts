import { CourtFileEventType as E, type CourtFileEvent } from '@casetrail/court-contracts';
import { atInvestigation, atTrial, charged, cmd, decided, decides, refuses, sentToTrial } from './court-file.test-fixtures';

const verdict = (overrides: Record<string, unknown> = {}) =>
  cmd('DeliverVerdict', { personId: 'S1', outcome: 'imprisonment', deliveredOn: '2020-09-01', termMonths: 60, custody: 'in_custody', ...overrides });
const verdictEvent = (data: Record<string, unknown>) =>
  ({ type: E.VerdictDelivered, data: { personId: 'S1', deliveredOn: '2020-09-01', sex: 'F', ageBand: '18_plus', ...data } }) as CourtFileEvent;
const detentionEnded = (endedOn = '2020-09-01'): CourtFileEvent => ({ type: E.PreTrialDetentionEnded, data: { personId: 'S1', endedOn, reason: 'first_instance_judgment' } });
const award = (overrides: Record<string, unknown> = {}) =>
  cmd('AwardCompensation', { victimId: 'V1', amount: 500000, currency: 'USD', awardedOn: '2020-09-01', ...overrides });
const appeal = (overrides: Record<string, unknown> = {}) => cmd('LodgeAppeal', { appellant: 'accused', personId: 'S1', lodgedOn: '2020-09-10', ...overrides });
const appealDecision = (overrides: Record<string, unknown> = {}) =>
  cmd('RecordAppealDecision', { appealNumber: 1, decision: 'upheld', decidedOn: '2020-12-01', ...overrides });

const judged = [...atTrial, detentionEnded(), verdictEvent({ outcome: 'imprisonment', termMonths: 60, custody: 'in_custody' })];
const appealed: CourtFileEvent[] = [...judged, { type: E.AppealLodged, data: { appealNumber: 1, appellant: 'accused', lodgedOn: '2020-09-10', personId: 'S1' } }];

describe('DeliverVerdict: per accused, at first instance', () => {
  it('sentences to imprisonment, ending the pre-trial detention with the judgment', () =>
    decides(atTrial, verdict(), [detentionEnded(), verdictEvent({ outcome: 'imprisonment', termMonths: 60, custody: 'in_custody' })]));
  it('records imprisonment of an accused at liberty pending', () =>
    decides(atTrial, verdict({ personId: 'S2', custody: 'at_liberty' }), [
      verdictEvent({ personId: 'S2', outcome: 'imprisonment', termMonths: 60, custody: 'at_liberty', sex: 'M', ageBand: '15_17' }),
    ]));
  it('records a suspended sentence with its term', () =>
    decides(atTrial, verdict({ personId: 'S2', outcome: 'suspended_sentence', termMonths: 24, custody: undefined }), [
      verdictEvent({ personId: 'S2', outcome: 'suspended_sentence', termMonths: 24, sex: 'M', ageBand: '15_17' }),
    ]));
  it('records a fine in integer minor units of its currency', () =>
    decides(atTrial, verdict({ personId: 'S2', outcome: 'fine', termMonths: undefined, custody: undefined, fine: { amount: 400000000, currency: 'KHR' } }), [
      verdictEvent({ personId: 'S2', outcome: 'fine', fine: { amount: 400000000, currency: 'KHR' }, sex: 'M', ageBand: '15_17' }),
    ]));
  it('records an acquittal, ending the detention', () =>
    decides(atTrial, verdict({ outcome: 'acquittal', termMonths: undefined, custody: undefined }), [detentionEnded(), verdictEvent({ outcome: 'acquittal' })]));
  it('records a release on bail, which ends the detention and may be followed by a judgment', () => {
    const bail = verdict({ outcome: 'released_on_bail', termMonths: undefined, custody: undefined });
    decides(atTrial, bail, [detentionEnded(), verdictEvent({ outcome: 'released_on_bail' })]);
    const bailed = [...atTrial, ...decided(atTrial, bail)];
    decides(bailed, verdict({ deliveredOn: '2020-10-01', custody: 'at_liberty' }), [
      verdictEvent({ outcome: 'imprisonment', deliveredOn: '2020-10-01', termMonths: 60, custody: 'at_liberty' }),
    ]);
  });
  it('records a deferral, which keeps the detention and may be followed by a judgment', () => {
    const deferral = verdict({ outcome: 'deferral', termMonths: undefined, custody: undefined });
    decides(atTrial, deferral, [verdictEvent({ outcome: 'deferral' })]);
    const deferred = [...atTrial, ...decided(atTrial, deferral)];
    decides(deferred, verdict({ deliveredOn: '2020-10-01' }), [
      detentionEnded('2020-10-01'),
      verdictEvent({ outcome: 'imprisonment', deliveredOn: '2020-10-01', termMonths: 60, custody: 'in_custody' }),
    ]);
  });

  it('never changes a final verdict', () => refuses(judged, verdict({ outcome: 'acquittal', termMonths: undefined, custody: undefined, deliveredOn: '2020-10-01' }), 'VERDICT_ALREADY_DELIVERED', 'conflict'));
  it('judges only a charged accused of the file', () => {
    const uncharged: CourtFileEvent[] = [
      ...atInvestigation,
      { type: E.AccusedAdded, data: { personId: 'A9', sex: 'M', nationality: 'KHM', ageInYears: 30, ageBand: '18_plus', addedOn: '2020-04-01', personal: {} } },
      sentToTrial,
    ];
    refuses(uncharged, verdict({ personId: 'A9' }), 'NOT_CHARGED', 'conflict');
    refuses(atTrial, verdict({ personId: 'V1' }), 'ACCUSED_NOT_IN_FILE', 'conflict');
  });
  it('judges only at trial', () => refuses(atInvestigation, verdict(), 'WRONG_STAGE', 'conflict'));
  it('refuses a verdict dated before the file reached trial', () => refuses(atTrial, verdict({ deliveredOn: '2020-05-31' }), 'DATE_BEFORE_STAGE', 'unprocessable'));
  it('needs the term and the custody of a sentence to imprisonment', () => {
    refuses(atTrial, verdict({ termMonths: undefined }), 'TERM_REQUIRED', 'unprocessable');
    refuses(atTrial, verdict({ custody: undefined }), 'CUSTODY_REQUIRED', 'unprocessable');
    refuses(atTrial, verdict({ termMonths: 0 }), 'INVALID_TERM', 'unprocessable');
    refuses(atTrial, verdict({ custody: 'house_arrest' }), 'UNKNOWN_CUSTODY', 'unprocessable');
  });
  it('refuses fields that do not belong to the outcome', () => {
    refuses(atTrial, verdict({ outcome: 'acquittal', custody: undefined }), 'FIELD_NOT_ALLOWED', 'unprocessable');
    refuses(atTrial, verdict({ outcome: 'suspended_sentence' }), 'FIELD_NOT_ALLOWED', 'unprocessable');
    refuses(atTrial, verdict({ fine: { amount: 1, currency: 'USD' } }), 'FIELD_NOT_ALLOWED', 'unprocessable');
  });
  it('needs a fine in whole minor units of a known currency', () => {
    const fine = (f: unknown) => verdict({ outcome: 'fine', termMonths: undefined, custody: undefined, fine: f });
    refuses(atTrial, fine(undefined), 'FINE_REQUIRED', 'unprocessable');
    refuses(atTrial, fine({ amount: 12.5, currency: 'USD' }), 'INVALID_AMOUNT', 'unprocessable');
    refuses(atTrial, fine({ amount: 100, currency: 'usd' }), 'UNKNOWN_CURRENCY', 'unprocessable');
  });
  it('refuses an unknown outcome ("processing" is no verdict)', () => refuses(atTrial, verdict({ outcome: 'processing' }), 'UNKNOWN_OUTCOME', 'unprocessable'));
});

describe('AwardCompensation', () => {
  it('awards a victim of the file an amount in minor units, in the currency named', () =>
    decides(atTrial, award(), [{ type: E.CompensationAwarded, data: { victimId: 'V1', amount: 500000, currency: 'USD', awardedOn: '2020-09-01' } }]));
  it('awards in riel as well, never converted', () =>
    decides(atTrial, award({ amount: 2000000000, currency: 'KHR' }), [{ type: E.CompensationAwarded, data: { victimId: 'V1', amount: 2000000000, currency: 'KHR', awardedOn: '2020-09-01' } }]));
  it('awards only a victim of the file', () => refuses(atTrial, award({ victimId: 'S1' }), 'VICTIM_NOT_IN_FILE', 'conflict'));
  it('refuses a currency without a minor unit or unknown', () => {
    refuses(atTrial, award({ currency: 'XAU' }), 'UNKNOWN_CURRENCY', 'unprocessable');
    refuses(atTrial, award({ currency: 'US$' }), 'UNKNOWN_CURRENCY', 'unprocessable');
  });
  it('refuses an amount that is not a positive whole number of minor units', () => {
    refuses(atTrial, award({ amount: 5000.5 }), 'INVALID_AMOUNT', 'unprocessable');
    refuses(atTrial, award({ amount: 0 }), 'INVALID_AMOUNT', 'unprocessable');
    refuses(atTrial, award({ amount: '500000' }), 'INVALID_AMOUNT', 'unprocessable');
  });
  it('awards only at trial', () => refuses(charged, award(), 'WRONG_STAGE', 'conflict'));
  it('refuses an award dated before the file reached trial', () => refuses(atTrial, award({ awardedOn: '2020-05-01' }), 'DATE_BEFORE_STAGE', 'unprocessable'));
});

describe('LodgeAppeal and RecordAppealDecision: beside the first-instance verdict', () => {
  it('numbers appeals in the order lodged', () => {
    decides(judged, appeal(), [{ type: E.AppealLodged, data: { appealNumber: 1, appellant: 'accused', lodgedOn: '2020-09-10', personId: 'S1' } }]);
    decides(appealed, appeal({ appellant: 'prosecutor', personId: undefined }), [
      { type: E.AppealLodged, data: { appealNumber: 2, appellant: 'prosecutor', lodgedOn: '2020-09-10' } },
    ]);
    decides(appealed, appeal({ appellant: 'civil_party' }), [
      { type: E.AppealLodged, data: { appealNumber: 2, appellant: 'civil_party', lodgedOn: '2020-09-10', personId: 'S1' } },
    ]);
  });
  it('needs the accused who appeals', () => refuses(judged, appeal({ personId: undefined }), 'PERSON_REQUIRED', 'unprocessable'));
  it('needs a final verdict to appeal against', () => {
    refuses(judged, appeal({ personId: 'S2' }), 'NO_FIRST_INSTANCE_VERDICT', 'conflict');
    refuses(atTrial, appeal({ appellant: 'prosecutor', personId: undefined }), 'NO_FIRST_INSTANCE_VERDICT', 'conflict');
    const deferred = [...atTrial, verdictEvent({ outcome: 'deferral' })];
    refuses(deferred, appeal(), 'NO_FIRST_INSTANCE_VERDICT', 'conflict');
  });
  it('refuses an appeal before the verdict', () => refuses(judged, appeal({ lodgedOn: '2020-08-31' }), 'DATE_BEFORE_VERDICT', 'unprocessable'));
  it('refuses an unknown appellant', () => refuses(judged, appeal({ appellant: 'witness' }), 'UNKNOWN_APPELLANT', 'unprocessable'));

  it('records the appeal decision', () =>
    decides(appealed, appealDecision(), [{ type: E.AppealDecided, data: { appealNumber: 1, decision: 'upheld', decidedOn: '2020-12-01' } }]));
  it('decides only a lodged appeal, once', () => {
    refuses(appealed, appealDecision({ appealNumber: 2 }), 'APPEAL_NOT_FOUND', 'conflict');
    const decidedAppeal: CourtFileEvent = { type: E.AppealDecided, data: { appealNumber: 1, decision: 'modified', decidedOn: '2020-12-01' } };
    refuses([...appealed, decidedAppeal], appealDecision({ decidedOn: '2020-12-02' }), 'APPEAL_ALREADY_DECIDED', 'conflict');
  });
  it('refuses a decision before the appeal or an unknown decision', () => {
    refuses(appealed, appealDecision({ decidedOn: '2020-09-09' }), 'DATE_BEFORE_APPEAL', 'unprocessable');
    refuses(appealed, appealDecision({ decision: 'reversed' }), 'UNKNOWN_DECISION', 'unprocessable');
    refuses(appealed, appealDecision({ appealNumber: 0 }), 'INVALID_APPEAL_NUMBER', 'unprocessable');
  });
});

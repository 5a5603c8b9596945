import { ProtectionCaseEventType as E, type ProtectionCaseEvent } from '@casetrail/protection-contracts';
import type { CommandMetadata } from '@casetrail/event-sourcing';
import { atOpen, closed, cmd, decided, decides, partnerWorker, reactor, refusal, refuses } from './protection-case.test-fixtures';

const file = (overrides: Record<string, unknown> = {}, metadata?: CommandMetadata) =>
  cmd('FileCompensationClaim', { claimId: 'C-1', supportingOrganisation: 'ngo-aple', filedOn: '2020-04-01', ...overrides }, metadata);
const award = (overrides: Record<string, unknown> = {}, metadata?: CommandMetadata) =>
  cmd('RecordCompensationAward', { claimId: 'C-1', amount: 500000, currency: 'USD', awardedOn: '2020-09-01', ...overrides }, metadata);
const courtAward = (overrides: Record<string, unknown> = {}) =>
  cmd('RecordCourtCompensationAward', { courtFileId: 'PC-2020-001', amount: 500000, currency: 'USD', awardedOn: '2020-09-01', ...overrides }, reactor);
const receipt = (overrides: Record<string, unknown> = {}, metadata?: CommandMetadata) =>
  cmd('RecordCompensationReceived', { claimId: 'C-1', amount: 200000, currency: 'USD', receivedOn: '2020-10-01', ...overrides }, metadata);

const filed: ProtectionCaseEvent = { type: E.CompensationClaimFiled, data: { claimId: 'C-1', supportingOrganisation: 'ngo-aple', filedOn: '2020-04-01' } };
const awarded: ProtectionCaseEvent = { type: E.CompensationAwarded, data: { claimId: 'C-1', amount: 500000, currency: 'USD', awardedOn: '2020-09-01', source: 'recorded' } };
const received = (amount: number, receivedOn = '2020-10-01'): ProtectionCaseEvent => ({ type: E.CompensationReceived, data: { claimId: 'C-1', amount, currency: 'USD', receivedOn } });
const withClaim = [...atOpen, filed];
const withAward = [...withClaim, awarded];

describe('FileCompensationClaim', () => {
  it('files a claim supported by an organisation', () => decides(atOpen, file(), [filed]));
  it('files the claim of a court file of this system', () =>
    decides(atOpen, file({ claimId: 'PC-2020-001', courtFileId: 'PC-2020-001' }), [
      { type: E.CompensationClaimFiled, data: { claimId: 'PC-2020-001', courtFileId: 'PC-2020-001', supportingOrganisation: 'ngo-aple', filedOn: '2020-04-01' } },
    ]));
  it('lets a partner worker file as the supporting organisation', () => decides(atOpen, file({}, partnerWorker), [filed]));

  it('refuses a claim id already filed in the case', () => refuses(withClaim, file({ filedOn: '2020-05-01' }), 'CLAIM_ALREADY_FILED', 'conflict'));
  it('refuses a partner worker filing for another organisation', () => refuses(atOpen, file({ supportingOrganisation: 'ngo-ijm' }, partnerWorker), 'NOT_YOUR_ORGANISATION', 'forbidden'));
  it('refuses on a closed case', () => refuses([...atOpen, { ...closed, data: { closedOn: '2020-04-01', reason: 'other' } } as ProtectionCaseEvent], file(), 'CASE_CLOSED', 'conflict'));
  it.each([
    ['a bad claim id', { claimId: 'C 1' }, 'INVALID_ID'],
    ['a bad court file id', { courtFileId: '' }, 'INVALID_ID'],
    ['an unknown supporting organisation', { supportingOrganisation: 'lawyer' }, 'UNKNOWN_ORGANISATION'],
    ['a date before the reception', { filedOn: '2020-03-01' }, 'DATE_BEFORE_RECEIVED'],
  ])('refuses %s (422)', (_what, overrides, code) => refuses(atOpen, file(overrides), code, 'unprocessable'));
});

describe('RecordCompensationAward: recorded by a worker', () => {
  it('records the award on a filed claim, in integer minor units of its currency', () => decides(withClaim, award(), [awarded]));
  it('records an award in riel', () =>
    decides(withClaim, award({ amount: 400000000, currency: 'KHR' }), [{ ...awarded, data: { ...awarded.data, amount: 400000000, currency: 'KHR' } } as ProtectionCaseEvent]));

  it('refuses an award on a claim not filed', () => refuses(atOpen, award(), 'CLAIM_NOT_FOUND', 'conflict'));
  it('refuses a second award on a claim', () => refuses(withAward, award({ awardedOn: '2020-09-02' }), 'ALREADY_AWARDED', 'conflict'));
  it('is not for partner workers', () => refuses(withClaim, award({}, partnerWorker), 'NOT_FOR_PARTNERS', 'forbidden'));
  it.each([
    ['a currency without minor unit', { currency: 'XAU' }, 'UNKNOWN_CURRENCY'],
    ['a lower-case currency', { currency: 'usd' }, 'UNKNOWN_CURRENCY'],
    ['a decimal amount', { amount: 5000.5 }, 'INVALID_AMOUNT'],
    ['a zero amount', { amount: 0 }, 'INVALID_AMOUNT'],
    ['an award before the claim', { awardedOn: '2020-03-31' }, 'DATE_BEFORE_CLAIM'],
    ['an award in the future', { awardedOn: '2099-01-01' }, 'DATE_IN_FUTURE'],
  ])('refuses %s (422)', (_what, overrides, code) => refuses(withClaim, award(overrides), code, 'unprocessable'));
});

describe('RecordCourtCompensationAward: the court awarded compensation to a victim followed here', () => {
  const courtClaim: ProtectionCaseEvent = {
    type: E.CompensationClaimFiled,
    data: { claimId: 'PC-2020-001', courtFileId: 'PC-2020-001', supportingOrganisation: 'dosvy-battambang', filedOn: '2020-09-01' },
  };
  const courtAwarded: ProtectionCaseEvent = {
    type: E.CompensationAwarded,
    data: { claimId: 'PC-2020-001', amount: 500000, currency: 'USD', awardedOn: '2020-09-01', source: 'court' },
  };

  it('files the court file’s claim first, supported by the organisation that received the person', () => decides(atOpen, courtAward(), [courtClaim, courtAwarded]));
  it('files it supported by the organisation named, when there is one', () =>
    decides(atOpen, courtAward({ supportingOrganisation: 'ngo-ijm' }), [
      { ...courtClaim, data: { ...courtClaim.data, supportingOrganisation: 'ngo-ijm' } } as ProtectionCaseEvent,
      courtAwarded,
    ]));
  it('awards on the claim already filed for that court file', () => {
    const filedByHand: ProtectionCaseEvent = {
      type: E.CompensationClaimFiled,
      data: { claimId: 'PC-2020-001', courtFileId: 'PC-2020-001', supportingOrganisation: 'ngo-ijm', filedOn: '2020-04-01' },
    };
    decides([...atOpen, filedByHand], courtAward(), [courtAwarded]);
  });

  it('refuses a second award for the court file', () => refuses([...atOpen, courtClaim, courtAwarded], courtAward(), 'ALREADY_AWARDED', 'conflict'));
  it('refuses on a closed case', () => refuses([...atOpen, { ...closed, data: { closedOn: '2020-04-01', reason: 'other' } } as ProtectionCaseEvent], courtAward(), 'CASE_CLOSED', 'conflict'));
  it.each([
    ['an award before the reception', { awardedOn: '2020-03-01' }, 'DATE_BEFORE_RECEIVED'],
    ['an unknown currency', { currency: 'XXX' }, 'UNKNOWN_CURRENCY'],
    ['an unknown supporting organisation', { supportingOrganisation: 'court-battambang' }, 'UNKNOWN_ORGANISATION'],
  ])('refuses %s (422)', (_what, overrides, code) => refuses(atOpen, courtAward(overrides), code, 'unprocessable'));
});

describe('RecordCompensationReceived: in parts, never more than awarded', () => {
  it('records a part of the award', () => decides(withAward, receipt(), [received(200000)]));
  it('records the rest, up to the award exactly', () => decides([...withAward, received(200000)], receipt({ amount: 300000 }), [received(300000)]));
  it('lets the supporting organisation’s partner worker record it', () => decides(withAward, receipt({}, partnerWorker), [received(200000)]));
  it('records a receipt on the award day', () => decides(withAward, receipt({ receivedOn: '2020-09-01' }), [received(200000, '2020-09-01')]));

  it('refuses more than is left to receive (409 OVERPAYMENT)', () => {
    const violation = refusal([...withAward, received(200000)], receipt({ amount: 300001 }), 'OVERPAYMENT', 'conflict');
    expect(violation.message).toContain('300000');
  });
  it('refuses a receipt before an award', () => refuses(withClaim, receipt(), 'NOT_AWARDED', 'conflict'));
  it('refuses a receipt on a claim not filed', () => refuses(atOpen, receipt(), 'CLAIM_NOT_FOUND', 'conflict'));
  it('refuses a partner worker of another organisation', () =>
    refuses(withAward, receipt({}, { ...partnerWorker, actor: { ...partnerWorker.actor, unit: 'ngo-ijm' } }), 'NOT_YOUR_ORGANISATION', 'forbidden'));
  it.each([
    ['another currency than the award’s (never converted)', { currency: 'KHR' }, 'CURRENCY_MISMATCH'],
    ['a receipt before the award', { receivedOn: '2020-08-31' }, 'DATE_BEFORE_AWARD'],
    ['a negative amount', { amount: -1 }, 'INVALID_AMOUNT'],
  ])('refuses %s (422)', (_what, overrides, code) => refuses(withAward, receipt(overrides), code, 'unprocessable'));

  it('keeps the total received per claim in the state', () => {
    const events = [...withAward, received(200000), ...decided([...withAward, received(200000)], receipt({ amount: 300000 }))];
    refuses(events, receipt({ amount: 1 }), 'OVERPAYMENT', 'conflict');
  });
});

import { addMonths, daysBetween, followUpSchedule, visitsOf } from './followUps';
import { outstandingOf, toMinorUnits, totalsPerCurrency } from './money';
import type { ClaimRecord, IntegrationRecord } from './types';

const integration: IntegrationRecord = {
  integratedBy: 'ngo-aple',
  integratedOn: '2026-01-31',
  province: 'kampot',
  followUpScheduleMonths: [1, 3, 6],
  followUpWorker: 'sw-1',
  exploitationType: 'labour',
  sex: 'F',
  ageBand: '18_plus',
  visits: [{ visitNumber: 1, visitedOn: '2026-03-02', outcome: 'stable', visitedBy: 'ngo-aple' }],
};

describe('follow-up visits on screen', () => {
  it('adds months keeping the day, or the month end when it has fewer days', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(daysBetween('2026-02-28', '2026-03-02')).toBe(2);
  });

  it('works out the schedule from the integration when the server gave none: made, overdue, due soon, upcoming', () => {
    expect(followUpSchedule(integration, '2026-04-25').map((v) => [v.visitNumber, v.dueOn, v.status, v.outcome])).toEqual([
      [1, '2026-02-28', 'done', 'stable'],
      [2, '2026-04-30', 'due', null],
      [3, '2026-07-31', 'upcoming', null],
    ]);
    expect(followUpSchedule(integration, '2026-05-01')[1].status).toBe('overdue');
  });

  it("takes the server's visits due when it gave them, with the outcome of each visit made", () => {
    const due = (visitNumber: number, dueOn: string, visitedOn: string | null, overdue: boolean) => ({ visitNumber, monthsAfterIntegration: [1, 3, 6][visitNumber - 1], dueOn, integratedOn: '2026-01-31', integratedBy: 'ngo-aple', province: 'kampot', followUpWorker: 'sw-1', visitedOn, overdue });
    const visits = visitsOf(integration, [due(1, '2026-02-28', '2026-03-02', false), due(2, '2026-04-30', null, true), due(3, '2026-07-31', null, false)], '2026-05-10');
    expect(visits.map((v) => [v.visitNumber, v.status, v.outcome])).toEqual([
      [1, 'done', 'stable'],
      [2, 'overdue', null],
      [3, 'upcoming', null],
    ]);
  });
});

describe('compensation amounts', () => {
  const claim = (award: ClaimRecord['award'], receipts: ClaimRecord['receipts']): ClaimRecord => ({ claimId: 'c', courtFileId: null, supportingOrganisation: 'ngo-chab-dai', filedOn: '2026-01-01', award, receipts, received: receipts.reduce((s, r) => s + r.amount, 0) });

  it('turns typed major units into the minor units of the currency', () => {
    expect(toMinorUnits(1500.5, 'USD')).toBe(150050);
    expect(toMinorUnits(2000000, 'VND')).toBe(2000000);
  });

  it('totals per currency, never converted, with what is still to receive', () => {
    const claims = [claim({ amount: 100_000, currency: 'USD', awardedOn: '2026-02-01', source: 'court' }, [{ amount: 40_000, currency: 'USD', receivedOn: '2026-03-01' }]), claim({ amount: 4_000_000_00, currency: 'KHR', awardedOn: '2026-02-01', source: 'recorded' }, []), claim(null, [])];
    expect(totalsPerCurrency(claims)).toEqual([
      { currency: 'USD', awarded: 100_000, received: 40_000, outstanding: 60_000, claims: 1 },
      { currency: 'KHR', awarded: 4_000_000_00, received: 0, outstanding: 4_000_000_00, claims: 1 },
    ]);
    expect(outstandingOf(claims[0])).toBe(60_000);
    expect(outstandingOf(claims[2])).toBe(0);
  });
});

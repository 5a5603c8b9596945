import { buildCourtDurations } from './court-durations';
import { aCharge, aFile, anAccused, aVerdict } from './court.test-fixtures';

const facts = [
  aFile({
    fileId: 'D1',
    entered: { prosecution: '2020-01-02', investigation: '2020-01-15', trial: '2020-03-11' },
    closingOrder: { outcome: 'sent_to_trial', issuedOn: '2020-03-11' },
    accused: [
      anAccused({ personId: 'A1', arrestedOn: '2020-01-01', charges: [aCharge('2020-01-11'), aCharge('2020-02-01')], verdicts: [aVerdict('imprisonment', '2020-04-10')] }),
      anAccused({ personId: 'A2', arrestedOn: '2020-01-05', charges: [aCharge('2020-01-11')], verdicts: [aVerdict('deferral', '2020-04-01'), aVerdict('fine', '2021-01-10')] }),
      // Added by the court: no police arrest, so no arrest-to-charge duration.
      anAccused({ personId: 'A3', source: 'court', arrestedOn: null, charges: [aCharge('2020-01-20', '18_plus', 'M', 'investigating_judge')], verdicts: [aVerdict('acquittal', '2020-03-21')] }),
    ],
  }),
  aFile({
    fileId: 'D2',
    province: 'kampot',
    entered: { prosecution: '2020-01-01', investigation: '2020-01-02', trial: null },
    closingOrder: { outcome: 'dismissed', issuedOn: '2020-02-03' },
    accused: [anAccused({ arrestedOn: '2019-12-25', charges: [aCharge('2020-01-04')] })],
  }),
  // Ends in 2019.
  aFile({ fileId: 'D3', accused: [anAccused({ arrestedOn: '2019-11-01', charges: [aCharge('2019-12-01')] })] }),
  // Outside the provinces asked for.
  aFile({ fileId: 'D4', province: 'kandal', accused: [anAccused({ arrestedOn: '2020-01-01', charges: [aCharge('2020-12-01')] })] }),
];

describe('buildCourtDurations', () => {
  const durations = buildCourtDurations(facts, { year: 2020, provinces: ['battambang', 'kampot'] });
  const row = (province: string | null) => durations.rows.find((r) => r.province === province)!.durations;

  it('has a row per province asked for, then the total', () => {
    expect(durations.rows.map((r) => [r.level, r.province, r.label])).toEqual([
      ['province', 'battambang', 'Battambang'],
      ['province', 'kampot', 'Kampot'],
      ['total', null, 'Total'],
    ]);
  });

  it('measures arrest to first charge per forwarded accused, in the year of the charge', () => {
    expect(row('battambang').arrestToCharge).toEqual({ count: 2, medianDays: 6, p90Days: 10 });
    expect(row('kampot').arrestToCharge).toEqual({ count: 1, medianDays: 10, p90Days: 10 });
    expect(row(null).arrestToCharge).toEqual({ count: 3, medianDays: 10, p90Days: 10 });
  });

  it('measures the file\'s first charge to the closing order, whatever the order says', () => {
    expect(row('battambang').chargeToClosingOrder).toEqual({ count: 1, medianDays: 60, p90Days: 60 });
    expect(row('kampot').chargeToClosingOrder).toEqual({ count: 1, medianDays: 30, p90Days: 30 });
    expect(row(null).chargeToClosingOrder).toEqual({ count: 2, medianDays: 30, p90Days: 60 });
  });

  it('measures the closing order to each accused\'s final verdict, in the year of the verdict', () => {
    expect(row('battambang').closingOrderToVerdict).toEqual({ count: 2, medianDays: 10, p90Days: 30 });
    expect(row('kampot').closingOrderToVerdict).toEqual({ count: 0, medianDays: null, p90Days: null });
    const next = buildCourtDurations(facts, { year: 2021, provinces: ['battambang'] });
    expect(next.rows[0].durations.closingOrderToVerdict).toEqual({ count: 1, medianDays: 305, p90Days: 305 });
  });
});

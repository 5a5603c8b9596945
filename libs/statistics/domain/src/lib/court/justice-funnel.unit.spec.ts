import { aCase } from '../law-enforcement/law-enforcement.test-fixtures';
import type { CourtFileFacts } from './court-file-facts';
import { buildJusticeFunnel, JUSTICE_FUNNEL_STEPS } from './justice-funnel';
import { aCharge, aFile, anAccused, aVerdict } from './court.test-fixtures';

const forwarded = (caseId: string, province: string, forwardedOn: string | null) =>
  aCase({ caseId, province, status: forwardedOn ? 'forwarded' : 'open', forwardedOn, openedOn: '2019-10-01' });

const fileOf = (caseId: string, receivedOn: string, more: Partial<CourtFileFacts> = {}) =>
  aFile({ fileId: caseId, origin: { kind: 'police', policeCaseId: caseId, forwardingUnit: 'police-battambang', forwardedOn: receivedOn }, receivedOn, ...more });

const police = [
  forwarded('P1', 'battambang', '2020-03-10'),
  forwarded('P2', 'battambang', '2020-04-01'),
  forwarded('P3', 'battambang', '2020-05-01'),
  forwarded('P4', 'kampot', '2020-06-01'),
  forwarded('P5', 'kampot', '2019-12-30'),
  forwarded('P6', 'battambang', null),
  forwarded('P7', 'kampot', '2020-11-01'),
  forwarded('P8', 'battambang', '2020-12-20'),
];

const court = [
  fileOf('P1', '2020-03-11', {
    entered: { prosecution: '2020-03-11', investigation: '2020-03-13', trial: '2020-06-01' },
    accused: [
      anAccused({ personId: 'A1', charges: [aCharge('2020-03-12')], verdicts: [aVerdict('imprisonment', '2020-09-01')] }),
      anAccused({ personId: 'A2', charges: [aCharge('2020-03-12')], verdicts: [aVerdict('acquittal', '2020-09-01')] }),
    ],
  }),
  fileOf('P2', '2020-04-02', {
    entered: { prosecution: '2020-04-02', investigation: null, trial: '2020-04-05' },
    accused: [
      anAccused({ personId: 'B1', charges: [aCharge('2020-04-03')], verdicts: [aVerdict('acquittal', '2020-07-01')] }),
      anAccused({ personId: 'B2', charges: [aCharge('2020-04-03')], verdicts: [aVerdict('released_on_bail', '2020-08-01'), aVerdict('acquittal', '2021-02-01')] }),
      anAccused({ personId: 'B3' }),
    ],
  }),
  fileOf('P3', '2020-05-02'),
  fileOf('P7', '2020-11-03', { accused: [anAccused({ charges: [aCharge('2020-11-05')] })] }),
  fileOf('P8', '2021-01-05'),
  // Opened directly: not in any police cohort.
  aFile({ fileId: 'CF-1', origin: { kind: 'direct', policeCaseId: null }, receivedOn: null }),
];

describe('buildJusticeFunnel', () => {
  const options = { year: 2020, provinces: ['battambang', 'kampot'] };

  it('follows the cases forwarded in the year down the funnel, as of a day', () => {
    const funnel = buildJusticeFunnel(police, court, { ...options, asOf: '2020-12-31' });
    expect(funnel).toMatchObject({ year: 2020, asOf: '2020-12-31', steps: JUSTICE_FUNNEL_STEPS });
    const [battambang, kampot, total] = funnel.rows;
    expect(battambang.counts).toEqual({ forwarded: 4, received: 3, charged: 2, sentToTrial: 2, convicted: 1, acquitted: 0, judgmentPending: 1 });
    expect(kampot.counts).toEqual({ forwarded: 2, received: 1, charged: 1, sentToTrial: 0, convicted: 0, acquitted: 0, judgmentPending: 0 });
    expect(total).toMatchObject({ level: 'total', province: null, counts: { forwarded: 6, received: 4, charged: 3, sentToTrial: 2, convicted: 1, acquitted: 0, judgmentPending: 1 } });
    expect(battambang.percentOfForwarded).toMatchObject({ forwarded: 100, received: 75, convicted: 25 });
  });

  it('counts a file as acquitted only when every charged accused is finally acquitted', () => {
    const later = buildJusticeFunnel(police, court, { ...options, asOf: '2021-06-30' });
    expect(later.rows[0].counts).toEqual({ forwarded: 4, received: 4, charged: 2, sentToTrial: 2, convicted: 1, acquitted: 1, judgmentPending: 0 });
  });

  it('leaves out cases forwarded after the as-of day and steps taken after it', () => {
    const mid = buildJusticeFunnel(police, court, { ...options, asOf: '2020-06-30' });
    expect(mid.rows[0].counts).toEqual({ forwarded: 3, received: 3, charged: 2, sentToTrial: 2, convicted: 0, acquitted: 0, judgmentPending: 2 });
    expect(mid.rows[1].counts.forwarded).toBe(1);
  });

  it('has null percentages for a province with nothing forwarded', () => {
    const funnel = buildJusticeFunnel(police, court, { year: 2020, asOf: '2020-12-31', provinces: ['kandal'] });
    expect(funnel.rows[0]).toMatchObject({ label: 'Kandal', counts: { forwarded: 0 }, percentOfForwarded: { forwarded: null, received: null } });
  });
});

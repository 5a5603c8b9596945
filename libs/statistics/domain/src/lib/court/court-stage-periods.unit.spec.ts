import { daysBetween } from '@casetrail/kernel';
import { stageWindow, trialEndOf } from './court-stage-periods';
import { aCharge, aFile, anAccused, aVerdict } from './court.test-fixtures';

describe('stage windows: when a file was at a stage during a year', () => {
  it.each([
    ['entered and still there', '2019-05-01', null, { from: '2020-01-01', to: '2020-12-31', leftInYear: false }],
    ['entered on the last day', '2020-12-31', null, { from: '2020-12-31', to: '2020-12-31', leftInYear: false }],
    ['left on the first day', '2019-05-01', '2020-01-01', { from: '2020-01-01', to: '2020-01-01', leftInYear: true }],
    ['entered and left the same day', '2020-06-01', '2020-06-01', { from: '2020-06-01', to: '2020-06-01', leftInYear: true }],
    ['left after the year', '2020-06-01', '2021-02-01', { from: '2020-06-01', to: '2020-12-31', leftInYear: false }],
    ['left before the year', '2019-05-01', '2019-12-31', null],
    ['entered after the year', '2021-01-01', null, null],
    ['never entered', null, null, null],
  ])('%s', (_, entered, left, expected) => {
    expect(stageWindow(entered, left, 2020)).toEqual(expected);
  });

  it('ends a trial when every charged accused has a final verdict, on the last of those days', () => {
    const trial = { entered: { prosecution: '2019-01-01', investigation: null, trial: '2019-02-01' } };
    const judged = anAccused({ personId: 'A', charges: [aCharge('2019-01-02')], verdicts: [aVerdict('deferral', '2019-03-01'), aVerdict('fine', '2019-05-01')] });
    const waiting = anAccused({ personId: 'B', charges: [aCharge('2019-01-02')], verdicts: [aVerdict('released_on_bail', '2019-06-01')] });
    const acquitted = anAccused({ personId: 'C', charges: [aCharge('2019-01-02')], verdicts: [aVerdict('acquittal', '2019-04-01')] });
    expect(trialEndOf(aFile({ ...trial, accused: [judged, acquitted, anAccused({ personId: 'never charged' })] }))).toBe('2019-05-01');
    expect(trialEndOf(aFile({ ...trial, accused: [judged, waiting] }))).toBeNull();
    expect(trialEndOf(aFile({ ...trial, accused: [] }))).toBeNull();
  });

  it('counts whole days across month ends and leap days', () => {
    expect(daysBetween('2020-02-28', '2020-03-01')).toBe(2);
    expect(daysBetween('2019-12-31', '2020-12-31')).toBe(366);
    expect(daysBetween('2020-03-05', '2020-03-05')).toBe(0);
  });
});

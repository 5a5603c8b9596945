import { buildTrialTable } from './trial-table';
import { aCharge, aFile, anAccused, aVerdict, aVictimOf } from './court.test-fixtures';
import type { CourtFileFacts } from './court-file-facts';

const atTrial = (trial: string): Partial<CourtFileFacts> => ({
  entered: { prosecution: '2019-01-02', investigation: null, trial },
  prosecutionDecision: { action: 'submitted_for_trial', decidedOn: trial },
});

const facts = [
  aFile({
    fileId: 'T1',
    ...atTrial('2020-03-01'),
    victims: [aVictimOf({ personId: 'V1', ageBand: 'under_15', enteredOn: '2020-01-01' }), aVictimOf({ personId: 'V2', enteredOn: '2021-01-10' })],
    accused: [
      anAccused({ personId: 'A1', charges: [aCharge('2020-02-01')], verdicts: [aVerdict('deferral', '2020-05-01'), aVerdict('imprisonment', '2020-10-01')] }),
      anAccused({
        personId: 'A2',
        sex: 'F',
        charges: [aCharge('2020-02-01', '15_17', 'F')],
        verdicts: [aVerdict('released_on_bail', '2020-06-01', { sex: 'F', ageBand: '15_17' }), aVerdict('acquittal', '2021-03-01', { sex: 'F', ageBand: '18_plus' })],
      }),
      anAccused({ personId: 'A3' }),
    ],
  }),
  // B1 finally judged in 2019: not an accused of the 2020 table.
  aFile({
    fileId: 'T2',
    ...atTrial('2019-06-01'),
    accused: [
      anAccused({ personId: 'B1', sex: 'F', charges: [aCharge('2019-01-01', '18_plus', 'F')], verdicts: [aVerdict('fine', '2019-09-01', { sex: 'F' })] }),
      anAccused({ personId: 'B2', charges: [aCharge('2019-01-01')] }),
      anAccused({ personId: 'B3', charges: [aCharge('2019-01-01')], verdicts: [aVerdict('acquittal', '2020-01-01')] }),
    ],
  }),
  // Every accused finally judged in 2019: not a 2020 case.
  aFile({ fileId: 'T3', ...atTrial('2019-02-01'), accused: [anAccused({ personId: 'C1', charges: [aCharge('2019-01-01')], verdicts: [aVerdict('suspended_sentence', '2019-12-31')] })] }),
  aFile({
    fileId: 'T4',
    province: 'kampot',
    ...atTrial('2020-12-01'),
    accused: [anAccused({ personId: 'D1', charges: [aCharge('2020-11-01', 'unknown')], verdicts: [aVerdict('imprisonment', '2020-12-31', { custody: 'at_liberty', ageBand: 'unknown' })] })],
  }),
  aFile({ fileId: 'T5', ...atTrial('2020-01-01'), accused: [anAccused({ personId: 'E1', charges: [aCharge('2019-12-01')], verdicts: [aVerdict('deferral', '2020-04-01')] })] }),
  // A victim added after the last verdict of the year is not a victim of that year's trial.
  aFile({
    fileId: 'T6',
    ...atTrial('2020-02-01'),
    victims: [aVictimOf({ personId: 'V6', enteredOn: '2020-05-01' })],
    accused: [anAccused({ personId: 'F1', charges: [aCharge('2020-01-15')], verdicts: [aVerdict('imprisonment', '2020-04-01')] })],
  }),
];

describe('buildTrialTable', () => {
  const table = buildTrialTable(facts, { year: 2020 });
  const total = table.rows.find((r) => r.level === 'total')!;

  it('counts every file at the trial stage during the year', () => {
    expect([total.current.cases, total.previous.cases]).toEqual([5, 2]);
  });

  it('gives each accused whose trial was open in the year one outcome: the last verdict of the year, else processing', () => {
    expect(total.current).toMatchObject({
      accused: 7,
      imprisonment: 3,
      imprisonmentInCustody: 2,
      imprisonmentAtLiberty: 1,
      releasedOnBail: 1,
      acquittal: 1,
      deferral: 1,
      processing: 1,
      fine: 0,
      suspendedSentence: 0,
    });
    expect(total.previous).toMatchObject({ accused: 4, fine: 1, suspendedSentence: 1, processing: 2 });
  });

  it('counts each accused by the band at the verdict counted, else at the first charge', () => {
    expect(total.current).toMatchObject({ accusedAdultMale: 5, accusedMinorFemale: 1, accusedAgeUnknownMale: 1 });
    expect(total.previous).toMatchObject({ accusedAdultFemale: 1, accusedAdultMale: 3 });
  });

  it('counts victims as of the last final verdict in the year, or the end of the year', () => {
    expect(total.current).toMatchObject({ victims: 1, victimsMinorFemale: 1 });
  });

  it('filters by the court province', () => {
    const kampot = buildTrialTable(facts, { year: 2020, province: 'kampot' }).rows.find((r) => r.level === 'total')!;
    expect(kampot.current).toMatchObject({ cases: 1, accused: 1, imprisonmentAtLiberty: 1, accusedAgeUnknownMale: 1 });
    expect(buildTrialTable(facts, { year: 2021 }).rows.find((r) => r.level === 'total')!.current).toMatchObject({ cases: 3, accused: 3, acquittal: 1, processing: 2 });
  });
});

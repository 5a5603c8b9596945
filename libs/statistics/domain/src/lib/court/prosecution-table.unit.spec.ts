import { buildProsecutionTable, PROSECUTION_FIGURES } from './prosecution-table';
import { aCharge, aFile, anAccused, aVictimOf } from './court.test-fixtures';
import type { CourtTable } from './court-table';

const total = <F extends string>(t: CourtTable<F>) => t.rows.find((r) => r.level === 'total')!;
const category = <F extends string>(t: CourtTable<F>, c: string) => t.rows.find((r) => r.category === c)!;
const decided = (action: 'submitted_for_investigation' | 'retained_without_processing' | 'submitted_for_trial', decidedOn: string) => ({ prosecutionDecision: { action, decidedOn } });

const facts = [
  // At prosecution in 2020 and decided in 2020; one victim and one accused arrive after the decision.
  aFile({
    fileId: 'F1',
    ...decided('submitted_for_investigation', '2020-04-01'),
    victims: [aVictimOf({ personId: 'V1', ageBand: 'under_15' }), aVictimOf({ personId: 'V2', sex: 'M', enteredOn: '2020-05-01' })],
    accused: [
      anAccused({ personId: 'A1', sex: 'F', charges: [aCharge('2020-03-05', '18_plus', 'F')] }),
      anAccused({ personId: 'A2', charges: [aCharge('2020-03-06', '15_17')] }),
      anAccused({ personId: 'A3', charges: [aCharge('2020-03-07', 'unknown')] }),
      anAccused({ personId: 'A4' }),
      anAccused({ personId: 'A5', charges: [aCharge('2020-04-10', '18_plus', 'M', 'investigating_judge')] }),
    ],
  }),
  // Opened in 2019, decided in 2020: processing in 2019, retained in 2020.
  aFile({ fileId: 'F2', openedOn: '2019-12-20', entered: { prosecution: '2019-12-20', investigation: null, trial: null }, ...decided('retained_without_processing', '2020-01-10') }),
  // Decided on the last day of 2019: a 2019 case only.
  aFile({ fileId: 'F3', openedOn: '2019-06-01', entered: { prosecution: '2019-06-01', investigation: null, trial: null }, ...decided('submitted_for_trial', '2019-12-31') }),
  // Opened on the last day of 2020, no decision.
  aFile({ fileId: 'F4', openedOn: '2020-12-31', entered: { prosecution: '2020-12-31', investigation: null, trial: null } }),
  // Decided in 2021: processing at the end of 2020; persons counted as of 31 December 2020.
  aFile({
    fileId: 'F5',
    entered: { prosecution: '2020-11-01', investigation: null, trial: null },
    ...decided('submitted_for_investigation', '2021-01-05'),
    victims: [aVictimOf({ personId: 'V3', enteredOn: '2020-11-01' })],
    accused: [anAccused({ personId: 'B1', charges: [aCharge('2020-12-31')] }), anAccused({ personId: 'B2', charges: [aCharge('2021-01-02')] })],
  }),
  // Another province and category.
  aFile({ fileId: 'F6', province: 'kampot', court: 'court-kampot', principalOffence: 'unlawful_removal_cross_border', principalCategory: 'trafficking', entered: { prosecution: '2020-02-01', investigation: null, trial: null } }),
  // Opened after the year.
  aFile({ fileId: 'F7', entered: { prosecution: '2021-01-01', investigation: null, trial: null } }),
];

describe('buildProsecutionTable', () => {
  const table = buildProsecutionTable(facts, { year: 2020 });

  it('has a row per category, then the total, for the year and the year before', () => {
    expect(table.rows.map((r) => [r.level, r.category])).toEqual([['category', 'trafficking'], ['category', 'sexual_exploitation'], ['total', null]]);
    expect(table).toMatchObject({ table: 'prosecution', year: 2020, previousYear: 2019, province: null, figures: PROSECUTION_FIGURES });
  });

  it('counts every file at the prosecution stage during the year, by the action taken in the year', () => {
    expect(total(table).current).toMatchObject({ cases: 5, submittedForInvestigation: 1, retainedWithoutProcessing: 1, submittedForTrial: 0, processing: 3 });
    expect(total(table).previous).toMatchObject({ cases: 2, submittedForInvestigation: 0, retainedWithoutProcessing: 0, submittedForTrial: 1, processing: 1 });
    expect(category(table, 'trafficking').current.cases).toBe(1);
    expect(category(table, 'sexual_exploitation').current.cases).toBe(4);
  });

  it('counts victims and persons charged by the prosecutor as of the decision, or the end of the year', () => {
    expect(total(table).current).toMatchObject({
      victims: 2,
      victimsMinorFemale: 1,
      victimsAdultFemale: 1,
      victimsAdultMale: 0,
      chargedPersons: 4,
      chargedAdultFemale: 1,
      chargedMinorMale: 1,
      chargedAgeUnknownMale: 1,
      chargedAdultMale: 1,
    });
  });

  it('compares with the year before', () => {
    expect(total(table).change.cases).toEqual({ absolute: 3, percent: 150 });
    expect(total(table).change.victims).toEqual({ absolute: 2, percent: null });
  });

  it('filters by the court province', () => {
    const kampot = buildProsecutionTable(facts, { year: 2020, province: 'kampot' });
    expect([kampot.province, total(kampot).current.cases, total(kampot).current.processing]).toEqual(['kampot', 1, 1]);
    expect(total(buildProsecutionTable(facts, { year: 2020, province: 'battambang' })).current.cases).toBe(4);
  });
});

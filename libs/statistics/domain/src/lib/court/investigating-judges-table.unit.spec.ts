import { buildInvestigatingJudgesTable } from './investigating-judges-table';
import { aCharge, aDetention, aFile, anAccused, aVictimOf } from './court.test-fixtures';
import type { CourtFileFacts } from './court-file-facts';

const atInvestigation = (investigation: string, closingOrder: CourtFileFacts['closingOrder'] = null): Partial<CourtFileFacts> => ({
  entered: { prosecution: '2019-01-02', investigation, trial: closingOrder?.outcome === 'sent_to_trial' ? closingOrder.issuedOn : null },
  prosecutionDecision: { action: 'submitted_for_investigation', decidedOn: investigation },
  closingOrder,
});

const facts = [
  aFile({
    fileId: 'G1',
    ...atInvestigation('2020-02-01', { outcome: 'sent_to_trial', issuedOn: '2020-09-01' }),
    victims: [aVictimOf({ personId: 'V1', sex: 'M', enteredOn: '2020-01-05' }), aVictimOf({ personId: 'V2', enteredOn: '2020-10-01' })],
    accused: [
      anAccused({ personId: 'A1', charges: [aCharge('2020-01-10')], detentions: [aDetention('2020-02-05', '2020-09-01')] }),
      anAccused({ personId: 'A2', sex: 'F', charges: [aCharge('2020-01-10', '15_17', 'F')], supervisions: [{ orderedOn: '2020-02-05', sex: 'F', ageBand: '15_17' }] }),
      // Charged as a minor, detained as an adult: one band per accused, the detention's.
      anAccused({ personId: 'A3', charges: [aCharge('2020-06-01', '15_17', 'M', 'investigating_judge')], detentions: [aDetention('2020-06-02', null, '18_plus')] }),
      anAccused({ personId: 'A4' }),
    ],
  }),
  // Detained in 2019 only: in jail in 2019, out of jail in 2020.
  aFile({
    fileId: 'G2',
    ...atInvestigation('2019-05-01'),
    accused: [
      anAccused({ personId: 'B1', sex: 'F', charges: [aCharge('2019-04-01', '18_plus', 'F')], detentions: [aDetention('2019-05-02', '2019-11-01', '18_plus', 'F')] }),
      anAccused({ personId: 'B2', charges: [aCharge('2019-04-01', 'unknown')] }),
    ],
  }),
  aFile({ fileId: 'G3', ...atInvestigation('2019-03-01', { outcome: 'dismissed', issuedOn: '2019-12-01' }), closedOn: '2019-12-01' }),
  // Detained only after the year: out of jail in 2020.
  aFile({
    fileId: 'G4',
    ...atInvestigation('2020-03-01', { outcome: 'dismissed', issuedOn: '2021-02-01' }),
    accused: [anAccused({ personId: 'C1', charges: [aCharge('2020-02-01')], detentions: [aDetention('2021-01-10', '2021-02-01')] })],
  }),
  // Never submitted for investigation.
  aFile({ fileId: 'G5', accused: [anAccused({ charges: [aCharge('2020-03-02')] })] }),
  // Detained since 2019, sent to trial in January 2020: in jail in both years.
  aFile({
    fileId: 'G6',
    province: 'kampot',
    ...atInvestigation('2019-11-01', { outcome: 'sent_to_trial', issuedOn: '2020-01-15' }),
    accused: [anAccused({ personId: 'D1', charges: [aCharge('2019-10-01')], detentions: [aDetention('2019-12-01')] })],
  }),
];

describe('buildInvestigatingJudgesTable', () => {
  const table = buildInvestigatingJudgesTable(facts, { year: 2020 });
  const total = table.rows.find((r) => r.level === 'total')!;

  it('counts every file at the investigation stage during the year, by the closing order of the year', () => {
    expect(total.current).toMatchObject({ cases: 4, sentToTrial: 2, dismissed: 0, processing: 2 });
    expect(total.previous).toMatchObject({ cases: 3, sentToTrial: 0, dismissed: 1, processing: 2 });
  });

  it('counts victims and charged accused as of the closing order, or the end of the year', () => {
    expect(total.current).toMatchObject({ victims: 1, victimsAdultMale: 1, accused: 7 });
  });

  it('splits the accused into in jail (a detention during the investigation in the year) and out of jail', () => {
    expect(total.current).toMatchObject({
      inJail: 3,
      inJailAdultMale: 3,
      outOfJail: 4,
      outOfJailMinorFemale: 1,
      outOfJailAdultFemale: 1,
      outOfJailAgeUnknownMale: 1,
      outOfJailAdultMale: 1,
      accusedAdultMale: 4,
      accusedMinorFemale: 1,
      accusedAdultFemale: 1,
      accusedAgeUnknownMale: 1,
      accusedMinorMale: 0,
    });
    expect(total.previous).toMatchObject({ accused: 3, inJail: 2, inJailAdultFemale: 1, inJailAdultMale: 1, outOfJail: 1, outOfJailAgeUnknownMale: 1 });
  });

  it('filters by the court province and compares with the year before', () => {
    const kampot = buildInvestigatingJudgesTable(facts, { year: 2020, province: 'kampot' }).rows.find((r) => r.level === 'total')!;
    expect([kampot.current.cases, kampot.current.inJail, kampot.previous.cases]).toEqual([1, 1, 1]);
    expect(total.change.cases).toEqual({ absolute: 1, percent: 33.33 });
  });
});

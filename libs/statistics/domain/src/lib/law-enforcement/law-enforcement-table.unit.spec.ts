import { buildLawEnforcementTable } from './law-enforcement-table';
import type { LawEnforcementRow } from './law-enforcement-table';
import { changeOf } from './law-enforcement-figures';
import { aCase, aSuspect, aVictim } from './law-enforcement.test-fixtures';

const find = (rows: LawEnforcementRow[], key: string) =>
  rows.find((r) => r.offence === key || (r.level === 'category' && r.category === key) || (key === 'total' && r.level === 'total'))!;

const facts = [
  aCase({
    caseId: 'C1',
    principalOffence: 'unlawful_removal_cross_border',
    offences: ['unlawful_removal_cross_border', 'procuring'],
    victims: [
      aVictim({ victimId: 'V1', ageBand: 'under_15', minor: true, handedOverTo: 'social_affairs' }),
      aVictim({ victimId: 'V2', ageBand: '15_17', minor: true, handedOverTo: 'family' }),
      aVictim({ victimId: 'V3', handedOverTo: 'partner_organisation' }),
      aVictim({ victimId: 'V4' }),
    ],
    suspects: [
      aSuspect({ suspectId: 'S1', sex: 'F', female: true, nationality: 'CHN', foreign: true }),
      aSuspect({ suspectId: 'S2', nationality: 'CHN', foreign: true, minor: true, ageBand: '15_17' }),
      aSuspect({ suspectId: 'S3', nationality: 'VNM', foreign: true }),
      aSuspect({ suspectId: 'S4', arrestedOn: null }),
    ],
  }),
  aCase({ caseId: 'C2', principalOffence: 'procuring', victims: [aVictim({ victimId: 'V5', handedOverTo: 'family' })], suspects: [aSuspect()] }),
  // Opened in 2019; its 2020 rescue and arrest count in 2020, the case itself in 2019.
  aCase({
    caseId: 'C3',
    principalOffence: 'procuring',
    openedOn: '2019-12-20',
    victims: [aVictim({ victimId: 'V6', rescuedOn: '2020-01-03' }), aVictim({ victimId: 'V7', rescuedOn: '2019-12-21' })],
    suspects: [aSuspect({ arrestedOn: '2020-01-04' })],
  }),
  aCase({ caseId: 'C4', principalOffence: 'child_pornography', openedOn: '2019-05-01', province: 'kampot', unit: { code: 'ahtjp-national', type: 'ahtjp_department' } }),
  aCase({ caseId: 'C5', principalOffence: 'child_pornography', openedOn: '2020-05-01', province: 'kampot', unit: { code: 'ahtjp-national', type: 'ahtjp_department' } }),
  aCase({ caseId: 'C6', principalOffence: 'child_pornography', openedOn: '2020-05-01', province: 'kampot', unit: { code: 'ahtjp-national', type: 'ahtjp_department' } }),
  // Recorded in error: counts nowhere.
  aCase({ caseId: 'C7', status: 'closed', closureReason: 'recorded_in_error', closedOn: '2020-02-01', victims: [aVictim()], suspects: [aSuspect()] }),
  // Another year altogether.
  aCase({ caseId: 'C8', openedOn: '2018-01-01', victims: [aVictim({ rescuedOn: '2018-01-02' })] }),
];

describe('buildLawEnforcementTable', () => {
  const table = buildLawEnforcementTable(facts, { year: 2020 });

  it('lists every catalogue offence per category, a subtotal per category, then the total', () => {
    expect(table.rows).toHaveLength(9 + 1 + 10 + 1 + 1);
    expect(table.rows.map((r) => r.level).filter((l) => l !== 'offence')).toEqual(['category', 'category', 'total']);
    expect(table.rows[9]).toMatchObject({ level: 'category', category: 'trafficking', label: 'Trafficking in persons' });
    expect(table).toMatchObject({ year: 2020, previousYear: 2019, province: null, unitCode: null });
  });

  it('attributes a case with several offences to its principal offence only', () => {
    const row = find(table.rows, 'unlawful_removal_cross_border');
    expect(row.current).toEqual({
      cases: 1,
      victims: 4,
      victimsUnder15: 1,
      victims15To17: 1,
      victims18Plus: 2,
      victimsToSocialAffairs: 1,
      victimsToFamily: 1,
      victimsToPartnerOrganisation: 1,
      victimsNotHandedOver: 1,
      suspectsArrested: 3,
      suspectsFemale: 1,
      suspectsMinor: 1,
      suspectsForeign: 3,
    });
    expect(row.foreignNationalities.current).toEqual({ CHN: 2, VNM: 1 });
  });

  it('places cases by opening, victims by rescue and suspects by arrest', () => {
    const procuring = find(table.rows, 'procuring');
    expect(procuring.current).toMatchObject({ cases: 1, victims: 2, suspectsArrested: 2 });
    expect(procuring.previous).toMatchObject({ cases: 1, victims: 1, suspectsArrested: 0 });
  });

  it('compares with the previous year', () => {
    const row = find(table.rows, 'child_pornography');
    expect(row.current.cases).toBe(2);
    expect(row.previous.cases).toBe(1);
    expect(row.change.cases).toEqual({ absolute: 1, percent: 100 });
    expect(row.change.victims).toEqual({ absolute: 0, percent: null });
    expect(find(table.rows, 'procuring').change.victims).toEqual({ absolute: 1, percent: 100 });
    expect(find(table.rows, 'procuring').change.suspectsArrested).toEqual({ absolute: 2, percent: null });
  });

  it('rounds the percentage as the report does', () => {
    expect(changeOf(155, 169)).toEqual({ absolute: -14, percent: -8.28 });
    expect(changeOf(0, 3)).toEqual({ absolute: -3, percent: -100 });
  });

  it('adds up subtotals and the total, leaving out a case recorded in error', () => {
    const total = find(table.rows, 'total');
    expect(total.current).toMatchObject({ cases: 4, victims: 6, suspectsArrested: 5, suspectsForeign: 3 });
    expect(total.previous).toMatchObject({ cases: 2, victims: 1, suspectsArrested: 0 });
    expect(find(table.rows, 'trafficking').current.cases).toBe(1);
    expect(find(table.rows, 'sexual_exploitation').current.cases).toBe(3);
  });

  it('filters by province and by unit', () => {
    const kampot = buildLawEnforcementTable(facts, { year: 2020, province: 'kampot' });
    expect(find(kampot.rows, 'total').current.cases).toBe(2);
    expect(find(kampot.rows, 'total').previous.cases).toBe(1);
    expect(kampot.province).toBe('kampot');
    const unit = buildLawEnforcementTable(facts, { year: 2020, unitCode: 'police-battambang' });
    expect(find(unit.rows, 'total').current).toMatchObject({ cases: 2, victims: 6 });
    expect(unit.unitCode).toBe('police-battambang');
    const none = buildLawEnforcementTable(facts, { year: 2020, province: 'kampot', unitCode: 'police-battambang' });
    expect(find(none.rows, 'total').current.cases).toBe(0);
  });

  it('refuses a principal offence outside the catalogue', () => {
    const bad = { ...aCase(), principalOffence: 'jaywalking' };
    expect(() => buildLawEnforcementTable([bad], { year: 2020 })).toThrow(/jaywalking/);
  });
});

import { buildShelterAdmissionsTable } from './shelter-admissions-table';
import { aCase, anAdmission, anIntegration, rowOf } from './protection.test-fixtures';

const facts = [
  // Sent by the provincial department, transferred to a second shelter in the year: one person, two admissions.
  aCase({ personId: 'A', admissions: [anAdmission('2020-03-03', { departedOn: '2020-05-01' }), anAdmission('2020-05-01', { shelter: 'ngo-cwcc', sentBy: 'ngo-aple', exploitationType: 'sexual_abuse' })] }),
  // Sent by a partner; a boy; admitted in 2019 and again in 2020.
  aCase({
    personId: 'B',
    admissions: [
      anAdmission('2019-06-01', { sentBy: 'ngo-chab-dai', sex: 'M', ageBand: 'under_15', exploitationType: 'labour', departedOn: '2019-12-01' }),
      anAdmission('2020-02-01', { sentBy: 'ngo-chab-dai', sex: 'M', ageBand: 'under_15', exploitationType: 'labour' }),
    ],
  }),
  // An adult woman at risk, sent by the municipal department, admitted after an integration in Phnom Penh.
  aCase({
    personId: 'C',
    integrations: [anIntegration('2020-01-10', { province: 'phnom-penh' })],
    admissions: [anAdmission('2020-08-01', { sentBy: 'dosvy-phnom-penh', exploitationType: 'at_risk', ageBand: '18_plus', province: 'phnom-penh' })],
  }),
];

describe('buildShelterAdmissionsTable', () => {
  const table = buildShelterAdmissionsTable(facts, { year: 2020 });

  it('counts persons once by their first admission of the year, and every admission', () => {
    expect(rowOf(table).current).toEqual({ persons: 3, personsAdultMale: 0, personsAdultFemale: 1, personsMinorMale: 1, personsMinorFemale: 1, admissions: 4 });
    expect(rowOf(table).previous).toMatchObject({ persons: 1, admissions: 1, personsMinorMale: 1 });
  });

  it('breaks them down by exploitation type and by the kind of organisation that sent them', () => {
    expect(rowOf(table, 'exploitation_type', 'sexual').current).toMatchObject({ persons: 1, admissions: 1 });
    expect(rowOf(table, 'exploitation_type', 'sexual_abuse').current).toMatchObject({ persons: 0, admissions: 1 });
    expect(rowOf(table, 'exploitation_type', 'labour').current).toMatchObject({ persons: 1, personsMinorMale: 1 });
    expect(rowOf(table, 'sent_by', 'provincial_department')).toMatchObject({ label: 'Provincial Departments of Social Affairs', current: { persons: 1, admissions: 1 } });
    expect(rowOf(table, 'sent_by', 'partner_organisation').current).toMatchObject({ persons: 1, admissions: 2 });
    expect(rowOf(table, 'sent_by', 'municipal_department').current).toMatchObject({ persons: 1, admissions: 1 });
    expect(table.rows.filter((r) => r.dimension === 'sent_by').map((r) => r.code)).toEqual(['ministry', 'municipal_department', 'provincial_department', 'partner_organisation']);
  });

  it('places an admission in the case\'s province at the admission', () => {
    expect(rowOf(buildShelterAdmissionsTable(facts, { year: 2020, province: 'phnom-penh' })).current.persons).toBe(1);
    expect(rowOf(buildShelterAdmissionsTable(facts, { year: 2020, province: 'battambang' })).current).toMatchObject({ persons: 2, admissions: 3 });
  });
});

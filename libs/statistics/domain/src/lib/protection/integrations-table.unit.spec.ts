import { buildIntegrationsTable } from './integrations-table';
import { buildFollowUpsTable } from './follow-ups-table';
import { aCase, aVisit, anIntegration, rowOf } from './protection.test-fixtures';

const facts = [
  aCase({ personId: 'A', integrations: [anIntegration('2020-04-01', { integratedBy: 'dosvy-phnom-penh', province: 'phnom-penh', visits: [aVisit('2020-05-01'), aVisit('2020-07-01', 2)] })] }),
  aCase({
    personId: 'B',
    integrations: [anIntegration('2020-12-31', { integratedBy: 'ngo-aple', exploitationType: 'labour', sex: 'M', ageBand: 'under_15', visits: [aVisit('2021-01-31', 1, 'ngo-aple')] })],
  }),
  aCase({ personId: 'C', integrations: [anIntegration('2019-10-01', { exploitationType: 'forced_marriage', ageBand: '18_plus', visits: [{ ...aVisit('2020-01-05'), outcome: 'needs_support' }] })] }),
  aCase({ personId: 'D', integrations: [anIntegration('2020-06-01', { province: 'kampot', integratedBy: 'dosvy-kampot' })], closure: { closedOn: '2020-07-01', reason: 'recorded_in_error' } }),
];

describe('buildIntegrationsTable', () => {
  const table = buildIntegrationsTable(facts, { year: 2020 });

  it('counts the integrations of the year by the integration\'s sex and band', () => {
    expect(rowOf(table).current).toEqual({ integrations: 2, integrationsAdultMale: 0, integrationsAdultFemale: 0, integrationsMinorMale: 1, integrationsMinorFemale: 1 });
    expect(rowOf(table).previous).toMatchObject({ integrations: 1, integrationsAdultFemale: 1 });
  });

  it('breaks them down by the kind of integrating organisation and by exploitation type', () => {
    expect(table.rows.filter((r) => r.dimension === 'integrated_by').map((r) => [r.code, r.current.integrations])).toEqual([
      ['ministry', 0],
      ['municipal_department', 1],
      ['provincial_department', 0],
      ['partner_organisation', 1],
    ]);
    expect(rowOf(table, 'exploitation_type', 'labour').current.integrationsMinorMale).toBe(1);
    expect(rowOf(table, 'exploitation_type', 'forced_marriage').previous.integrations).toBe(1);
  });

  it('places an integration in its own province', () => {
    expect(rowOf(buildIntegrationsTable(facts, { year: 2020, province: 'phnom-penh' })).current.integrations).toBe(1);
    expect(rowOf(buildIntegrationsTable(facts, { year: 2020, province: 'kampot' })).current.integrations).toBe(0);
  });
});

describe('buildFollowUpsTable', () => {
  const table = buildFollowUpsTable(facts, { year: 2020 });

  it('counts visits, and persons visited once each with the band of their integration', () => {
    expect(rowOf(table).current).toEqual({ persons: 2, personsAdultMale: 0, personsAdultFemale: 1, personsMinorMale: 0, personsMinorFemale: 1, visits: 3 });
    expect(rowOf(buildFollowUpsTable(facts, { year: 2021 })).current).toMatchObject({ persons: 1, personsMinorMale: 1, visits: 1 });
  });

  it('breaks them down by outcome and by the kind of organisation that visited', () => {
    expect(rowOf(table, 'outcome', 'stable').current).toMatchObject({ visits: 2, persons: 1 });
    expect(rowOf(table, 'outcome', 'needs_support').current).toMatchObject({ visits: 1, persons: 1 });
    expect(rowOf(table, 'visited_by', 'provincial_department').current.visits).toBe(3);
  });

  it('places a visit in the province of its integration', () => {
    expect(rowOf(buildFollowUpsTable(facts, { year: 2020, province: 'phnom-penh' })).current).toMatchObject({ visits: 2, persons: 1 });
  });
});

import { INTAKE_PLACES, RETURNED_BY, RETURN_REASONS } from '@casetrail/intake-contracts';
import { rowOf } from '../protection/protection.test-fixtures';
import { buildPoliceReceptionsTable } from './police-receptions-table';
import { RECEPTION_DIMENSIONS, RECEPTION_FIGURES, buildReceptionsTable } from './receptions-table';
import { aReception, anEmbassyReception } from './intake.test-fixtures';

const facts = [
  // The report's embassy table, two of its lines.
  anEmbassyReception('MYS', 'illegal_work', 38, 16, { receptionId: 'E1' }),
  anEmbassyReception('CHN', 'suspected_trafficking', 0, 82, { receptionId: 'E2', receivedOn: '2020-07-01' }),
  aReception({ receptionId: 'T1' }),
  aReception({ receptionId: 'T2', place: 'o-bei-choan', receivedOn: '2020-03-31', counts: { men: 1, women: 0, boys: 0, girls: 0 } }),
  // The police of Battambang at Doung, and of Svay Rieng at Bavet.
  aReception({ receptionId: 'P1', place: 'doung', province: 'battambang', receivedBy: 'police-commissariat-battambang', receivedByKind: 'police_commissariat', counts: { men: 3, women: 2, boys: 1, girls: 1 } }),
  aReception({
    receptionId: 'P2',
    place: 'bavet',
    province: 'svay-rieng',
    receivedBy: 'police-commissariat-svay-rieng',
    receivedByKind: 'police_commissariat',
    countryReturnedFrom: 'VNM',
    reason: 'illegal_border_crossing',
    counts: { men: 0, women: 4, boys: 0, girls: 0 },
  }),
  // The year before, and a withdrawn one (nowhere).
  aReception({ receptionId: 'T0', receivedOn: '2019-03-15', counts: { men: 4, women: 0, boys: 0, girls: 0 } }),
  aReception({ receptionId: 'W', withdrawnOn: '2020-04-01', counts: { men: 1000, women: 0, boys: 0, girls: 0 } }),
];

describe('buildReceptionsTable', () => {
  const table = buildReceptionsTable(facts, { year: 2020 });

  it('has every place, returner, unit kind and reason as a row, the units, countries and embassy lines that occur, then the total', () => {
    expect(table).toMatchObject({ table: 'receptions', year: 2020, previousYear: 2019, month: null, province: null, figures: RECEPTION_FIGURES, dimensions: RECEPTION_DIMENSIONS });
    const codes = (d: string) => table.rows.filter((r) => r.dimension === d).map((r) => r.code);
    expect(codes('place')).toEqual(INTAKE_PLACES.map((p) => p.code));
    expect(codes('returned_by')).toEqual([...RETURNED_BY]);
    expect(codes('received_by_kind')).toEqual(['foreign_affairs', 'police_commissariat', 'border_liaison', 'social_affairs']);
    expect(codes('received_by')).toEqual(['dosvy-banteay-meanchey', 'mofaic', 'police-commissariat-battambang', 'police-commissariat-svay-rieng']);
    expect(codes('country_returned_from')).toEqual(['CHN', 'MYS', 'THA', 'VNM']);
    expect(codes('reason')).toEqual([...RETURN_REASONS]);
    expect(codes('embassy_country_reason')).toEqual(['CHN:suspected_trafficking', 'MYS:illegal_work', 'none']);
    expect(table.rows.at(-1)).toMatchObject({ level: 'total', dimension: null, code: null, label: 'Total' });
  });

  it('counts receptions and persons by sex and age, females and minors, leaving out a withdrawn reception', () => {
    expect(rowOf(table).current).toEqual({ receptions: 6, persons: 54 + 82 + 18 + 1 + 7 + 4, men: 38 + 10 + 1 + 3, women: 16 + 82 + 5 + 2 + 4, boys: 2 + 1, girls: 1 + 1, females: 16 + 82 + 5 + 2 + 4 + 2, minors: 5 });
    expect(rowOf(table).previous).toMatchObject({ receptions: 1, persons: 4 });
  });

  it('gives the embassy table: destination × motive, total and females', () => {
    expect(rowOf(table, 'embassy_country_reason', 'MYS:illegal_work')).toMatchObject({ label: 'Malaysia: Illegal workers', current: { persons: 54, females: 16 } });
    expect(rowOf(table, 'embassy_country_reason', 'CHN:suspected_trafficking').current).toMatchObject({ persons: 82, females: 82 });
    expect(rowOf(table, 'embassy_country_reason', 'none').current.receptions).toBe(4);
    expect(rowOf(table, 'received_by_kind', 'foreign_affairs').current.persons).toBe(136);
  });

  it('follows the latest figures of a corrected reception, and its date', () => {
    const corrected = buildReceptionsTable([aReception({ receivedOn: '2021-01-02', corrections: 1 })], { year: 2020 });
    expect([rowOf(corrected).current.receptions, rowOf(corrected).previous.receptions]).toEqual([0, 0]);
  });

  it('selects a month (and the same month a year before), a province, a reader\'s provinces, a receiving unit', () => {
    const march = buildReceptionsTable(facts, { year: 2020, month: 3 });
    expect([march.month, rowOf(march).current.receptions, rowOf(march).previous.receptions]).toEqual([3, 5, 1]);
    expect(rowOf(buildReceptionsTable(facts, { year: 2020, province: 'phnom-penh' })).current.persons).toBe(136);
    expect(rowOf(buildReceptionsTable(facts, { year: 2020, provinces: ['battambang', 'svay-rieng'] })).current.receptions).toBe(2);
    expect(rowOf(buildReceptionsTable(facts, { year: 2020, receivedBy: 'mofaic' })).current.receptions).toBe(2);
  });
});

describe('buildPoliceReceptionsTable', () => {
  it('lists every province with the police commissariats\' receptions, persons, females and minors', () => {
    const table = buildPoliceReceptionsTable(facts, { year: 2020 });
    expect(table.rows.filter((r) => r.dimension === 'province')).toHaveLength(25);
    expect(rowOf(table, 'province', 'battambang')).toMatchObject({ label: 'Battambang', current: { receptions: 1, persons: 7, females: 3, minors: 2 } });
    expect(rowOf(table, 'province', 'svay-rieng').current).toEqual({ receptions: 1, persons: 4, females: 4, minors: 0 });
    expect(rowOf(table).current).toEqual({ receptions: 2, persons: 11, females: 7, minors: 2 });
  });

  it('shows only the provinces covered', () => {
    const scoped = buildPoliceReceptionsTable(facts, { year: 2020, provinces: ['svay-rieng'] });
    expect(scoped.rows.map((r) => r.code)).toEqual(['svay-rieng', null]);
    expect(rowOf(scoped).current.persons).toBe(4);
  });
});

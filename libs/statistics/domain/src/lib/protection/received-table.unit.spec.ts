import { ENTRY_POINTS, EXPLOITATION_TYPES } from '@casetrail/kernel';
import { RECEPTION_CHANNELS } from '@casetrail/protection-contracts';
import { RECEIVED_DIMENSIONS, RECEIVED_FIGURES, buildReceivedTable } from './received-table';
import { aCase, rowOf } from './protection.test-fixtures';

const overseas = (personId: string, entryPoint: string, country: string, extra = {}) =>
  aCase({ personId, channel: 'overseas_authorities', entryPoint, countryReturnedFrom: country, rescuedOn: null, province: 'banteay-meanchey', ...extra });

const facts = [
  aCase({ personId: 'A' }),
  aCase({ personId: 'B', sex: 'M', ageBand: '18_plus', exploitationType: 'labour' }),
  overseas('C', 'poipet', 'THA', { ageBand: '18_plus' }),
  overseas('D', 'phnom-penh-airport', 'CHN', { province: 'phnom-penh', exploitationType: 'forced_marriage', ageBand: '18_plus' }),
  aCase({ personId: 'E', channel: 'judicial_police', rescuedOn: null, sex: 'M', ageBand: '18_plus', exploitationType: 'labour', receivedOn: '2019-07-01' }),
  // Received on 31 December 2020 and 1 January 2021: only the first is in 2020.
  aCase({ personId: 'F', receivedOn: '2020-12-31', ageBand: 'under_15' }),
  aCase({ personId: 'G', receivedOn: '2021-01-01' }),
  // Recorded in error: nowhere.
  aCase({ personId: 'H', closure: { closedOn: '2020-05-01', reason: 'recorded_in_error' } }),
];

describe('buildReceivedTable', () => {
  const table = buildReceivedTable(facts, { year: 2020 });

  it('has every channel, entry point, country and exploitation type as a row, then the total', () => {
    expect(table).toMatchObject({ table: 'received', year: 2020, previousYear: 2019, province: null, figures: RECEIVED_FIGURES, dimensions: RECEIVED_DIMENSIONS });
    const codes = (d: string) => table.rows.filter((r) => r.dimension === d).map((r) => r.code);
    // border_screening (intake referrals) shows only once a case has it: older tables keep their rows.
    expect(codes('channel')).toEqual(RECEPTION_CHANNELS.filter((c) => c !== 'border_screening'));
    expect(codes('entry_point')).toEqual([...ENTRY_POINTS.map((e) => e.code), 'none']);
    expect(codes('country_returned_from')).toEqual(['CHN', 'THA', 'none']);
    expect(codes('exploitation_type')).toEqual([...EXPLOITATION_TYPES]);
    expect(table.rows.at(-1)).toMatchObject({ level: 'total', dimension: null, code: null, label: 'Total' });
  });

  it('counts each person received in the year once, by sex and band at the reception', () => {
    expect(rowOf(table).current).toEqual({ persons: 5, personsAdultMale: 1, personsAdultFemale: 2, personsMinorMale: 0, personsMinorFemale: 2 });
    expect(rowOf(table).previous.persons).toBe(1);
    expect(rowOf(table).change.persons).toEqual({ absolute: 4, percent: 400 });
  });

  it('breaks the persons down by channel, entry point, country returned from and exploitation type', () => {
    expect(rowOf(table, 'channel', 'police_hand_over').current.persons).toBe(3);
    expect(rowOf(table, 'channel', 'overseas_authorities').current.persons).toBe(2);
    expect(rowOf(table, 'channel', 'judicial_police').previous).toMatchObject({ persons: 1, personsAdultMale: 1 });
    expect(rowOf(table, 'entry_point', 'poipet')).toMatchObject({ label: 'Poipet International Checkpoint', current: { persons: 1 } });
    expect(rowOf(table, 'entry_point', 'none').current.persons).toBe(3);
    expect(rowOf(table, 'country_returned_from', 'CHN')).toMatchObject({ label: 'China', current: { persons: 1, personsAdultFemale: 1 } });
    expect(rowOf(table, 'country_returned_from', 'none')).toMatchObject({ label: 'Not returned from abroad', current: { persons: 3 } });
    expect(rowOf(table, 'exploitation_type', 'forced_marriage').current.persons).toBe(1);
  });

  it('shows the border-screening channel, after the others, once a case was opened from an intake referral', () => {
    const screened = buildReceivedTable([...facts, overseas('S', 'poipet', 'THA', { channel: 'border_screening' })], { year: 2020 });
    const channels = screened.rows.filter((r) => r.dimension === 'channel');
    expect(channels.map((r) => r.code)).toEqual([...RECEPTION_CHANNELS]);
    expect(channels.at(-1)).toMatchObject({ code: 'border_screening', label: 'Screened at a border or an embassy', current: { persons: 1 } });
    expect(rowOf(screened).current.persons).toBe(6);
  });

  it('places a person in the province of the opening', () => {
    const bmc = buildReceivedTable(facts, { year: 2020, province: 'banteay-meanchey' });
    expect([bmc.province, rowOf(bmc).current.persons]).toEqual(['banteay-meanchey', 1]);
    const scoped = buildReceivedTable(facts, { year: 2020, provinces: ['phnom-penh', 'banteay-meanchey'] });
    expect([scoped.province, rowOf(scoped).current.persons]).toEqual([null, 2]);
  });
});

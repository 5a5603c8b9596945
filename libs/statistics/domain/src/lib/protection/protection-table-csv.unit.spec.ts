import { UTF8_BOM } from '../csv/csv';
import { buildCompensationTable } from './compensation-table';
import { compensationTableToCsv, protectionTableToCsv } from './protection-table-csv';
import { buildReceivedTable } from './received-table';
import { aCase, aClaim, aReceipt, anAward } from './protection.test-fixtures';

/** Parses the simple CSV written here (no field of these tables needs quoting except labels with commas). */
const linesOf = (csv: string) => csv.slice(1).split('\r\n').filter((l) => l !== '');

describe('protection tables as CSV', () => {
  const facts = [
    aCase({ personId: 'A', receivedOn: '2019-05-01' }),
    aCase({ personId: 'B', channel: 'overseas_authorities', entryPoint: 'poipet', countryReturnedFrom: 'THA', rescuedOn: null }),
    aCase({ personId: 'C', claims: [aClaim('K', '2020-01-02', { awards: [anAward('2020-03-01', 1_425_000)], receipts: [aReceipt('2020-04-01', 1_425_000), aReceipt('2020-05-01', 5_000, 'EUR')] })] }),
  ];

  it('writes a breakdown table with a BOM, CRLF, one line per row, and the four columns of each figure', () => {
    const csv = protectionTableToCsv(buildReceivedTable(facts, { year: 2020 }));
    expect(csv.startsWith(`${UTF8_BOM}year,previous_year,province,level,dimension,code,label,persons,persons_previous,persons_change,persons_change_percent,persons_adult_male,`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const lines = linesOf(csv);
    expect(lines).toHaveLength(1 + buildReceivedTable(facts, { year: 2020 }).rows.length);
    expect(lines).toContain('2020,2019,,breakdown,entry_point,poipet,Poipet International Checkpoint,1,0,1,,0,0,0,,0,0,0,,0,0,0,,1,0,1,');
    expect(lines.at(-1)).toBe('2020,2019,,total,,,Total,2,1,1,100,0,0,0,,0,0,0,,0,0,0,,2,1,1,100');
  });

  it('names the provinces a scoped reader\'s table covers', () => {
    const csv = protectionTableToCsv(buildReceivedTable(facts, { year: 2020, provinces: ['kampot', 'battambang'] }), { provinces: ['kampot', 'battambang'] });
    expect(linesOf(csv)[1].startsWith('2020,2019,battambang; kampot,breakdown,channel,police_hand_over,')).toBe(true);
  });

  it('writes money per currency in minor units, never converted', () => {
    const csv = compensationTableToCsv(buildCompensationTable(facts, { year: 2020, province: 'battambang' }));
    const [header, , total] = linesOf(csv).map((l) => l.split(','));
    expect(header.slice(0, 7)).toEqual(['year', 'previous_year', 'province', 'level', 'organisation', 'organisation_kind', 'label']);
    expect(header.filter((h) => !h.includes('_previous') && !h.includes('_change'))).toEqual([
      'year', 'previous_year', 'province', 'level', 'organisation', 'organisation_kind', 'label',
      'claims_filed', 'victims_awarded', 'victims_received', 'awarded_eur_minor', 'awarded_usd_minor', 'received_eur_minor', 'received_usd_minor',
    ]);
    const cell = (name: string) => total[header.indexOf(name)];
    expect([cell('province'), cell('level'), cell('awarded_usd_minor'), cell('received_usd_minor'), cell('received_eur_minor'), cell('received_usd_minor_change_percent')]).toEqual([
      'battambang', 'total', '1425000', '1425000', '5000', '',
    ]);
  });
});

import { csvField, toCsv, UTF8_BOM } from '../csv/csv';
import { buildLawEnforcementTable } from './law-enforcement-table';
import { lawEnforcementTableToCsv } from './law-enforcement-table-csv';
import { aCase, aSuspect, aVictim } from './law-enforcement.test-fixtures';

describe('CSV (RFC 4180)', () => {
  it('quotes fields with commas, quotes or line breaks, and leaves others bare', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(-8.28)).toBe('-8.28');
  });

  it('starts with a BOM and ends every line with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe(`${UTF8_BOM}a,b\r\n1,"x,y"\r\n`);
  });
});

describe('lawEnforcementTableToCsv', () => {
  const facts = [
    aCase({ caseId: 'C1', openedOn: '2019-02-01' }),
    aCase({
      caseId: 'C2',
      principalOffence: 'aggravated_procuring',
      victims: [aVictim({ handedOverTo: 'family' })],
      suspects: [aSuspect({ nationality: 'CHN', foreign: true }), aSuspect({ suspectId: 'S2', nationality: 'VNM', foreign: true }), aSuspect({ suspectId: 'S3', nationality: 'VNM', foreign: true })],
    }),
  ];
  const csv = lawEnforcementTableToCsv(buildLawEnforcementTable(facts, { year: 2020, province: 'battambang' }));
  const lines = csv.slice(1).split('\r\n');

  it('has a BOM, a header and one line per table row', () => {
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(lines).toHaveLength(1 + 22 + 1); // header, rows, the empty string after the last CRLF
    const header = lines[0].split(',');
    expect(header.slice(0, 8)).toEqual(['year', 'previous_year', 'province', 'unit', 'level', 'category', 'offence_code', 'label']);
    expect(header).toContain('victims_under_15');
    expect(header).toContain('cases_change_percent');
    expect(header[header.length - 1]).toBe('foreign_nationalities_previous');
    expect(new Set(lines.slice(1, -1).map((l) => parseLine(l).length))).toEqual(new Set([header.length]));
  });

  it('writes the figures, the change, an empty percent when the previous year is 0, and nationalities', () => {
    const header = lines[0].split(',');
    const row = (code: string) => {
      const fields = parseLine(lines.find((l) => parseLine(l)[6] === code)!);
      return (column: string) => fields[header.indexOf(column)];
    };
    const procuring = row('procuring');
    expect(procuring('year')).toBe('2020');
    expect(procuring('province')).toBe('battambang');
    expect(procuring('cases')).toBe('0');
    expect(procuring('cases_previous')).toBe('1');
    expect(procuring('cases_change')).toBe('-1');
    expect(procuring('cases_change_percent')).toBe('-100');
    const aggravated = row('aggravated_procuring');
    expect(aggravated('suspects_foreign')).toBe('3');
    expect(aggravated('suspects_foreign_change_percent')).toBe('');
    expect(aggravated('foreign_nationalities')).toBe('VNM 2; CHN 1');
    expect(aggravated('label')).toBe('Aggravated procuring');
    const total = parseLine(lines[lines.length - 2]);
    expect(total[4]).toBe('total');
  });

  it('quotes labels that contain a comma', () => {
    expect(csv).toContain('"Abduction, detention or confinement"');
  });

  it('says in the province column what a table without a province covers: the reader\'s provinces, or nothing for the country', () => {
    const national = buildLawEnforcementTable(facts, { year: 2020 });
    const provinceOf = (csv: string) => parseLine(csv.slice(1).split('\r\n')[1])[2];
    expect(provinceOf(lawEnforcementTableToCsv(national))).toBe('');
    expect(provinceOf(lawEnforcementTableToCsv(national, { provinces: ['kandal', 'battambang'] }))).toBe('battambang; kandal');
    expect(provinceOf(lawEnforcementTableToCsv(buildLawEnforcementTable(facts, { year: 2020, province: 'battambang' }), { provinces: ['battambang', 'kandal'] }))).toBe('battambang');
  });
});

/** A minimal RFC 4180 line parser for the assertions (no line breaks inside our fields). */
function parseLine(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out;
}

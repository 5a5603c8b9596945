import { UTF8_BOM } from '../csv/csv';
import { courtTableToCsv, csvColumnOf } from './court-table-csv';
import { buildInvestigatingJudgesTable, INVESTIGATING_JUDGES_FIGURES } from './investigating-judges-table';
import { buildProsecutionTable } from './prosecution-table';
import { aCharge, aFile, anAccused } from './court.test-fixtures';

/** No field of these tables needs quoting (labels and the coverage have no comma). */
const fieldsOf = (line: string) => line.split(',');

describe('court tables as CSV', () => {
  const facts = [
    aFile({ fileId: 'F1', entered: { prosecution: '2019-05-01', investigation: null, trial: null }, prosecutionDecision: { action: 'retained_without_processing', decidedOn: '2019-06-01' } }),
    aFile({ fileId: 'F2', accused: [anAccused({ charges: [aCharge('2020-03-02', 'unknown', 'F')] })] }),
  ];
  const csv = courtTableToCsv(buildProsecutionTable(facts, { year: 2020, province: 'battambang' }));
  const lines = csv.slice(1).split('\r\n');
  const header = lines[0].split(',');
  const cell = (level: string, column: string) => fieldsOf(lines.find((l) => l.split(',')[3] === level)!)[header.indexOf(column)];

  it('starts with a BOM, ends every line with CRLF, and has one line per row', () => {
    expect(csv.startsWith(`${UTF8_BOM}year,previous_year,province,level,category,label,cases,cases_previous,cases_change,cases_change_percent,`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(lines).toHaveLength(1 + 3 + 1);
    expect(new Set(lines.slice(1, -1).map((l) => fieldsOf(l).length))).toEqual(new Set([header.length]));
  });

  it('names columns in snake_case, the age-unknown columns included', () => {
    expect(csvColumnOf('chargedAgeUnknownFemale')).toBe('charged_age_unknown_female');
    expect(header).toContain('charged_age_unknown_female_change_percent');
    expect(header).toContain('retained_without_processing');
  });

  it('writes figures, the previous year, the change and an empty percent when the previous year is 0', () => {
    expect([cell('total', 'year'), cell('total', 'previous_year'), cell('total', 'province'), cell('total', 'label')]).toEqual(['2020', '2019', 'battambang', 'Total']);
    expect([cell('total', 'cases'), cell('total', 'cases_previous'), cell('total', 'cases_change'), cell('total', 'cases_change_percent')]).toEqual(['1', '1', '0', '0']);
    expect([cell('total', 'charged_age_unknown_female'), cell('total', 'charged_age_unknown_female_change_percent')]).toEqual(['1', '']);
    expect(cell('total', 'retained_without_processing_change_percent')).toBe('-100');
  });

  it('says which provinces a scoped reader\'s table covers', () => {
    const scoped = courtTableToCsv(buildInvestigatingJudgesTable(facts, { year: 2020 }), { provinces: ['kandal', 'battambang'] });
    const first = scoped.slice(1).split('\r\n')[1];
    expect(first.startsWith('2020,2019,battambang; kandal,category,trafficking,')).toBe(true);
    expect(scoped.slice(1).split('\r\n')[0].split(',')).toHaveLength(6 + 4 * INVESTIGATING_JUDGES_FIGURES.length);
  });
});

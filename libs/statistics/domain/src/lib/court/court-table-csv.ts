import { toCsv, type CsvValue } from '../csv/csv';
import type { CourtTable } from './court-table';

/** Stable CSV column stem of a figure: its name in snake_case (`chargedAdultFemale` → `charged_adult_female`). */
export function csvColumnOf(figure: string): string {
  return figure.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/**
 * A court table as CSV, with the law-enforcement CSV's conventions: UTF-8 BOM, CRLF, RFC 4180, one
 * header line, then one line per row (categories, then the total); per figure four columns: the
 * year, the previous year, the change, and the change in percent (empty when the previous figure
 * is 0). `province` says what the figures cover: the province asked for; else, for a reader
 * scoped to some provinces, those provinces ("battambang; kandal"); empty for the whole country.
 */
export function courtTableToCsv<F extends string>(table: CourtTable<F>, scope: { provinces: readonly string[] | null } = { provinces: null }): string {
  const coverage = table.province ?? (scope.provinces ? [...scope.provinces].sort().join('; ') : null);
  const header = [
    'year',
    'previous_year',
    'province',
    'level',
    'category',
    'label',
    ...table.figures.flatMap((f) => {
      const c = csvColumnOf(f);
      return [c, `${c}_previous`, `${c}_change`, `${c}_change_percent`];
    }),
  ];
  const records: CsvValue[][] = table.rows.map((row) => [
    table.year,
    table.previousYear,
    coverage,
    row.level,
    row.category,
    row.label,
    ...table.figures.flatMap((f) => [row.current[f], row.previous[f], row.change[f].absolute, row.change[f].percent]),
  ]);
  return toCsv(header, records);
}

import { toCsv, type CsvValue } from '../csv/csv';
import { csvColumnOf } from '../court/court-table-csv';
import type { IntakeTable } from './intake-table';
import type { ScreeningYield } from './screening-yield';

/** What the figures cover: the province asked for; else a scoped reader's provinces; empty for the whole country. */
function coverageOf(province: string | null, scope: { provinces: readonly string[] | null }): string | null {
  return province ?? (scope.provinces ? [...scope.provinces].sort().join('; ') : null);
}

/** The four columns of a figure: the period, the same period a year before, the change, the change in percent. */
function figureColumns(column: string): string[] {
  return [column, `${column}_previous`, `${column}_change`, `${column}_change_percent`];
}

/**
 * An intake table as CSV, with the protection tables' conventions (UTF-8 BOM, CRLF, RFC 4180; per
 * figure the period, the period a year before, the change and the change in percent, empty when
 * the previous figure is 0) and a `month` column (empty for the whole year).
 */
export function intakeTableToCsv<F extends string, D extends string>(table: IntakeTable<F, D>, scope: { provinces: readonly string[] | null } = { provinces: null }): string {
  const coverage = coverageOf(table.province, scope);
  const header = ['year', 'previous_year', 'month', 'province', 'level', 'dimension', 'code', 'label', ...table.figures.flatMap((f) => figureColumns(csvColumnOf(f)))];
  const records: CsvValue[][] = table.rows.map((row) => [
    table.year,
    table.previousYear,
    table.month,
    coverage,
    row.level,
    row.dimension,
    row.code,
    row.label,
    ...table.figures.flatMap((f) => [row.current[f], row.previous[f], row.change[f].absolute, row.change[f].percent]),
  ]);
  return toCsv(header, records);
}

/** The screening yield as CSV: one line per row (`level` month, place or total), the counts with their four columns, the yields per 1,000. */
export function screeningYieldToCsv(table: ScreeningYield, scope: { provinces: readonly string[] | null } = { provinces: null }): string {
  const coverage = coverageOf(table.province, scope);
  const header = [
    'year',
    'previous_year',
    'province',
    'level',
    'place',
    'month',
    'label',
    ...figureColumns('returnees'),
    ...figureColumns('suspected_victims'),
    'per_thousand',
    'per_thousand_previous',
    'per_thousand_change',
  ];
  const records: CsvValue[][] = table.rows.map((row) => [
    table.year,
    table.previousYear,
    coverage,
    row.level,
    row.place,
    row.month,
    row.label,
    row.current.returnees,
    row.previous.returnees,
    row.change.returnees.absolute,
    row.change.returnees.percent,
    row.current.suspectedVictims,
    row.previous.suspectedVictims,
    row.change.suspectedVictims.absolute,
    row.change.suspectedVictims.percent,
    row.current.perThousand,
    row.previous.perThousand,
    row.change.perThousand,
  ]);
  return toCsv(header, records);
}

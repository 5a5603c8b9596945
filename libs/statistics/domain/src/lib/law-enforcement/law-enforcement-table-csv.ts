import { toCsv } from '../csv/csv';
import type { CsvValue } from '../csv/csv';
import type { LawEnforcementFigure, NationalityCounts } from './law-enforcement-figures';
import { LAW_ENFORCEMENT_FIGURES } from './law-enforcement-figures';
import type { LawEnforcementTable } from './law-enforcement-table';

/** Stable CSV column stems (snake_case) for each figure. */
const COLUMN: Record<LawEnforcementFigure, string> = {
  cases: 'cases',
  victims: 'victims',
  victimsUnder15: 'victims_under_15',
  victims15To17: 'victims_15_17',
  victims18Plus: 'victims_18_plus',
  victimsToSocialAffairs: 'victims_to_social_affairs',
  victimsToFamily: 'victims_to_family',
  victimsToPartnerOrganisation: 'victims_to_partner_organisation',
  victimsNotHandedOver: 'victims_not_handed_over',
  suspectsArrested: 'suspects_arrested',
  suspectsFemale: 'suspects_female',
  suspectsMinor: 'suspects_minor',
  suspectsForeign: 'suspects_foreign',
};

/**
 * The table as CSV (UTF-8 BOM, header, one line per row, RFC 4180). Per figure four columns:
 * the year, the previous year, the change, and the change in percent (empty when the previous
 * year is 0). Column names are stable; the years are in the first two columns of every line.
 *
 * `province` says what the figures cover: the province asked for; else, for a reader scoped to
 * some provinces, those provinces ("battambang; kandal"); empty for the whole country. A file
 * passed on without its request then still says it is not the national table.
 */
export function lawEnforcementTableToCsv(table: LawEnforcementTable, scope: { provinces: readonly string[] | null } = { provinces: null }): string {
  const coverage = table.province ?? (scope.provinces ? [...scope.provinces].sort().join('; ') : null);
  const header = [
    'year',
    'previous_year',
    'province',
    'unit',
    'level',
    'category',
    'offence_code',
    'label',
    ...LAW_ENFORCEMENT_FIGURES.flatMap((f) => {
      const c = COLUMN[f];
      return [c, `${c}_previous`, `${c}_change`, `${c}_change_percent`];
    }),
    'foreign_nationalities',
    'foreign_nationalities_previous',
  ];
  const records: CsvValue[][] = table.rows.map((row) => [
    table.year,
    table.previousYear,
    coverage,
    table.unitCode,
    row.level,
    row.category,
    row.offence,
    row.label,
    ...LAW_ENFORCEMENT_FIGURES.flatMap((f) => [
      row.current[f],
      row.previous[f],
      row.change[f].absolute,
      row.change[f].percent,
    ]),
    nationalityList(row.foreignNationalities.current),
    nationalityList(row.foreignNationalities.previous),
  ]);
  return toCsv(header, records);
}

/** "CHN 13; VNM 4": most frequent first, then by code. */
function nationalityList(counts: NationalityCounts): string {
  return Object.entries(counts)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([code, n]) => `${code} ${n}`)
    .join('; ');
}

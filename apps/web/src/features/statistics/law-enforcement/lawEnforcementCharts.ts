import type { ChartSeries } from '../charts/chartOptions';
import type { LawEnforcementFigure, LawEnforcementTable } from './lawEnforcementTable';

export interface ChartData {
  categories: string[];
  series: ChartSeries[];
}

type FigureName = (figure: LawEnforcementFigure) => string;

function totalRow(table: LawEnforcementTable) {
  return table.rows.find((r) => r.level === 'total');
}

/** Victims and arrested suspects per offence category (the subtotal rows). */
export function byCategory(table: LawEnforcementTable, categoryName: (code: string | null, fallback: string) => string, figureName: FigureName): ChartData {
  const rows = table.rows.filter((r) => r.level === 'category');
  return {
    categories: rows.map((r) => categoryName(r.category, r.label)),
    series: (['victims', 'suspectsArrested'] as const).map((f) => ({ name: figureName(f), values: rows.map((r) => r.current[f]) })),
  };
}

function ofTotal(table: LawEnforcementTable, figures: readonly LawEnforcementFigure[], seriesName: string, figureName: FigureName): ChartData {
  const total = totalRow(table);
  return { categories: figures.map(figureName), series: [{ name: seriesName, values: figures.map((f) => total?.current[f] ?? 0) }] };
}

/** Victims rescued by age band at the rescue (the total row). */
export function byAgeBand(table: LawEnforcementTable, seriesName: string, figureName: FigureName): ChartData {
  return ofTotal(table, ['victimsUnder15', 'victims15To17', 'victims18Plus'], seriesName, figureName);
}

/** Victims rescued by hand-over destination (the total row). */
export function byHandOver(table: LawEnforcementTable, seriesName: string, figureName: FigureName): ChartData {
  return ofTotal(table, ['victimsToSocialAffairs', 'victimsToFamily', 'victimsToPartnerOrganisation', 'victimsNotHandedOver'], seriesName, figureName);
}

/** Cases, victims and arrested suspects per year, from tables of several years (each also carries the year before). */
export function trend(tables: readonly LawEnforcementTable[], yearText: (year: number) => string, figureName: FigureName): ChartData {
  const byYear = new Map<number, LawEnforcementTable['rows'][number]['current']>();
  for (const table of tables) {
    const total = totalRow(table);
    if (!total) continue;
    if (!byYear.has(table.previousYear)) byYear.set(table.previousYear, total.previous);
    byYear.set(table.year, total.current);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  return {
    categories: years.map(yearText),
    series: (['cases', 'victims', 'suspectsArrested'] as const).map((f) => ({ name: figureName(f), values: years.map((y) => byYear.get(y)![f]) })),
  };
}

/** The years whose tables give a trend of `span` years ending in `year` (each table has two years). */
export function trendYears(year: number, span: number, firstYear: number): number[] {
  const out: number[] = [];
  for (let y = year; y > year - span && y >= firstYear; y -= 2) out.push(y);
  return out;
}

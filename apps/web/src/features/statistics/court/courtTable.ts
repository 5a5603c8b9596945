import type { TFunction } from 'i18next';
import type { Schemas } from '../../../api/client';
import type { FigureGroup, FigureSection } from '../FigureTable';

export type CourtTableKind = 'prosecution' | 'investigating-judges' | 'trial';
export type CourtTable = Schemas['ProsecutionTableDto'] | Schemas['InvestigatingJudgesTableDto'] | Schemas['TrialTableDto'];

/** Figures that break down into sub-columns: `<prefix><Sub>`; `chargedPersons` is the charged total. */
const PREFIXES = ['victims', 'charged', 'accused', 'inJail', 'outOfJail', 'imprisonment'] as const;

function split(figure: string): { group: string; sub: string | null } {
  for (const prefix of PREFIXES) {
    if (!figure.startsWith(prefix)) continue;
    const rest = figure.slice(prefix.length);
    if (rest === '' || rest === 'Persons') return { group: prefix, sub: 'total' };
    if (/^[A-Z]/.test(rest)) return { group: prefix, sub: rest };
  }
  return { group: figure, sub: null };
}

/** Column groups for a court table's figures, in the API's order: a breakdown under its heading, other figures on their own. */
export function courtGroups(figures: readonly string[], t: TFunction<'statistics'>): FigureGroup[] {
  const groups: FigureGroup[] = [];
  for (const figure of figures) {
    const { group, sub } = split(figure);
    const label = t(`court.figures.${group}`, { defaultValue: group });
    let g = groups.find((x) => x.key === group);
    if (!g) {
      g = { key: group, label, figures: [] };
      groups.push(g);
    }
    g.figures.push({ key: figure, label: sub === null ? label : t(`court.breakdown.${sub}`, { defaultValue: sub }) });
  }
  return groups;
}

/** One row per offence category, then the total (bold). */
export function courtSections(table: CourtTable, category: (code: string | null, fallback: string) => string, t: TFunction<'statistics'>): FigureSection[] {
  const rows = table.rows as { level: 'category' | 'total'; category: string | null; label: string; current: object; previous: object; change: object }[];
  return [
    {
      key: 'rows',
      rows: rows.map((r) => ({
        key: r.category ?? 'total',
        label: r.level === 'total' ? t('table.total') : category(r.category, r.label),
        emphasis: r.level === 'total',
        current: r.current as Record<string, number>,
        previous: r.previous as Record<string, number>,
        change: r.change as Record<string, { absolute: number; percent: number | null }>,
      })),
    },
  ];
}

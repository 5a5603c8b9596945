import type { TFunction } from 'i18next';
import type { Schemas } from '../../../api/client';
import type { FigureGroup, FigureSection } from '../FigureTable';

export type LawEnforcementTable = Schemas['LawEnforcementTableDto'];
export type LawEnforcementRow = Schemas['LawEnforcementRowDto'];
export type LawEnforcementFigure = LawEnforcementTable['figures'][number];

/** The report's column headings: which figures stand under which. */
const GROUPS: readonly { key: string; figures: readonly LawEnforcementFigure[] }[] = [
  { key: 'cases', figures: ['cases'] },
  { key: 'victims', figures: ['victims', 'victimsUnder15', 'victims15To17', 'victims18Plus'] },
  { key: 'handedOver', figures: ['victimsToSocialAffairs', 'victimsToFamily', 'victimsToPartnerOrganisation', 'victimsNotHandedOver'] },
  { key: 'suspects', figures: ['suspectsArrested', 'suspectsFemale', 'suspectsMinor', 'suspectsForeign'] },
];

/** The column groups for the figures the API sent, in its order; a figure no group knows gets its own column. */
export function lawEnforcementGroups(figures: readonly string[], t: TFunction<'statistics'>): FigureGroup[] {
  const groups: FigureGroup[] = [];
  for (const figure of figures) {
    const def = GROUPS.find((g) => (g.figures as readonly string[]).includes(figure));
    const key = def?.key ?? figure;
    let group = groups.find((g) => g.key === key);
    if (!group) {
      group = { key, label: t(`lawEnforcement.groups.${key}`, { defaultValue: figure }), figures: [] };
      groups.push(group);
    }
    group.figures.push({ key: figure, label: def && def.figures.length === 1 ? group.label : t(`lawEnforcement.figures.${figure}`, { defaultValue: figure }) });
  }
  return groups;
}

/**
 * Rows as the report prints them: per category a row group with its offences and its subtotal,
 * then the total alone.
 */
export function lawEnforcementSections(
  table: LawEnforcementTable,
  names: { offence: (code: string | null, fallback: string) => string; category: (code: string | null, fallback: string) => string },
  t: TFunction<'statistics'>,
  nationalities: (counts: Record<string, number>) => string,
): FigureSection[] {
  const sections: FigureSection[] = [];
  for (const row of table.rows) {
    const base = { current: row.current, previous: row.previous, change: row.change, extra: nationalities(row.foreignNationalities.current) };
    if (row.level === 'total') {
      sections.push({ key: 'total', rows: [{ ...base, key: 'total', label: t('table.total'), emphasis: true }] });
      continue;
    }
    const category = names.category(row.category, row.label);
    let section = sections.find((s) => s.key === row.category);
    if (!section) {
      section = { key: row.category ?? 'none', label: category, rows: [] };
      sections.push(section);
    }
    if (row.level === 'offence') section.rows.push({ ...base, key: row.offence ?? row.label, label: names.offence(row.offence, row.label), indent: true });
    else section.rows.push({ ...base, key: `subtotal-${row.category}`, label: t('table.subtotal', { category }), emphasis: true });
  }
  return sections;
}

/** "VNM 2; CHN 1": most frequent first, then by code (as the CSV writes it). */
export function nationalitiesText(counts: Record<string, number>, format: (n: number) => string): string {
  const entries = Object.entries(counts).filter(([, n]) => n > 0);
  if (entries.length === 0) return '—';
  return entries
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([code, n]) => `${code} ${format(n)}`)
    .join('; ');
}

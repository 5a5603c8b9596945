import { provinceBreakdown } from './intake-breakdowns';
import { receptionCounts, type ReceptionFacts } from './intake-facts';
import { buildIntakeTable, type IntakeItem, type IntakeTable, type IntakeTableOptions } from './intake-table';

/** The figures of the police receptions table (report II.D.1.1), in column order. Definitions: docs/statistics.md. */
export const POLICE_RECEPTION_FIGURES = ['receptions', 'persons', 'females', 'minors'] as const;
export type PoliceReceptionFigure = (typeof POLICE_RECEPTION_FIGURES)[number];
export const POLICE_RECEPTION_DIMENSIONS = ['province'] as const;
export type PoliceReceptionDimension = (typeof POLICE_RECEPTION_DIMENSIONS)[number];
export type PoliceReceptionsTable = IntakeTable<PoliceReceptionFigure, PoliceReceptionDimension>;

/**
 * The report's list of the Capital and Provincial Police Commissariats: per province, the
 * receptions whose receiving unit is a police commissariat, the persons received, the females
 * (women and girls) and the minors (boys and girls). One row per province covered (every one,
 * zero rows included, in reference order), then the total.
 */
export function buildPoliceReceptionsTable(facts: readonly ReceptionFacts[], options: IntakeTableOptions): PoliceReceptionsTable {
  return buildIntakeTable('police_receptions', POLICE_RECEPTION_FIGURES, [provinceBreakdown(options)], policeReceptionItems, facts, options);
}

export function policeReceptionItems(f: ReceptionFacts): IntakeItem<PoliceReceptionFigure, PoliceReceptionDimension>[] {
  if (!receptionCounts(f) || f.receivedByKind !== 'police_commissariat') return [];
  const { men, women, boys, girls } = f.counts;
  return [
    {
      date: f.receivedOn,
      province: f.province,
      figures: { receptions: 1, persons: men + women + boys + girls, females: women + girls, minors: boys + girls },
      codes: { province: f.province },
    },
  ];
}

import { yearOf } from '@casetrail/kernel';
import type { ProtectionCaseFacts } from './protection-case-facts';
import { CHANNEL_BREAKDOWN, COUNTRY_BREAKDOWN, ENTRY_POINT_BREAKDOWN, NONE, exploitationBreakdown, onePerson, personColumns } from './protection-breakdowns';
import { buildProtectionTable, type ProtectionItem, type ProtectionTable, type ProtectionTableOptions } from './protection-table';

/** The figures of the persons-received table (report II.D.1), in column order. Definitions: docs/statistics.md. */
export const RECEIVED_FIGURES = personColumns('persons');
export type ReceivedFigure = (typeof RECEIVED_FIGURES)[number];
export const RECEIVED_DIMENSIONS = ['channel', 'entry_point', 'country_returned_from', 'exploitation_type'] as const;
export type ReceivedDimension = (typeof RECEIVED_DIMENSIONS)[number];
export type ReceivedTable = ProtectionTable<ReceivedFigure, ReceivedDimension>;

const BREAKDOWNS = [CHANNEL_BREAKDOWN, ENTRY_POINT_BREAKDOWN, COUNTRY_BREAKDOWN, exploitationBreakdown()] as const;

/**
 * Persons received by social affairs in a year: one per protection case whose `receivedOn` is in
 * the year, in the province of the opening, by sex and band at the reception (`ageBandOn`: the
 * rescue or the reception); broken down by channel, entry point, country returned from and
 * exploitation type as recorded at the opening.
 */
export function buildReceivedTable(facts: readonly ProtectionCaseFacts[], options: ProtectionTableOptions): ReceivedTable {
  return buildProtectionTable('received', RECEIVED_FIGURES, BREAKDOWNS, receivedItems, facts, options);
}

export function receivedItems(f: ProtectionCaseFacts, year: number): ProtectionItem<ReceivedFigure, ReceivedDimension>[] {
  if (yearOf(f.receivedOn) !== year) return [];
  return [
    {
      province: f.province,
      figures: onePerson('persons', f.ageBand, f.sex),
      codes: { channel: f.channel, entry_point: f.entryPoint ?? NONE, country_returned_from: f.countryReturnedFrom ?? NONE, exploitation_type: f.exploitationType },
    },
  ];
}

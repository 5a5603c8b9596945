import { buildCourtTable, countCaseAndVictims, type CourtTable, type CourtTableOptions } from './court-table';
import type { CourtFileFacts } from './court-file-facts';
import { VICTIM_FIGURES, countPerson, personCell, personFigures, zeroFiguresOf, type Figures } from './court-figures';
import { prosecutionWindow } from './court-stage-periods';

/** The figures of the prosecution table (report II.C.2.1 §1), in column order. Definitions: docs/statistics.md. */
export const PROSECUTION_FIGURES = [
  'cases',
  ...VICTIM_FIGURES,
  ...personFigures('chargedPersons', 'charged'),
  'submittedForInvestigation',
  'retainedWithoutProcessing',
  'submittedForTrial',
  'processing',
] as const;
export type ProsecutionFigure = (typeof PROSECUTION_FIGURES)[number];
export type ProsecutionTable = CourtTable<ProsecutionFigure>;

/**
 * The prosecution table for a year and the year before:
 * - a file counts as a case when it was at the prosecution stage at some time during the year
 *   (opened on or before 31 December, prosecution decision none or on/after 1 January);
 * - its action is the prosecution decision when taken during the year, else `processing`, so
 *   cases = the sum of the four actions;
 * - its victims and charged persons are those of the file on the day it left the stage in the
 *   year (the decision), else on 31 December: victims by sex and the band recorded when they
 *   entered the file, persons charged by the prosecutor by sex and band at their first charge.
 */
export function buildProsecutionTable(facts: readonly CourtFileFacts[], options: CourtTableOptions): ProsecutionTable {
  return buildCourtTable('prosecution', PROSECUTION_FIGURES, prosecutionTally, facts, options);
}

/** What one file contributes to the prosecution table of one year. */
export function prosecutionTally(f: CourtFileFacts, year: number): Figures<ProsecutionFigure> {
  const t = zeroFiguresOf(PROSECUTION_FIGURES);
  const window = prosecutionWindow(f, year);
  if (!window) return t;
  countCaseAndVictims(t, f, window);
  if (window.leftInYear && f.prosecutionDecision) {
    const action = f.prosecutionDecision.action;
    if (action === 'submitted_for_investigation') t.submittedForInvestigation += 1;
    else if (action === 'retained_without_processing') t.retainedWithoutProcessing += 1;
    else t.submittedForTrial += 1;
  } else {
    t.processing += 1;
  }
  for (const a of f.accused) {
    // The prosecutor's charges come before any the investigating judge adds.
    const first = a.charges[0];
    if (!first || first.chargedBy !== 'prosecutor' || first.chargedOn > window.to) continue;
    countPerson(t, 'chargedPersons', 'charged', personCell(first.ageBand, first.sex));
  }
  return t;
}

import { buildCourtTable, countCaseAndVictims, type CourtTable, type CourtTableOptions } from './court-table';
import type { CourtAccusedFacts, CourtFileFacts, DetentionFacts } from './court-file-facts';
import { VICTIM_FIGURES, countPerson, personCell, personFigures, zeroFiguresOf, type Figures } from './court-figures';
import { investigationWindow, type StageWindow } from './court-stage-periods';

/** The figures of the investigating judges' table (report II.C.2.1 §2), in column order. Definitions: docs/statistics.md. */
export const INVESTIGATING_JUDGES_FIGURES = [
  'cases',
  ...VICTIM_FIGURES,
  ...personFigures('accused', 'accused'),
  ...personFigures('inJail', 'inJail'),
  ...personFigures('outOfJail', 'outOfJail'),
  'sentToTrial',
  'dismissed',
  'processing',
] as const;
export type InvestigatingJudgesFigure = (typeof INVESTIGATING_JUDGES_FIGURES)[number];
export type InvestigatingJudgesTable = CourtTable<InvestigatingJudgesFigure>;

/**
 * The investigating judges' table for a year and the year before:
 * - a file counts as a case when it was at the investigation stage at some time during the year
 *   (submitted for investigation on or before 31 December, closing order none or on/after
 *   1 January); its action is the closing order when issued during the year (to be tried,
 *   dismissed), else `processing`, so cases = the sum of the three actions;
 * - victims and accused are those of the file on the day of the closing order in the year, else
 *   on 31 December; an accused is a person charged (by the prosecutor or the judge) by then;
 * - an accused is in jail when a pre-trial detention of theirs overlaps the file's investigation
 *   period within the year, else out of jail, so in + out = accused. One band per accused: at the
 *   first such detention order for those in jail, at the first charge for the others; so each
 *   accused column is the sum of its in-jail and out-of-jail columns.
 */
export function buildInvestigatingJudgesTable(facts: readonly CourtFileFacts[], options: CourtTableOptions): InvestigatingJudgesTable {
  return buildCourtTable('investigating_judges', INVESTIGATING_JUDGES_FIGURES, investigatingJudgesTally, facts, options);
}

export function investigatingJudgesTally(f: CourtFileFacts, year: number): Figures<InvestigatingJudgesFigure> {
  const t = zeroFiguresOf(INVESTIGATING_JUDGES_FIGURES);
  const window = investigationWindow(f, year);
  if (!window) return t;
  countCaseAndVictims(t, f, window);
  if (window.leftInYear && f.closingOrder) {
    if (f.closingOrder.outcome === 'sent_to_trial') t.sentToTrial += 1;
    else t.dismissed += 1;
  } else {
    t.processing += 1;
  }
  for (const a of f.accused) {
    const first = a.charges[0];
    if (!first || first.chargedOn > window.to) continue;
    const detention = detentionDuring(a, window);
    const cell = detention ? personCell(detention.ageBand, detention.sex) : personCell(first.ageBand, first.sex);
    countPerson(t, 'accused', 'accused', cell);
    if (detention) countPerson(t, 'inJail', 'inJail', cell);
    else countPerson(t, 'outOfJail', 'outOfJail', cell);
  }
  return t;
}

/** The first pre-trial detention of the accused in force at some time in the window. */
export function detentionDuring(a: CourtAccusedFacts, window: StageWindow): DetentionFacts | null {
  return a.detentions.find((d) => d.orderedOn <= window.to && (d.endedOn === null || d.endedOn >= window.from)) ?? null;
}

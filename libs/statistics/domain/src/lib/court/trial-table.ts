import type { VerdictOutcome } from '@casetrail/court-contracts';
import { yearOf } from '@casetrail/kernel';
import { buildCourtTable, countCaseAndVictims, type CourtTable, type CourtTableOptions } from './court-table';
import type { CourtFileFacts } from './court-file-facts';
import { VICTIM_FIGURES, countPerson, personCell, personFigures, zeroFiguresOf, type Figures } from './court-figures';
import { firstDayOf, finalVerdictOf, trialWindow } from './court-stage-periods';

/** The figures of the trial table (report II.C.2.1 §3), in column order. Definitions: docs/statistics.md. */
export const TRIAL_FIGURES = [
  'cases',
  ...VICTIM_FIGURES,
  ...personFigures('accused', 'accused'),
  'suspendedSentence',
  'fine',
  'acquittal',
  'deferral',
  'imprisonment',
  'imprisonmentInCustody',
  'imprisonmentAtLiberty',
  'releasedOnBail',
  'processing',
] as const;
export type TrialFigure = (typeof TRIAL_FIGURES)[number];
export type TrialTable = CourtTable<TrialFigure>;

const OUTCOME_FIGURE: Record<VerdictOutcome, TrialFigure> = {
  suspended_sentence: 'suspendedSentence',
  fine: 'fine',
  acquittal: 'acquittal',
  deferral: 'deferral',
  imprisonment: 'imprisonment',
  released_on_bail: 'releasedOnBail',
};

/**
 * The trial table for a year and the year before:
 * - a file counts as a case when it was at the trial stage at some time during the year
 *   (submitted or sent to trial on or before 31 December, and not every charged accused finally
 *   judged before 1 January);
 * - its accused are its charged persons whose first-instance trial was open during the year (no
 *   final verdict before 1 January); each has one outcome: the last verdict delivered during the
 *   year, else `processing`, so the seven outcomes add up to the accused (imprisonment is also
 *   split by custody at the verdict); band and sex at that verdict, else at the first charge;
 * - victims are those of the file on the day its last accused was finally judged in the year,
 *   else on 31 December.
 */
export function buildTrialTable(facts: readonly CourtFileFacts[], options: CourtTableOptions): TrialTable {
  return buildCourtTable('trial', TRIAL_FIGURES, trialTally, facts, options);
}

export function trialTally(f: CourtFileFacts, year: number): Figures<TrialFigure> {
  const t = zeroFiguresOf(TRIAL_FIGURES);
  const window = trialWindow(f, year);
  if (!window) return t;
  countCaseAndVictims(t, f, window);
  const first = firstDayOf(year);
  for (const a of f.accused) {
    const charge = a.charges[0];
    if (!charge || charge.chargedOn > window.to) continue;
    const final = finalVerdictOf(a);
    if (final && final.deliveredOn < first) continue;
    const inYear = a.verdicts.filter((v) => yearOf(v.deliveredOn) === year);
    const verdict = inYear[inYear.length - 1] ?? null;
    const cell = verdict ? personCell(verdict.ageBand, verdict.sex) : personCell(charge.ageBand, charge.sex);
    countPerson(t, 'accused', 'accused', cell);
    if (!verdict) {
      t.processing += 1;
      continue;
    }
    t[OUTCOME_FIGURE[verdict.outcome]] += 1;
    if (verdict.outcome === 'imprisonment') {
      if (verdict.custody === 'at_liberty') t.imprisonmentAtLiberty += 1;
      else t.imprisonmentInCustody += 1;
    }
  }
  return t;
}

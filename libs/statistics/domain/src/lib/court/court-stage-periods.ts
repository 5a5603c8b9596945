import type { CourtAccusedFacts, CourtFileFacts } from './court-file-facts';

/*
 * When a court file was at a stage during a year. A file is at a stage from the day it entered it
 * until the day it left it, both included; the tables count a file in a stage's table for year Y
 * when that period meets Y. Dates are domain dates (YYYY-MM-DD), compared as strings.
 */

/** The part of a year a file spent at a stage: `from` and `to` included. */
export interface StageWindow {
  from: string;
  to: string;
  /** The stage was left on `to` (a decision in the year), not merely at the year's end. */
  leftInYear: boolean;
}

export function firstDayOf(year: number): string {
  return `${String(year).padStart(4, '0')}-01-01`;
}

export function lastDayOf(year: number): string {
  return `${String(year).padStart(4, '0')}-12-31`;
}

/**
 * The window of a stage in a year: null when the stage was entered after the year or left before
 * it (or never entered). A stage entered and left on the same day is a window of one day.
 */
export function stageWindow(enteredOn: string | null, leftOn: string | null, year: number): StageWindow | null {
  const first = firstDayOf(year);
  const last = lastDayOf(year);
  if (enteredOn === null || enteredOn > last) return null;
  if (leftOn !== null && leftOn < first) return null;
  const leftInYear = leftOn !== null && leftOn <= last;
  return { from: enteredOn > first ? enteredOn : first, to: leftInYear ? leftOn : last, leftInYear };
}

export function prosecutionWindow(f: CourtFileFacts, year: number): StageWindow | null {
  return stageWindow(f.entered.prosecution, f.prosecutionDecision?.decidedOn ?? null, year);
}

export function investigationWindow(f: CourtFileFacts, year: number): StageWindow | null {
  return stageWindow(f.entered.investigation, f.closingOrder?.issuedOn ?? null, year);
}

export function trialWindow(f: CourtFileFacts, year: number): StageWindow | null {
  return stageWindow(f.entered.trial, trialEndOf(f), year);
}

/** The accused charged at least once. */
export function chargedAccused(f: CourtFileFacts): CourtAccusedFacts[] {
  return f.accused.filter((a) => a.charges.length > 0);
}

export function finalVerdictOf(a: CourtAccusedFacts) {
  return a.verdicts.find((v) => v.final) ?? null;
}

/**
 * The day a file left the trial stage: the day its last charged accused received a final verdict,
 * once every charged accused has one; null while any is still waiting (or none is charged).
 */
export function trialEndOf(f: CourtFileFacts): string | null {
  const charged = chargedAccused(f);
  if (charged.length === 0) return null;
  let end = '';
  for (const a of charged) {
    const final = finalVerdictOf(a);
    if (!final) return null;
    if (final.deliveredOn > end) end = final.deliveredOn;
  }
  return end;
}

/** The victims of the file on a day: those who had entered it by then. */
export function victimsOn(f: CourtFileFacts, day: string) {
  return f.victims.filter((v) => v.enteredOn <= day);
}

import {
  IMMEDIATE_APPEARANCE_JUDGMENT_LIMIT,
  legalTimeLimitById,
  maximumPeriod,
  type LegalTimeLimit,
  type OffenceClass,
  type Period,
} from '@casetrail/court-contracts';
import { addDays, addMonths, daysBetween } from '@casetrail/kernel';
import { currentDetention, finalVerdict, isCharged, type DetentionRecord } from './court-file.records';
import type { CourtFileState } from './court-file.state';

/*
 * Legal deadlines derived from a file's state at a given date (pure: the caller gives the date,
 * e.g. today in Cambodia). A period runs from its start date: a 6-month detention ordered on
 * 14 March runs to 14 September (the same day number, or the month's last day when it lacks it);
 * on that day `daysLeft` is 0, and the day after it is past its limit.
 */

function addPeriod(date: string, period: Period): string {
  switch (period.unit) {
    case 'days':
      return addDays(date, period.amount);
    case 'months':
      return addMonths(date, period.amount);
    case 'hours':
      throw new Error('A limit in hours needs instants, not domain dates');
    default: {
      const unexpected: never = period.unit;
      throw new Error(`Unknown time unit ${String(unexpected)}`);
    }
  }
}

export function detentionLimitOf(detention: DetentionRecord): LegalTimeLimit {
  const limit = legalTimeLimitById(detention.limitId);
  if (!limit?.period) throw new Error(`Detention governed by an unknown or forbidding limit ${detention.limitId}`);
  return limit;
}

/** Order date + initial period + every extension granted. */
export function detentionLimitDate(detention: DetentionRecord): string {
  const limit = detentionLimitOf(detention);
  const extended = detention.extensions.reduce((sum, e) => sum + e.months, 0);
  return addMonths(addPeriod(detention.orderedOn, limit.period!), extended);
}

export interface DetentionDeadline {
  personId: string;
  orderedOn: string;
  offenceClass: OffenceClass;
  limitId: string;
  /** The article of the Code the limit comes from, and whether its numbers were verified. */
  article: string;
  verified: boolean;
  extensionsGranted: number;
  extensionsAllowed: number;
  /** When the detention runs out with the extensions granted so far. */
  limitDate: string;
  /** When it would run out with every extension the law allows. */
  maximumLimitDate: string;
  /** Days from the given date to `limitDate` (negative once past it). */
  daysLeft: number;
  pastLimit: boolean;
}

/** Every detention in force in the file on `on`, with its legal deadline. */
export function detentionDeadlines(state: CourtFileState, on: string): DetentionDeadline[] {
  return Object.values(state.accused).flatMap((accused) => {
    const detention = currentDetention(accused);
    if (!detention || detention.orderedOn > on) return [];
    const limit = detentionLimitOf(detention);
    const limitDate = detentionLimitDate(detention);
    return [
      {
        personId: accused.personId,
        orderedOn: detention.orderedOn,
        offenceClass: detention.offenceClass,
        limitId: limit.id,
        article: limit.article,
        verified: limit.verified,
        extensionsGranted: detention.extensions.length,
        extensionsAllowed: limit.extension?.maxTimes ?? 0,
        limitDate,
        maximumLimitDate: addPeriod(detention.orderedOn, maximumPeriod(limit)!),
        daysLeft: daysBetween(on, limitDate),
        pastLimit: on > limitDate,
      },
    ];
  });
}

export interface JudgmentDeadline {
  article: string;
  verified: boolean;
  appearedOn: string;
  /** The judgment on the merits is due by this date. */
  dueBy: string;
  daysLeft: number;
  /** Every charged accused has a final first-instance verdict. */
  judged: boolean;
  /** Not judged, and the date is after `dueBy`. */
  pastLimit: boolean;
}

/** Art. 304: for a file submitted for trial by immediate appearance, judgment within 2 weeks of the appearance. */
export function immediateAppearanceJudgmentDeadline(state: CourtFileState, on: string): JudgmentDeadline | null {
  const decision = state.prosecutionDecision;
  if (decision?.trialRoute !== 'immediate_appearance' || decision.appearedOn === null) return null;
  const limit = IMMEDIATE_APPEARANCE_JUDGMENT_LIMIT;
  const dueBy = addPeriod(decision.appearedOn, limit.period!);
  const charged = Object.values(state.accused).filter(isCharged);
  const judged = charged.length > 0 && charged.every((a) => finalVerdict(a) !== null);
  return {
    article: limit.article,
    verified: limit.verified,
    appearedOn: decision.appearedOn,
    dueBy,
    daysLeft: daysBetween(on, dueBy),
    judged,
    pastLimit: !judged && on > dueBy,
  };
}

import { addMonths, daysBetween } from '@casetrail/kernel';
import type { FollowUpDue, IntegrationRecord } from './types';

/** One visit of an integration's schedule: due on a day, made or not. */
export interface ScheduledVisit {
  visitNumber: number;
  months: number;
  dueOn: string;
  visitedOn: string | null;
  outcome: string | null;
  status: 'done' | 'overdue' | 'due' | 'upcoming';
}

/** The kernel's month and day arithmetic, the same the API's due dates come from. */
export { addMonths, daysBetween } from '@casetrail/kernel';

/** Visits due within this many days count as "due soon". */
export const DUE_SOON_DAYS = 14;

function statusOf(visitedOn: string | null, dueOn: string, today: string): ScheduledVisit['status'] {
  if (visitedOn) return 'done';
  if (dueOn < today) return 'overdue';
  return daysBetween(today, dueOn) <= DUE_SOON_DAYS ? 'due' : 'upcoming';
}

/**
 * The visits of an integration as the server counted them at `on` (the case view's `followUps`),
 * each with the outcome of the visit made; visits beyond the schedule follow. Without the
 * server's count (an older answer), the schedule is worked out from the integration itself.
 */
export function visitsOf(integration: IntegrationRecord, dues: readonly FollowUpDue[] | undefined, on: string): ScheduledVisit[] {
  const mine = dues?.filter((d) => d.integratedOn === integration.integratedOn && d.integratedBy === integration.integratedBy);
  if (!mine || mine.length === 0) return followUpSchedule(integration, on);
  const outcome = (n: number) => integration.visits.find((v) => v.visitNumber === n)?.outcome ?? null;
  const scheduled = mine.map(
    (d): ScheduledVisit => ({ visitNumber: d.visitNumber, months: d.monthsAfterIntegration, dueOn: d.dueOn, visitedOn: d.visitedOn, outcome: d.visitedOn ? outcome(d.visitNumber) : null, status: d.overdue ? 'overdue' : statusOf(d.visitedOn, d.dueOn, on) }),
  );
  const extra = integration.visits
    .filter((v) => !mine.some((d) => d.visitNumber === v.visitNumber))
    .map((v): ScheduledVisit => ({ visitNumber: v.visitNumber, months: NaN, dueOn: '', visitedOn: v.visitedOn, outcome: v.outcome, status: 'done' }));
  return [...scheduled, ...extra];
}

/**
 * The follow-up schedule of an integration as of `today` (Cambodia): visit n falls due at
 * integratedOn + the schedule's n-th month count, and is made by the n-th visit recorded. Visits
 * beyond the schedule are listed as made, without a due day of their own.
 */
export function followUpSchedule(integration: IntegrationRecord, today: string): ScheduledVisit[] {
  const scheduled = integration.followUpScheduleMonths.map((months, i): ScheduledVisit => {
    const visit = integration.visits.find((v) => v.visitNumber === i + 1) ?? integration.visits[i];
    const dueOn = addMonths(integration.integratedOn, months);
    const status = statusOf(visit?.visitedOn ?? null, dueOn, today);
    return { visitNumber: i + 1, months, dueOn, visitedOn: visit?.visitedOn ?? null, outcome: visit?.outcome ?? null, status };
  });
  const extra = integration.visits.slice(scheduled.length).map(
    (v, i): ScheduledVisit => ({ visitNumber: scheduled.length + i + 1, months: NaN, dueOn: '', visitedOn: v.visitedOn, outcome: v.outcome, status: 'done' }),
  );
  return [...scheduled, ...extra];
}

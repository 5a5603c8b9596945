import { addMonths } from '@casetrail/kernel';
import type { IntegrationRecord, ProtectionCaseState } from './protection-case.state';

/** One scheduled follow-up visit of an integration: when it falls due, and whether it was made. */
export interface FollowUpDue {
  /** 1 for the first month of the schedule, 2 for the second, … (the visit number that meets it). */
  visitNumber: number;
  /** Months after `integratedOn`, from the schedule copied onto the integration. */
  monthsAfterIntegration: number;
  dueOn: string;
  integratedOn: string;
  integratedBy: string;
  province: string;
  followUpWorker: string;
  /** The visit with this number, when it was made (on any date: early, on time or late). */
  visitedOn: string | null;
  /** Not made and its due date is before `today`. */
  overdue: boolean;
}

/**
 * The follow-up visits scheduled after the latest integration of a case: visit n meets the n-th
 * month of the schedule copied onto the integration (so a later change of an organisation's
 * schedule never changes what was due). `today` is a domain date (today in Cambodia, for the
 * caller to compute). A closed case owes no more visits: nothing is due from it; a case never
 * integrated has none.
 */
export function followUpsDue(state: ProtectionCaseState, today: string): FollowUpDue[] {
  if (state.stage !== 'integrated') return [];
  const integration = state.integrations[state.integrations.length - 1];
  return integration ? visitsScheduledAfter(integration, today) : [];
}

/** What scheduling reads of an integration (a read model may keep just this). */
export type ScheduledIntegration = Pick<
  IntegrationRecord,
  'integratedOn' | 'integratedBy' | 'province' | 'followUpWorker' | 'followUpScheduleMonths' | 'visits'
>;

/** The visits of one integration's schedule, made or not, by `today` (the case must still be integrated). */
export function visitsScheduledAfter(integration: ScheduledIntegration, today: string): FollowUpDue[] {
  return integration.followUpScheduleMonths.map((months, i) => {
    const visit = integration.visits.find((v) => v.visitNumber === i + 1);
    const dueOn = addMonths(integration.integratedOn, months);
    return {
      visitNumber: i + 1,
      monthsAfterIntegration: months,
      dueOn,
      integratedOn: integration.integratedOn,
      integratedBy: integration.integratedBy,
      province: integration.province,
      followUpWorker: integration.followUpWorker,
      visitedOn: visit?.visitedOn ?? null,
      overdue: !visit && dueOn < today,
    };
  });
}

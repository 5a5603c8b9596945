import type { ProtectionCaseEvent } from '@casetrail/protection-contracts';
import { followUpsDue } from './follow-ups-due';
import { protectionCaseDecider } from './protection-case.decider';
import { atIntegrated, atOpen, closed, integrated, reopened, visited } from './protection-case.test-fixtures';

const stateOf = (events: ProtectionCaseEvent[]) => events.reduce(protectionCaseDecider.evolve, protectionCaseDecider.initialState());
const due = (events: ProtectionCaseEvent[], today: string) => followUpsDue(stateOf(events), today);

describe('followUpsDue: the visits scheduled after the latest integration', () => {
  it('schedules a visit per month of the schedule copied on the integration, from its date', () => {
    const visits = due(atIntegrated, '2020-09-15');
    expect(visits.map((v) => [v.visitNumber, v.monthsAfterIntegration, v.dueOn])).toEqual([
      [1, 1, '2020-10-01'],
      [2, 3, '2020-12-01'],
      [3, 6, '2021-03-01'],
      [4, 12, '2021-09-01'],
    ]);
    expect(visits.every((v) => v.followUpWorker === 'social-worker-1' && v.province === 'battambang' && v.integratedBy === 'dosvy-battambang')).toBe(true);
    expect(visits.some((v) => v.overdue)).toBe(false);
  });

  it('counts a visit overdue the day after it fell due, until it is made', () => {
    expect(due(atIntegrated, '2020-10-01')[0].overdue).toBe(false);
    expect(due(atIntegrated, '2020-10-02')[0].overdue).toBe(true);
    const made = due([...atIntegrated, visited(1, '2020-10-20')], '2020-10-21')[0];
    expect(made).toMatchObject({ visitedOn: '2020-10-20', overdue: false });
  });

  it('lists the made, the overdue and the coming visits', () => {
    const visits = due([...atIntegrated, visited(1, '2020-10-01')], '2021-01-15');
    expect(visits.map((v) => [v.visitNumber, v.visitedOn, v.overdue])).toEqual([
      [1, '2020-10-01', false],
      [2, null, true],
      [3, null, false],
      [4, null, false],
    ]);
  });

  it('clamps a due date to the end of a shorter month', () => {
    const lateInMonth = { ...integrated, data: { ...integrated.data, integratedOn: '2020-08-31' } } as ProtectionCaseEvent;
    const events = [...atIntegrated.slice(0, -1), lateInMonth];
    expect(due(events, '2020-09-01').map((v) => v.dueOn)).toEqual(['2020-09-30', '2020-11-30', '2021-02-28', '2021-08-31']);
  });

  it('uses the schedule as copied, not the organisation’s reference data', () => {
    const ownSchedule = { ...integrated, data: { ...integrated.data, followUpScheduleMonths: [2, 24] } } as ProtectionCaseEvent;
    expect(due([...atIntegrated.slice(0, -1), ownSchedule], '2020-09-02').map((v) => v.dueOn)).toEqual(['2020-11-01', '2022-09-01']);
  });

  it('owes nothing from a case never integrated, or closed', () => {
    expect(due(atOpen, '2025-01-01')).toEqual([]);
    expect(due([...atIntegrated, closed], '2025-01-01')).toEqual([]);
  });

  it('owes the visits again once a closed integrated case is reopened', () => {
    expect(due([...atIntegrated, closed, reopened], '2021-11-02').filter((v) => v.overdue)).toHaveLength(4);
  });
});

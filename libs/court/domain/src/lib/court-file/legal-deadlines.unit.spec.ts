import { fold } from '@casetrail/event-sourcing';
import { CourtFileEventType as E, type CourtFileEvent } from '@casetrail/court-contracts';
import { addDays, addMonths, daysBetween } from '@casetrail/kernel';
import { courtFileDecider } from './court-file.decider';
import { detentionDeadlines, immediateAppearanceJudgmentDeadline } from './legal-deadlines';
import { atInvestigation, charged, detainedS1 } from './court-file.test-fixtures';

const state = (events: CourtFileEvent[]) => fold(courtFileDecider, events);
const extended = (extendedOn: string, months: number): CourtFileEvent => ({ type: E.PreTrialDetentionExtended, data: { personId: 'S1', extendedOn, months } });
const detainedS2 = (offenceClass: string, limitId: string): CourtFileEvent =>
  ({ type: E.PreTrialDetentionOrdered, data: { personId: 'S2', orderedOn: '2020-03-14', offenceClass, limitId, sex: 'M', ageBand: '15_17' } }) as CourtFileEvent;

describe('calendar arithmetic on domain dates', () => {
  it('adds days and months, clamping to the month\'s last day', () => {
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2020-12-31', 1)).toBe('2021-01-01');
    expect(addMonths('2020-03-14', 6)).toBe('2020-09-14');
    expect(addMonths('2020-08-31', 6)).toBe('2021-02-28');
    expect(addMonths('2019-08-31', 6)).toBe('2020-02-29');
    expect(addMonths('2020-11-30', 14)).toBe('2022-01-30');
    expect(daysBetween('2020-03-14', '2020-09-14')).toBe(184);
    expect(daysBetween('2020-09-15', '2020-09-14')).toBe(-1);
  });
});

describe('detentionDeadlines', () => {
  it('derives an adult felony detention\'s deadline: order date + 6 months + extensions granted (art. 208)', () => {
    const s = state([...atInvestigation, detainedS1]);
    expect(detentionDeadlines(s, '2020-06-01')).toEqual([
      {
        personId: 'S1',
        orderedOn: '2020-03-14',
        offenceClass: 'felony',
        limitId: 'pretrial_detention_adult_felony',
        article: 'art. 208',
        verified: false,
        extensionsGranted: 0,
        extensionsAllowed: 2,
        limitDate: '2020-09-14',
        maximumLimitDate: '2021-09-14',
        daysLeft: 105,
        pastLimit: false,
      },
    ]);
    const extendedState = state([...atInvestigation, detainedS1, extended('2020-09-01', 6)]);
    expect(detentionDeadlines(extendedState, '2020-12-31')[0]).toMatchObject({ extensionsGranted: 1, limitDate: '2021-03-14', daysLeft: 73, pastLimit: false });
  });

  it('is 0 days left on the last day and past its limit the day after', () => {
    const s = state([...atInvestigation, detainedS1]);
    expect(detentionDeadlines(s, '2020-09-14')[0]).toMatchObject({ daysLeft: 0, pastLimit: false });
    expect(detentionDeadlines(s, '2020-09-15')[0]).toMatchObject({ daysLeft: -1, pastLimit: true });
  });

  it('uses the shorter limits of minors and of misdemeanours', () => {
    const minor = state([...atInvestigation, detainedS2('felony', 'pretrial_detention_minor_16_17_felony')]);
    expect(detentionDeadlines(minor, '2020-06-01')[0]).toMatchObject({ article: 'art. 213', limitDate: '2020-09-14', maximumLimitDate: '2020-09-14', extensionsAllowed: 0 });
    const misdemeanour = state([...atInvestigation, detainedS2('misdemeanour', 'pretrial_detention_minor_16_17_misdemeanour')]);
    expect(detentionDeadlines(misdemeanour, '2020-08-01')[0]).toMatchObject({ article: 'art. 214', limitDate: '2020-07-14', daysLeft: -18, pastLimit: true });
  });

  it('lists only detentions in force on the date', () => {
    const ended: CourtFileEvent = { type: E.PreTrialDetentionEnded, data: { personId: 'S1', endedOn: '2020-05-01', reason: 'release_order' } };
    expect(detentionDeadlines(state([...atInvestigation, detainedS1, ended]), '2020-06-01')).toEqual([]);
    expect(detentionDeadlines(state([...atInvestigation, detainedS1]), '2020-03-13')).toEqual([]);
  });
});

describe('immediateAppearanceJudgmentDeadline (art. 304)', () => {
  const immediate: CourtFileEvent = {
    type: E.ProsecutionDecided,
    data: { action: 'submitted_for_trial', decidedOn: '2020-03-13', trialRoute: 'immediate_appearance', appearedOn: '2020-03-16' },
  };
  const verdictFor = (personId: string, outcome: string): CourtFileEvent =>
    ({ type: E.VerdictDelivered, data: { personId, outcome, deliveredOn: '2020-03-27', sex: 'F', ageBand: '18_plus' } }) as CourtFileEvent;

  it('is due 2 weeks after the appearance in court', () => {
    expect(immediateAppearanceJudgmentDeadline(state([...charged, immediate]), '2020-03-20')).toEqual({
      article: 'art. 304',
      verified: true,
      appearedOn: '2020-03-16',
      dueBy: '2020-03-30',
      daysLeft: 10,
      judged: false,
      pastLimit: false,
    });
  });

  it('is past its limit after that date until every charged accused is judged', () => {
    expect(immediateAppearanceJudgmentDeadline(state([...charged, immediate]), '2020-03-31')).toMatchObject({ pastLimit: true, judged: false });
    const oneJudged = [...charged, immediate, verdictFor('S1', 'acquittal')];
    expect(immediateAppearanceJudgmentDeadline(state(oneJudged), '2020-03-31')).toMatchObject({ pastLimit: true, judged: false });
    const deferredToo = [...oneJudged, verdictFor('S2', 'deferral')];
    expect(immediateAppearanceJudgmentDeadline(state(deferredToo), '2020-03-31')).toMatchObject({ pastLimit: true, judged: false });
    const allJudged = [...deferredToo, verdictFor('S2', 'acquittal')];
    expect(immediateAppearanceJudgmentDeadline(state(allJudged), '2020-03-31')).toMatchObject({ pastLimit: false, judged: true });
  });

  it('does not apply to files not submitted by immediate appearance', () => {
    expect(immediateAppearanceJudgmentDeadline(state(atInvestigation), '2020-03-31')).toBeNull();
    const summons: CourtFileEvent = { type: E.ProsecutionDecided, data: { action: 'submitted_for_trial', decidedOn: '2020-03-13', trialRoute: 'direct_summons' } };
    expect(immediateAppearanceJudgmentDeadline(state([...charged, summons]), '2020-03-31')).toBeNull();
  });
});

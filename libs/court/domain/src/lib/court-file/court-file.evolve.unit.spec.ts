import { fold } from '@casetrail/event-sourcing';
import { CourtFileEventType as E, type CourtFileEvent } from '@casetrail/court-contracts';
import { courtFileDecider } from './court-file.decider';
import { currentDetention, finalVerdict } from './court-file.records';
import { atInvestigation, atTrial, charged, cmd, decided, openedDirect, received, receivedOpened, sealedFor, submittedForInvestigation } from './court-file.test-fixtures';

const state = (events: CourtFileEvent[]) => fold(courtFileDecider, events);
const then = (given: CourtFileEvent[], type: Parameters<typeof cmd>[0], data: Record<string, unknown>) => [...given, ...decided(given, cmd(type, data))];

describe('evolve: what the API and statistics read', () => {
  it('opens a police-forwarded file at the prosecution stage, persons with their recorded facts', () => {
    const s = state([receivedOpened]);
    expect(s).toMatchObject({
      stage: 'prosecution',
      fileId: 'PC-2020-001',
      court: 'court-battambang',
      province: 'battambang',
      origin: { kind: 'police', policeCaseId: 'PC-2020-001', forwardingUnit: 'police-battambang', forwardedOn: '2020-03-10' },
      offences: ['procuring'],
      openedOn: '2020-03-11',
      entered: { prosecution: '2020-03-11', investigation: null, trial: null },
      prosecutionDecision: null,
      closingOrder: null,
    });
    expect(s.accused['S1']).toMatchObject({ source: 'police', enteredOn: '2020-03-11', arrestedOn: '2020-03-05', birthDate: '1990-01-15', ageBand: '18_plus' });
    expect(s.accused['S2']).toMatchObject({ ageInYears: 16, ageBand: '15_17', ageBandOn: '2020-03-02', birthDate: null });
    expect(s.victims['V1']).toMatchObject({ exploitationType: 'sexual', ageInYears: 14 });
  });

  it('keeps sealed personal data sealed: no birth date in a state folded from stored events', () => {
    expect(state([received]).accused['S1']).toMatchObject({ birthDate: null, personal: sealedFor('S1') });
  });

  it('opens a direct file with its reference', () => {
    expect(state([openedDirect]).origin).toEqual({ kind: 'direct', reference: null });
  });

  it('records charges with band and sex, and adds offences first charged later to the file', () => {
    const s = state(then(atInvestigation, 'ChargePerson', { personId: 'S2', offences: ['child_pornography'], chargedOn: '2020-04-01' }));
    expect(s.accused['S2'].charges).toEqual([
      { offences: ['procuring'], chargedOn: '2020-03-12', chargedBy: 'prosecutor', sex: 'M', ageBand: '15_17' },
      { offences: ['child_pornography'], chargedOn: '2020-04-01', chargedBy: 'investigating_judge', sex: 'M', ageBand: '15_17' },
    ]);
    expect(s.offences).toEqual(['procuring', 'child_pornography']);
  });

  it('moves through the stages, dating each entry', () => {
    expect(state(atInvestigation)).toMatchObject({ stage: 'investigation', entered: { prosecution: '2020-03-11', investigation: '2020-03-13', trial: null } });
    expect(state(atTrial)).toMatchObject({ stage: 'trial', closingOrder: { outcome: 'sent_to_trial', issuedOn: '2020-06-01' }, entered: { trial: '2020-06-01' } });
    const direct = then(charged, 'DecideProsecution', { action: 'submitted_for_trial', decidedOn: '2020-03-13', trialRoute: 'immediate_appearance' });
    expect(state(direct)).toMatchObject({ stage: 'trial', entered: { investigation: null, trial: '2020-03-13' }, prosecutionDecision: { appearedOn: '2020-03-13' } });
    const retained = then(charged, 'DecideProsecution', { action: 'retained_without_processing', decidedOn: '2020-03-13', reason: 'other' });
    expect(state(retained)).toMatchObject({ stage: 'retained_without_processing', closedOn: '2020-03-13', prosecutionDecision: { reason: 'other' } });
    const dismissed = then(atInvestigation, 'IssueClosingOrder', { outcome: 'dismissed', issuedOn: '2020-05-01' });
    expect(state(dismissed)).toMatchObject({ stage: 'dismissed', closedOn: '2020-05-01' });
  });

  it('tracks detentions, extensions, their end and supervision', () => {
    let events = then(atInvestigation, 'OrderPreTrialDetention', { personId: 'S1', orderedOn: '2020-03-14', offenceClass: 'felony' });
    events = then(events, 'ExtendPreTrialDetention', { personId: 'S1', extendedOn: '2020-09-01' });
    expect(currentDetention(state(events).accused['S1'])).toMatchObject({ orderedOn: '2020-03-14', extensions: [{ extendedOn: '2020-09-01', months: 6 }], endedOn: null });
    events = then(events, 'PlaceUnderJudicialSupervision', { personId: 'S1', orderedOn: '2020-10-01' });
    const s1 = state(events).accused['S1'];
    expect(currentDetention(s1)).toBeNull();
    expect(s1.detentions[0]).toMatchObject({ endedOn: '2020-10-01', endReason: 'judicial_supervision' });
    expect(s1.supervisedSince).toBe('2020-10-01');
  });

  it('keeps the first-instance verdict as delivered and records the appeal beside it', () => {
    let events = then(atTrial, 'DeliverVerdict', { personId: 'S1', outcome: 'imprisonment', deliveredOn: '2020-09-01', termMonths: 60, custody: 'in_custody' });
    events = then(events, 'AwardCompensation', { victimId: 'V1', amount: 500000, currency: 'USD', awardedOn: '2020-09-01' });
    events = then(events, 'LodgeAppeal', { appellant: 'accused', personId: 'S1', lodgedOn: '2020-09-10' });
    events = then(events, 'RecordAppealDecision', { appealNumber: 1, decision: 'overturned', decidedOn: '2020-12-01' });
    const s = state(events);
    expect(finalVerdict(s.accused['S1'])).toEqual({ outcome: 'imprisonment', deliveredOn: '2020-09-01', termMonths: 60, custody: 'in_custody', fine: null, sex: 'F', ageBand: '18_plus' });
    expect(s.appeals).toEqual([{ appealNumber: 1, appellant: 'accused', lodgedOn: '2020-09-10', personId: 'S1', decision: 'overturned', decidedOn: '2020-12-01' }]);
    expect(s.compensation).toEqual([{ victimId: 'V1', amount: 500000, currency: 'USD', awardedOn: '2020-09-01' }]);
  });

  it('does not share arrays with the events it folds', () => {
    const s = state([openedDirect, submittedForInvestigation]);
    s.offences.push('pornography');
    expect((openedDirect.data as { offences: string[] }).offences).toEqual(['cross_border_smuggling']);
  });

  it('refuses to fold an event type it does not know', () => {
    expect(() => courtFileDecider.evolve(state([]), { type: 'court.Unknown', data: {} } as never)).toThrow(/Unknown court-file event/);
  });

  it('lists every event type in evolve (no type falls through)', () => {
    expect(Object.values(E)).toHaveLength(15);
  });
});

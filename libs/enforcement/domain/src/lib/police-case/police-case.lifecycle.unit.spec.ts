import { fold } from '@casetrail/event-sourcing';
import { policeCaseDecider } from './police-case.decider';
import { PoliceCaseEventType as E, type PoliceCaseEvent } from '@casetrail/enforcement-contracts';
import {
  anyCommandOfEachKind,
  closed,
  cmd,
  forwarded,
  opened,
  refuses,
  spec,
  suspectArrested,
  sealedFor,
  suspectIdentified,
  suspectIdentifiedOpened,
  suspectReleased,
  victimHandedOver,
  victimRescued,
} from './police-case.test-fixtures';

const suspect2: PoliceCaseEvent = {
  type: E.SuspectIdentified,
  data: { suspectId: 'S2', sex: 'M', ageAtIdentification: 40, ageBandAtIdentification: '18_plus', nationality: 'CHN', identifiedOn: '2020-03-02', personal: {} },
};
const forward = (overrides: Record<string, unknown> = {}) =>
  cmd('ForwardToProsecutor', { forwardedOn: '2020-03-10', ...overrides });
const close = (overrides: Record<string, unknown> = {}) =>
  cmd('CloseWithoutForwarding', { closedOn: '2020-04-01', reason: 'insufficient_evidence', ...overrides });
const reopen = (overrides: Record<string, unknown> = {}) =>
  cmd('ReopenCase', { reopenedOn: '2020-05-01', justification: 'New witness statement received', ...overrides });

describe('ForwardToProsecutor', () => {
  it('forwards the arrested suspects and every rescued victim', () => {
    spec.given([opened, suspectIdentified, suspectArrested, suspect2, victimRescued]).when(forward()).then([forwarded]);
  });

  it('names the court of first instance by province', () => {
    spec
      .given([opened, suspectIdentified, suspectArrested])
      .when(forward({ court: 'battambang' }))
      .then([{ type: E.CaseForwardedToProsecutor, data: { forwardedOn: '2020-03-10', suspectIds: ['S1'], victimIds: [], court: 'battambang' } }]);
  });

  it('needs a suspect under arrest', () => refuses([opened, suspectIdentified], forward(), 'NO_ARRESTED_SUSPECT', 'conflict'));
  it('does not count released suspects', () =>
    refuses([opened, suspectIdentified, suspectArrested, suspectReleased], forward(), 'NO_ARRESTED_SUSPECT', 'conflict'));
  it('refuses a forwarding dated before an arrest', () =>
    refuses([opened, suspectIdentified, suspectArrested], forward({ forwardedOn: '2020-03-04' }), 'DATE_BEFORE_ARREST', 'unprocessable'));
  it('refuses an unknown court', () =>
    refuses([opened, suspectIdentified, suspectArrested], forward({ court: 'atlantis' }), 'UNKNOWN_COURT', 'unprocessable'));
});

describe('CloseWithoutForwarding', () => {
  it('closes a case with a reason', () => {
    spec.given([opened, suspectIdentified, suspectArrested, suspectReleased]).when(close()).then([closed]);
  });
  it('refuses to close while a suspect is under arrest', () =>
    refuses([opened, suspectIdentified, suspectArrested], close(), 'SUSPECTS_STILL_ARRESTED', 'conflict'));
  it('refuses an unknown reason', () => refuses([opened], close({ reason: 'bored' }), 'UNKNOWN_CLOSURE_REASON', 'unprocessable'));
  it('refuses a closure before the opening', () =>
    refuses([opened], close({ closedOn: '2020-01-01' }), 'DATE_BEFORE_CASE_OPENED', 'unprocessable'));
});

describe('ReopenCase', () => {
  it('reopens a closed case with a justification, which may then change again', () => {
    spec
      .given([opened, closed])
      .when(reopen())
      .then([{ type: E.CaseReopened, data: { reopenedOn: '2020-05-01', justification: 'New witness statement received' } }]);
    spec
      .given([opened, closed, { type: E.CaseReopened, data: { reopenedOn: '2020-05-01', justification: 'x' } }])
      .when(cmd('AddOffence', { offence: 'pornography', addedOn: '2020-05-02' }))
      .then([{ type: E.OffenceAdded, data: { offence: 'pornography', addedOn: '2020-05-02' } }]);
  });
  it('needs a justification', () => refuses([opened, closed], reopen({ justification: '   ' }), 'JUSTIFICATION_REQUIRED', 'unprocessable'));
  it('refuses a reopening dated before the closure', () =>
    refuses([opened, closed], reopen({ reopenedOn: '2020-03-31' }), 'DATE_BEFORE_CLOSURE', 'unprocessable'));
  it('refuses to reopen an open case', () => refuses([opened], reopen(), 'CASE_NOT_CLOSED', 'conflict'));
  it('refuses to reopen a forwarded case: it is with the prosecutor', () =>
    refuses([opened, suspectIdentified, suspectArrested, forwarded], reopen(), 'CASE_FORWARDED', 'conflict'));
});

describe('no change after forwarding or closing', () => {
  const forwardedCase = [opened, suspectIdentified, suspectArrested, victimRescued, forwarded];
  const closedCase = [opened, suspectIdentified, suspectArrested, victimRescued, suspectReleased, closed];
  it.each(anyCommandOfEachKind.map((c) => [c.type, c] as const))('refuses %s on a forwarded case', (_t, command) =>
    refuses(forwardedCase, command, 'CASE_FORWARDED', 'conflict'),
  );
  it.each(anyCommandOfEachKind.map((c) => [c.type, c] as const))('refuses %s on a closed case', (_t, command) =>
    refuses(closedCase, command, 'CASE_CLOSED', 'conflict'),
  );
});

describe('evolve', () => {
  it('folds a whole case into its state, opened personal data included', () => {
    const state = fold(policeCaseDecider, [
      opened,
      suspectIdentifiedOpened,
      suspectArrested,
      suspect2,
      victimRescued,
      victimHandedOver,
      forwarded,
    ]);
    expect(state).toMatchObject({
      status: 'forwarded',
      caseId: 'PC-2020-001',
      province: 'battambang',
      unit: { code: 'police-battambang', type: 'provincial_police' },
      offences: ['procuring'],
      openedOn: '2020-03-01',
      forwardedOn: '2020-03-10',
      forwardedSuspectIds: ['S1'],
    });
    expect(state.suspects['S1']).toMatchObject({
      status: 'arrested',
      arrestedOn: '2020-03-05',
      birthDate: '1990-01-15',
      ageBandAtIdentification: '18_plus',
      ageBandAtArrest: '18_plus',
    });
    expect(state.suspects['S1'].personal).toEqual({ fullName: 'Synthetic Suspect One', birthDate: '1990-01-15' });
    expect(state.suspects['S2']).toMatchObject({ status: 'identified', ageAtIdentification: 40, arrestedOn: null, ageBandAtArrest: null });
    expect(state.victims['V1']).toMatchObject({ ageAtRescue: 14, ageBand: 'under_15', birthDate: null });
    expect(state.victims['V1'].handedOver).toEqual({ destination: 'social_affairs', handedOverOn: '2020-03-07', organisation: null });
  });

  it('keeps sealed personal data sealed: no birth date in a state folded from stored events', () => {
    const state = fold(policeCaseDecider, [opened, suspectIdentified, victimRescued]);
    expect(state.suspects['S1']).toMatchObject({ birthDate: null, personal: sealedFor('S1') });
    expect(state.victims['V1']).toMatchObject({ birthDate: null, personal: sealedFor('V1') });
  });

  it('tracks release, closure and reopening', () => {
    const reopened: PoliceCaseEvent = { type: E.CaseReopened, data: { reopenedOn: '2020-05-01', justification: 'x' } };
    const state = fold(policeCaseDecider, [opened, suspectIdentified, suspectArrested, suspectReleased, closed, reopened]);
    expect(state.suspects['S1']).toMatchObject({ status: 'released', releasedOn: '2020-03-06', releaseReason: 'insufficient_evidence' });
    expect(state).toMatchObject({ status: 'open', closedOn: null, closureReason: null, reopenedOn: '2020-05-01' });
  });

  it('does not share arrays with the events it folds', () => {
    const state = fold(policeCaseDecider, [opened]);
    state.offences.push('pornography');
    expect((opened.data as { offences: string[] }).offences).toEqual(['procuring']);
  });
});

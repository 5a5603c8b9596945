import { fold } from '@casetrail/event-sourcing';
import { rememberSealedForm } from '@casetrail/kernel';
import { policeCaseDecider } from './police-case.decider';
import { PoliceCaseEventType as E, type PoliceCaseEvent } from '@casetrail/enforcement-contracts';
import {
  anyCommandOfEachKind,
  closed,
  cmd,
  forwarded,
  forwardedSuspectS1,
  forwardedVictimV1,
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
      .then([
        {
          type: E.CaseForwardedToProsecutor,
          data: {
            forwardedOn: '2020-03-10',
            suspectIds: ['S1'],
            victimIds: [],
            court: 'battambang',
            persons: { suspects: [forwardedSuspectS1], victims: [] },
            offences: ['procuring'],
            unit: 'police-battambang',
            province: 'battambang',
          },
        },
      ]);
  });

  describe('version 2: the persons forwarded, with their facts', () => {
    // S1: birth date sealed, arrested. S2: age in years, never arrested. S3: age in years at an
    // earlier identification, arrested later. S4: arrested, then released. V1: age at rescue.
    // V2: birth date sealed.
    const s3Identified: PoliceCaseEvent = {
      type: E.SuspectIdentified,
      data: { suspectId: 'S3', sex: 'M', ageAtIdentification: 17, ageBandAtIdentification: '15_17', nationality: 'VNM', identifiedOn: '2020-03-02', personal: sealedFor('S3') },
    };
    const s3Arrested: PoliceCaseEvent = { type: E.SuspectArrested, data: { suspectId: 'S3', arrestedOn: '2020-03-08', detainedAndSentToCourt: true, ageBand: '15_17' } };
    const s4Identified: PoliceCaseEvent = {
      type: E.SuspectIdentified,
      data: { suspectId: 'S4', sex: 'M', ageAtIdentification: 30, ageBandAtIdentification: '18_plus', nationality: 'KHM', identifiedOn: '2020-03-02', personal: {} },
    };
    const s4Arrested: PoliceCaseEvent = { type: E.SuspectArrested, data: { suspectId: 'S4', arrestedOn: '2020-03-03', detainedAndSentToCourt: true, ageBand: '18_plus' } };
    const s4Released: PoliceCaseEvent = { type: E.SuspectReleased, data: { suspectId: 'S4', releasedOn: '2020-03-04', reason: 'not_involved' } };
    const v2Rescued: PoliceCaseEvent = {
      type: E.VictimRescued,
      data: { victimId: 'V2', sex: 'M', ageBand: '15_17', nationality: 'THA', exploitationType: 'labour', rescuedOn: '2020-03-06', personal: sealedFor('V2') },
    };
    const offenceAdded: PoliceCaseEvent = { type: E.OffenceAdded, data: { offence: 'pornography', addedOn: '2020-03-03' } };
    const given = [opened, offenceAdded, suspectIdentified, suspectArrested, suspect2, s3Identified, s4Identified, s4Arrested, s4Released, s3Arrested, victimRescued, v2Rescued];

    it('carries exactly the suspects under arrest and every victim, with the facts the court needs', () => {
      spec
        .given(given)
        .when(forward())
        .then([
          {
            type: E.CaseForwardedToProsecutor,
            data: {
              forwardedOn: '2020-03-10',
              suspectIds: ['S1', 'S3'],
              victimIds: ['V1', 'V2'],
              persons: {
                suspects: [
                  forwardedSuspectS1,
                  // An age in years goes with the date it was true (identification), not the arrest.
                  { suspectId: 'S3', sex: 'M', nationality: 'VNM', ageInYears: 17, ageBand: '15_17', ageBandOn: '2020-03-02', arrestedOn: '2020-03-08', personal: sealedFor('S3') },
                ],
                victims: [
                  forwardedVictimV1,
                  { victimId: 'V2', sex: 'M', nationality: 'THA', ageBand: '15_17', ageBandOn: '2020-03-06', rescuedOn: '2020-03-06', exploitationType: 'labour', personal: sealedFor('V2') },
                ],
              },
              offences: ['procuring', 'pornography'],
              unit: 'police-battambang',
              province: 'battambang',
            },
          },
        ]);
    });

    it('forwards personal data as stored (sealed), never as the service opened it to decide', () => {
      const openedS1 = rememberSealedForm({ fullName: 'Synthetic Suspect One', birthDate: '1990-01-15' }, sealedFor('S1'));
      const openedEvent = { ...suspectIdentified, data: { ...(suspectIdentified.data as object), personal: openedS1 } } as PoliceCaseEvent;
      spec.given([opened, openedEvent, suspectArrested, victimRescued]).when(forward()).then([forwarded]);
      const [event] = policeCaseDecider.decide(forward(), fold(policeCaseDecider, [opened, openedEvent, suspectArrested, victimRescued]));
      expect(JSON.stringify(event.data)).not.toMatch(/birthDate|Synthetic/);
    });

    it('forwards the sealed envelope of a forgotten person (the court can open it no more than the police)', () => {
      const forgotten = rememberSealedForm({ forgotten: true as const }, sealedFor('S1'));
      const forgottenEvent = { ...suspectIdentified, data: { ...(suspectIdentified.data as object), personal: forgotten } } as PoliceCaseEvent;
      spec.given([opened, forgottenEvent, suspectArrested, victimRescued]).when(forward()).then([forwarded]);
    });

    it('refuses to forward personal data read without its stored form (a reader bug, not a rule)', () => {
      spec
        .given([opened, suspectIdentifiedOpened, suspectArrested])
        .when(forward())
        .thenThrows(Error, (e) => /without its stored form/.test(e.message));
    });
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

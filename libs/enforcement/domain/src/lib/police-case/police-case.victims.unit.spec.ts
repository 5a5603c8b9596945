import { PoliceCaseEventType as E } from '@casetrail/enforcement-contracts';
import { policeCaseDecider } from './police-case.decider';
import { rememberSealedForm } from '@casetrail/kernel';
import { cmd, handedOverVictimV1, opened, refuses, sealedFor, spec, victimHandedOver, victimRescued } from './police-case.test-fixtures';

const rescue = (overrides: Record<string, unknown> = {}) =>
  cmd('RescueVictim', {
    victimId: 'V1',
    sex: 'F',
    ageAtRescue: 14,
    nationality: 'KHM',
    exploitationType: 'sexual',
    rescuedOn: '2020-03-05',
    personal: sealedFor('V1'),
    ...overrides,
  });
const handOver = (overrides: Record<string, unknown> = {}) =>
  cmd('HandOverVictim', { victimId: 'V1', destination: 'social_affairs', handedOverOn: '2020-03-07', ...overrides });

describe('RescueVictim', () => {
  it('records a rescued victim with the age band, personal data sealed apart', () => {
    spec.given([opened]).when(rescue()).then([victimRescued]);
  });

  it('derives the age band at the rescue from a birth date and keeps the birth date only sealed', () => {
    spec
      .given([opened])
      .when(rescue({ ageAtRescue: undefined, birthDate: '2002-03-05', nationality: 'VNM', exploitationType: 'forced_criminality' }))
      .then([
        {
          type: E.VictimRescued,
          data: {
            victimId: 'V1',
            sex: 'F',
            ageBand: '18_plus',
            nationality: 'VNM',
            exploitationType: 'forced_criminality',
            rescuedOn: '2020-03-05',
            personal: sealedFor('V1'),
          },
        },
      ]);
    // Born 2002-03-06, rescued 2020-03-05: one day short of 18.
    const [event] = policeCaseDecider.decide(
      rescue({ ageAtRescue: undefined, birthDate: '2002-03-06' }),
      policeCaseDecider.evolve(policeCaseDecider.initialState(), opened),
    );
    expect(event.data).toMatchObject({ ageBand: '15_17' });
    expect(event.data).not.toHaveProperty('ageAtRescue');
  });

  it('writes no identifying data in clear into the event (canary)', () => {
    const state = policeCaseDecider.evolve(policeCaseDecider.initialState(), opened);
    const stored = JSON.stringify(policeCaseDecider.decide(rescue({ ageAtRescue: undefined, birthDate: '2006-07-08' }), state));
    expect(stored).not.toContain('2006-07-08');
    expect(stored).not.toContain('birthDate');
    expect(stored).not.toContain('fullName');
  });

  it('refuses a name in clear', () =>
    refuses([opened], rescue({ personal: { fullName: 'Synthetic Victim One' } }), 'PERSONAL_DATA_NOT_SEALED', 'unprocessable'));
  it('refuses a birth date that is not also sealed', () =>
    refuses([opened], rescue({ ageAtRescue: undefined, birthDate: '2003-03-05', personal: undefined }), 'PERSONAL_DATA_NOT_SEALED', 'unprocessable'));
  it('refuses personal data sealed for another person', () =>
    refuses([opened], rescue({ personal: sealedFor('V2') }), 'PERSONAL_DATA_OF_ANOTHER_PERSON', 'unprocessable'));

  it('refuses a victim id used twice', () => refuses([opened, victimRescued], rescue(), 'DUPLICATE_VICTIM', 'conflict'));
  it('refuses an unknown exploitation type', () =>
    refuses([opened], rescue({ exploitationType: 'tourism' }), 'UNKNOWN_EXPLOITATION_TYPE', 'unprocessable'));
  it('refuses a birth date after the rescue', () =>
    refuses([opened], rescue({ ageAtRescue: undefined, birthDate: '2020-03-06' }), 'BIRTH_DATE_AFTER_EVENT', 'unprocessable'));
  it.each(['0000-01-01', '1899-01-01', '1899-03-05'])('refuses a birth date %s, more than 120 years before the rescue', (birthDate) =>
    refuses([opened], rescue({ ageAtRescue: undefined, birthDate }), 'BIRTH_DATE_OUT_OF_RANGE', 'unprocessable'));
  it('accepts a birth date 120 years before the rescue', () => {
    const [event] = policeCaseDecider.decide(rescue({ ageAtRescue: undefined, birthDate: '1900-03-05' }), policeCaseDecider.evolve(policeCaseDecider.initialState(), opened));
    expect(event).toMatchObject({ type: E.VictimRescued, data: { ageBand: '18_plus' } });
  });
  it('needs an age', () => refuses([opened], rescue({ ageAtRescue: undefined }), 'AGE_REQUIRED', 'unprocessable'));
  it('refuses a fractional age', () => refuses([opened], rescue({ ageAtRescue: 14.5 }), 'INVALID_AGE', 'unprocessable'));
  it('refuses a rescue before the case was opened', () =>
    refuses([opened], rescue({ rescuedOn: '2020-02-29' }), 'DATE_BEFORE_CASE_OPENED', 'unprocessable'));
  it('refuses a malformed victim id', () => refuses([opened], rescue({ victimId: '' }), 'INVALID_ID', 'unprocessable'));
});

describe('HandOverVictim', () => {
  it('hands a rescued victim over, with her facts at the rescue and the case\'s province and unit (version 2)', () => {
    spec.given([opened, victimRescued]).when(handOver()).then([victimHandedOver]);
  });

  it('names the partner organisation when given', () => {
    spec
      .given([opened, victimRescued])
      .when(handOver({ destination: 'partner_organisation', organisation: 'Synthetic Shelter NGO' }))
      .then([
        {
          type: E.VictimHandedOver,
          data: {
            victimId: 'V1',
            destination: 'partner_organisation',
            handedOverOn: '2020-03-07',
            organisation: 'Synthetic Shelter NGO',
            victim: handedOverVictimV1,
            province: 'battambang',
            unit: 'police-battambang',
          },
        },
      ]);
  });

  it('carries a birth date only sealed: the band at the rescue, no age in years', () => {
    const rescuedWithBirthDate = {
      ...victimRescued,
      data: { victimId: 'V1', sex: 'M', ageBand: '15_17', nationality: 'THA', exploitationType: 'labour', rescuedOn: '2020-03-06', personal: sealedFor('V1') },
    } as typeof victimRescued;
    spec
      .given([opened, rescuedWithBirthDate])
      .when(handOver({ destination: 'family' }))
      .then([
        {
          type: E.VictimHandedOver,
          data: {
            victimId: 'V1',
            destination: 'family',
            handedOverOn: '2020-03-07',
            victim: { sex: 'M', nationality: 'THA', ageBand: '15_17', ageBandOn: '2020-03-06', exploitationType: 'labour', rescuedOn: '2020-03-06', personal: sealedFor('V1') },
            province: 'battambang',
            unit: 'police-battambang',
          },
        },
      ]);
  });

  it('hands personal data over as stored (sealed), never as the service opened it to decide', () => {
    const openedPart = rememberSealedForm({ fullName: 'Synthetic Victim One', birthDate: '2006-01-15' }, sealedFor('V1'));
    const openedRescue = { ...victimRescued, data: { ...(victimRescued.data as object), personal: openedPart } } as typeof victimRescued;
    spec.given([opened, openedRescue]).when(handOver()).then([victimHandedOver]);
    const [event] = policeCaseDecider.decide(handOver(), [opened, openedRescue].reduce(policeCaseDecider.evolve, policeCaseDecider.initialState()));
    expect(JSON.stringify(event.data)).not.toMatch(/birthDate|Synthetic/);
  });

  it('hands over the sealed envelope of a forgotten victim (social affairs can open it no more than the police)', () => {
    const forgotten = rememberSealedForm({ forgotten: true as const }, sealedFor('V1'));
    const forgottenRescue = { ...victimRescued, data: { ...(victimRescued.data as object), personal: forgotten } } as typeof victimRescued;
    spec.given([opened, forgottenRescue]).when(handOver()).then([victimHandedOver]);
  });

  it('refuses to hand over personal data read without its stored form (a reader bug, not a rule)', () => {
    const openedOnly = { ...victimRescued, data: { ...(victimRescued.data as object), personal: { fullName: 'Synthetic Victim One' } } } as typeof victimRescued;
    spec
      .given([opened, openedOnly])
      .when(handOver())
      .thenThrows(Error, (e) => /without its stored form/.test(e.message));
  });

  it('refuses a victim not rescued in this case', () => refuses([opened], handOver(), 'VICTIM_NOT_RESCUED', 'conflict'));
  it('refuses a second hand-over', () =>
    refuses([opened, victimRescued, victimHandedOver], handOver({ destination: 'family' }), 'VICTIM_ALREADY_HANDED_OVER', 'conflict'));
  it('refuses an unknown destination', () =>
    refuses([opened, victimRescued], handOver({ destination: 'hotel' }), 'UNKNOWN_DESTINATION', 'unprocessable'));
  it('refuses a hand-over before the rescue', () =>
    refuses([opened, victimRescued], handOver({ handedOverOn: '2020-03-04' }), 'DATE_BEFORE_RESCUE', 'unprocessable'));
});

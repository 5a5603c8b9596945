import { PoliceCaseEventType as E } from '@casetrail/enforcement-contracts';
import { policeCaseDecider } from './police-case.decider';
import { cmd, opened, refuses, sealedFor, spec, victimHandedOver, victimRescued } from './police-case.test-fixtures';

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
  it('hands a rescued victim over', () => {
    spec.given([opened, victimRescued]).when(handOver()).then([victimHandedOver]);
  });

  it('names the partner organisation when given', () => {
    spec
      .given([opened, victimRescued])
      .when(handOver({ destination: 'partner_organisation', organisation: 'Synthetic Shelter NGO' }))
      .then([
        {
          type: E.VictimHandedOver,
          data: { victimId: 'V1', destination: 'partner_organisation', handedOverOn: '2020-03-07', organisation: 'Synthetic Shelter NGO' },
        },
      ]);
  });

  it('refuses a victim not rescued in this case', () => refuses([opened], handOver(), 'VICTIM_NOT_RESCUED', 'conflict'));
  it('refuses a second hand-over', () =>
    refuses([opened, victimRescued, victimHandedOver], handOver({ destination: 'family' }), 'VICTIM_ALREADY_HANDED_OVER', 'conflict'));
  it('refuses an unknown destination', () =>
    refuses([opened, victimRescued], handOver({ destination: 'hotel' }), 'UNKNOWN_DESTINATION', 'unprocessable'));
  it('refuses a hand-over before the rescue', () =>
    refuses([opened, victimRescued], handOver({ handedOverOn: '2020-03-04' }), 'DATE_BEFORE_RESCUE', 'unprocessable'));
});

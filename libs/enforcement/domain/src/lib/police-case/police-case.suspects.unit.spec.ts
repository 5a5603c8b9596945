import { policeCaseDecider } from './police-case.decider';
import { PoliceCaseEventType as E, type PoliceCaseEvent } from '@casetrail/enforcement-contracts';
import type { PoliceCaseCommand } from './police-case.commands';
import {
  cmd,
  metadata,
  opened,
  refuses,
  sealedFor,
  spec,
  suspectArrested,
  suspectIdentified,
  suspectIdentifiedOpened,
  suspectReleased,
} from './police-case.test-fixtures';

/** The command as the service hands it over: birth date in clear (to derive), personal sealed. */
const identify = (overrides: Record<string, unknown> = {}) =>
  cmd('IdentifySuspect', {
    suspectId: 'S1',
    sex: 'F',
    birthDate: '1990-01-15',
    nationality: 'KHM',
    identifiedOn: '2020-03-02',
    personal: sealedFor('S1'),
    ...overrides,
  });

/** A suspect of 17 when identified (born 2002-03-10), 18 from 2020-03-10. */
const minorIdentified = (personal: unknown): PoliceCaseEvent =>
  ({
    type: E.SuspectIdentified,
    data: { suspectId: 'S3', sex: 'M', ageBandAtIdentification: '15_17', nationality: 'KHM', identifiedOn: '2020-03-02', personal },
  }) as PoliceCaseEvent;
const arrested = (suspectId: string, arrestedOn: string, ageBand: string): PoliceCaseEvent =>
  ({ type: E.SuspectArrested, data: { suspectId, arrestedOn, detainedAndSentToCourt: true, ageBand } }) as PoliceCaseEvent;
const arrest = (arrestedOn = '2020-03-05', suspectId = 'S1') => cmd('ArrestSuspect', { suspectId, arrestedOn });
const release = (overrides: Record<string, unknown> = {}) =>
  cmd('ReleaseSuspect', { suspectId: 'S1', releasedOn: '2020-03-06', reason: 'insufficient_evidence', ...overrides });

describe('IdentifySuspect', () => {
  it('records the age band in clear and copies the sealed personal data as is, never the birth date', () => {
    spec.given([opened]).when(identify()).then([suspectIdentified]);
  });

  it('writes no identifying data in clear into the event (canary)', () => {
    const events = policeCaseDecider.decide(identify({ birthDate: '1990-01-15' }), policeCaseDecider.evolve(policeCaseDecider.initialState(), opened));
    const stored = JSON.stringify(events);
    expect(stored).not.toContain('1990-01-15');
    expect(stored).not.toContain('birthDate');
    expect(stored).not.toContain('fullName');
  });

  it('records an age instead of a birth date, and no personal data at all', () => {
    spec
      .given([opened])
      .when(identify({ birthDate: undefined, ageAtIdentification: 16, nationality: 'CHN', personal: {} }))
      .then([
        {
          type: E.SuspectIdentified,
          data: { suspectId: 'S1', sex: 'F', ageAtIdentification: 16, ageBandAtIdentification: '15_17', nationality: 'CHN', identifiedOn: '2020-03-02', personal: {} },
        },
      ]);
  });

  it('refuses a name in clear', () =>
    refuses([opened], identify({ personal: { fullName: 'Synthetic Suspect One' } }), 'PERSONAL_DATA_NOT_SEALED', 'unprocessable'));
  it('refuses a birth date that is not also sealed', () =>
    refuses([opened], identify({ personal: undefined }), 'PERSONAL_DATA_NOT_SEALED', 'unprocessable'));
  it('refuses personal data sealed for another person', () =>
    refuses([opened], identify({ personal: sealedFor('S2') }), 'PERSONAL_DATA_OF_ANOTHER_PERSON', 'unprocessable'));

  it('refuses a suspect id used twice', () => refuses([opened, suspectIdentified], identify(), 'DUPLICATE_SUSPECT', 'conflict'));
  it('needs a birth date or an age', () =>
    refuses([opened], identify({ birthDate: undefined }), 'AGE_REQUIRED', 'unprocessable'));
  it('refuses both a birth date and an age', () =>
    refuses([opened], identify({ ageAtIdentification: 30 }), 'AGE_AMBIGUOUS', 'unprocessable'));
  it('refuses an impossible age', () =>
    refuses([opened], identify({ birthDate: undefined, ageAtIdentification: -2 }), 'INVALID_AGE', 'unprocessable'));
  it('refuses a birth date after the identification', () =>
    refuses([opened], identify({ birthDate: '2020-03-03' }), 'BIRTH_DATE_AFTER_EVENT', 'unprocessable'));
  it('refuses a birth date more than 120 years before the identification', () =>
    refuses([opened], identify({ birthDate: '1899-01-01' }), 'BIRTH_DATE_OUT_OF_RANGE', 'unprocessable'));
  it('refuses an unknown sex', () => refuses([opened], identify({ sex: 'X' }), 'UNKNOWN_SEX', 'unprocessable'));
  it('refuses an unknown nationality', () =>
    refuses([opened], identify({ nationality: 'ZZZ' }), 'UNKNOWN_NATIONALITY', 'unprocessable'));
  it('refuses an identification before the case was opened', () =>
    refuses([opened], identify({ identifiedOn: '2020-02-01' }), 'DATE_BEFORE_CASE_OPENED', 'unprocessable'));
});

describe('ArrestSuspect', () => {
  it('arrests an identified suspect (detained and sent to court), with the age band at the arrest', () => {
    spec.given([opened, suspectIdentifiedOpened]).when(arrest()).then([suspectArrested]);
  });

  it('arrests a released suspect again', () => {
    spec
      .given([opened, suspectIdentifiedOpened, suspectArrested, suspectReleased])
      .when(arrest('2020-03-08'))
      .then([arrested('S1', '2020-03-08', '18_plus')]);
  });

  it('bands a minor again at the arrest date from the opened birth date (17 → 18)', () => {
    const opened3 = minorIdentified({ fullName: 'Synthetic Suspect Three', birthDate: '2002-03-10' });
    spec.given([opened, opened3]).when(arrest('2020-03-09', 'S3')).then([arrested('S3', '2020-03-09', '15_17')]);
    spec.given([opened, opened3]).when(arrest('2020-03-10', 'S3')).then([arrested('S3', '2020-03-10', '18_plus')]);
  });

  it('uses an age recorded in years as given', () => {
    const byAge: PoliceCaseEvent = {
      type: E.SuspectIdentified,
      data: { suspectId: 'S4', sex: 'M', ageAtIdentification: 17, ageBandAtIdentification: '15_17', nationality: 'KHM', identifiedOn: '2020-03-02', personal: {} },
    };
    spec.given([opened, byAge]).when(arrest('2020-12-30', 'S4')).then([arrested('S4', '2020-12-30', '15_17')]);
  });

  describe('a suspect identified with a birth date and forgotten before the arrest (the birth date is gone)', () => {
    // S3 was 15-17 on 2020-03-02 (born 2002-03-10: in truth 18 from 2020-03-10).
    const forgottenMinor = minorIdentified({ forgotten: true });
    /** An arrest recorded in 2024, so that later arrest dates are not in the future. */
    const arrest = (arrestedOn: string, suspectId: string) =>
      ({ ...cmd('ArrestSuspect', { suspectId, arrestedOn }), metadata: { ...metadata, now: '2024-01-01T00:00:00.000Z' } }) as PoliceCaseCommand;

    it('keeps the band known at identification while no whole year has passed: still a minor', () => {
      spec.given([opened, forgottenMinor]).when(arrest('2020-03-10', 'S3')).then([arrested('S3', '2020-03-10', '15_17')]);
      spec.given([opened, forgottenMinor]).when(arrest('2023-03-01', 'S3')).then([arrested('S3', '2023-03-01', '15_17')]);
    });

    it('moves to 18 and over once three whole years have passed since a 15-17 identification', () => {
      spec.given([opened, forgottenMinor]).when(arrest('2023-03-02', 'S3')).then([arrested('S3', '2023-03-02', '18_plus')]);
    });

    it('starts from the latest band known: one derived at an earlier arrest, before the forget', () => {
      const firstArrest = arrested('S3', '2021-06-01', '18_plus');
      const release = { type: E.SuspectReleased, data: { suspectId: 'S3', releasedOn: '2021-06-02', reason: 'other' } } as PoliceCaseEvent;
      spec.given([opened, forgottenMinor, firstArrest, release]).when(arrest('2021-07-01', 'S3')).then([arrested('S3', '2021-07-01', '18_plus')]);
    });

    it('never records an unknown band any more', () => {
      const unknownEarlier = arrested('S3', '2020-03-03', 'unknown');
      const release = { type: E.SuspectReleased, data: { suspectId: 'S3', releasedOn: '2020-03-04', reason: 'other' } } as PoliceCaseEvent;
      spec.given([opened, forgottenMinor, unknownEarlier, release]).when(arrest('2020-03-05', 'S3')).then([arrested('S3', '2020-03-05', '15_17')]);
    });
  });

  it('keeps an adult forgotten before the arrest an adult (bands only go up)', () => {
    const forgottenAdult = { ...suspectIdentified, data: { ...(suspectIdentified.data as object), personal: { forgotten: true } } } as PoliceCaseEvent;
    spec.given([opened, forgottenAdult]).when(arrest()).then([suspectArrested]);
  });

  it('fails loudly when the service did not open the personal data it needs', () => {
    spec.given([opened, minorIdentified(sealedFor('S3'))]).when(arrest('2020-03-10', 'S3')).thenThrows(Error, (e) => /not opened/.test(e.message));
  });

  it('refuses to arrest a suspect not identified', () =>
    refuses([opened], arrest(), 'SUSPECT_NOT_IDENTIFIED', 'conflict'));
  it('refuses a second arrest', () =>
    refuses([opened, suspectIdentified, suspectArrested], arrest('2020-03-07'), 'SUSPECT_ALREADY_ARRESTED', 'conflict'));
  it('refuses an arrest before the identification', () =>
    refuses([opened, suspectIdentified], arrest('2020-03-01'), 'DATE_BEFORE_IDENTIFICATION', 'unprocessable'));
  it('refuses a new arrest dated before the release', () =>
    refuses([opened, suspectIdentified, suspectArrested, suspectReleased], arrest('2020-03-05'), 'DATE_BEFORE_RELEASE', 'unprocessable'));
  it('refuses an arrest in the future', () =>
    refuses([opened, suspectIdentified], arrest('2021-06-01'), 'DATE_IN_FUTURE', 'unprocessable'));
});

describe('ReleaseSuspect', () => {
  it('releases an arrested suspect', () => {
    spec.given([opened, suspectIdentified, suspectArrested]).when(release()).then([suspectReleased]);
  });
  it('refuses to release a suspect who was never arrested', () =>
    refuses([opened, suspectIdentified], release(), 'SUSPECT_NOT_ARRESTED', 'conflict'));
  it('refuses to release a suspect twice', () =>
    refuses([opened, suspectIdentified, suspectArrested, suspectReleased], release(), 'SUSPECT_NOT_ARRESTED', 'conflict'));
  it('refuses to release an unknown suspect', () =>
    refuses([opened], release({ suspectId: 'S404' }), 'SUSPECT_NOT_ARRESTED', 'conflict'));
  it('refuses a release before the arrest', () =>
    refuses([opened, suspectIdentified, suspectArrested], release({ releasedOn: '2020-03-04' }), 'DATE_BEFORE_ARREST', 'unprocessable'));
  it('refuses an unknown reason', () =>
    refuses([opened, suspectIdentified, suspectArrested], release({ reason: 'bribe' }), 'UNKNOWN_RELEASE_REASON', 'unprocessable'));
});

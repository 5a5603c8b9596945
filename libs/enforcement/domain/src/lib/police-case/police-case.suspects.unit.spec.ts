import { PoliceCaseEventType as E } from './police-case.events';
import {
  cmd,
  opened,
  refuses,
  spec,
  suspectArrested,
  suspectIdentified,
  suspectReleased,
} from './police-case.test-fixtures';

const identify = (overrides: Record<string, unknown> = {}) =>
  cmd('IdentifySuspect', {
    suspectId: 'S1',
    sex: 'F',
    birthDate: '1990-01-15',
    nationality: 'KHM',
    identifiedOn: '2020-03-02',
    personal: { fullName: 'Synthetic Suspect One' },
    ...overrides,
  });
const arrest = (arrestedOn = '2020-03-05', suspectId = 'S1') => cmd('ArrestSuspect', { suspectId, arrestedOn });
const release = (overrides: Record<string, unknown> = {}) =>
  cmd('ReleaseSuspect', { suspectId: 'S1', releasedOn: '2020-03-06', reason: 'insufficient_evidence', ...overrides });

describe('IdentifySuspect', () => {
  it('records the facts apart from the personal data', () => {
    spec.given([opened]).when(identify()).then([suspectIdentified]);
  });

  it('records an age instead of a birth date, and no name at all', () => {
    spec
      .given([opened])
      .when(identify({ birthDate: undefined, ageAtIdentification: 16, nationality: 'CHN', personal: { fullName: '  ' } }))
      .then([
        {
          type: E.SuspectIdentified,
          data: { suspectId: 'S1', sex: 'F', ageAtIdentification: 16, nationality: 'CHN', identifiedOn: '2020-03-02', personal: {} },
        },
      ]);
  });

  it('refuses a suspect id used twice', () => refuses([opened, suspectIdentified], identify(), 'DUPLICATE_SUSPECT', 'conflict'));
  it('needs a birth date or an age', () =>
    refuses([opened], identify({ birthDate: undefined }), 'AGE_REQUIRED', 'unprocessable'));
  it('refuses both a birth date and an age', () =>
    refuses([opened], identify({ ageAtIdentification: 30 }), 'AGE_AMBIGUOUS', 'unprocessable'));
  it('refuses an impossible age', () =>
    refuses([opened], identify({ birthDate: undefined, ageAtIdentification: -2 }), 'INVALID_AGE', 'unprocessable'));
  it('refuses a birth date after the identification', () =>
    refuses([opened], identify({ birthDate: '2020-03-03' }), 'BIRTH_DATE_AFTER_EVENT', 'unprocessable'));
  it('refuses an unknown sex', () => refuses([opened], identify({ sex: 'X' }), 'UNKNOWN_SEX', 'unprocessable'));
  it('refuses an unknown nationality', () =>
    refuses([opened], identify({ nationality: 'ZZZ' }), 'UNKNOWN_NATIONALITY', 'unprocessable'));
  it('refuses an identification before the case was opened', () =>
    refuses([opened], identify({ identifiedOn: '2020-02-01' }), 'DATE_BEFORE_CASE_OPENED', 'unprocessable'));
});

describe('ArrestSuspect', () => {
  it('arrests an identified suspect (detained and sent to court)', () => {
    spec.given([opened, suspectIdentified]).when(arrest()).then([suspectArrested]);
  });

  it('arrests a released suspect again', () => {
    spec
      .given([opened, suspectIdentified, suspectArrested, suspectReleased])
      .when(arrest('2020-03-08'))
      .then([{ type: E.SuspectArrested, data: { suspectId: 'S1', arrestedOn: '2020-03-08', detainedAndSentToCourt: true } }]);
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

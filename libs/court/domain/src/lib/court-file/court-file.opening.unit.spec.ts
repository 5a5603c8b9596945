import { CourtFileEventType as E, type CourtFileEvent } from '@casetrail/court-contracts';
import {
  atInvestigation,
  atProsecution,
  atTrial,
  cmd,
  decided,
  decides,
  forwardingData,
  openedDirect,
  received,
  refuses,
  sealedFor,
} from './court-file.test-fixtures';

const forward = (overrides: Record<string, unknown> = {}) => cmd('OpenCourtFileFromPoliceForwarding', { ...forwardingData, ...overrides });
const withAccused = (change: Record<string, unknown>) => forward({ accused: [{ ...forwardingData.accused[0], ...change }] });
const open = (overrides: Record<string, unknown> = {}) =>
  cmd('OpenCourtFile', { fileId: 'CF-2020-007', court: 'court-phnom-penh', openedOn: '2020-03-01', offences: ['cross_border_smuggling'], ...overrides });

describe('OpenCourtFileFromPoliceForwarding', () => {
  it('opens the file with the police case id, the forwarded accused and victims, personal parts copied as sealed', () => {
    decides([], forward(), [received]);
  });

  it('cannot open a second file for a redelivered forwarding', () => refuses([received], forward(), 'FILE_ALREADY_OPENED', 'conflict'));
  it('opens the file under the police case id only', () =>
    refuses([], forward({ fileId: 'CF-1' }), 'FILE_ID_NOT_POLICE_CASE_ID', 'unprocessable'));
  it('refuses a court that is a province code, not a court code', () =>
    refuses([], forward({ court: 'battambang' }), 'UNKNOWN_COURT', 'unprocessable'));
  it('refuses an unknown forwarding unit', () => refuses([], forward({ forwardingUnit: 'police-atlantis' }), 'UNKNOWN_UNIT', 'unprocessable'));
  it('refuses an unknown offence', () => refuses([], forward({ offences: ['jaywalking'] }), 'UNKNOWN_OFFENCE', 'unprocessable'));
  it('needs the accused forwarded under arrest', () => refuses([], forward({ accused: [] }), 'NO_ACCUSED', 'unprocessable'));
  it('refuses a person named twice', () =>
    refuses([], forward({ victims: [{ ...forwardingData.victims[0], personId: 'S1' }] }), 'DUPLICATE_PERSON', 'unprocessable'));
  it('refuses clear identifying data', () =>
    refuses([], withAccused({ personal: { fullName: 'Synthetic Accused One', birthDate: '1990-01-15' } }), 'PERSONAL_DATA_NOT_SEALED', 'unprocessable'));
  it('refuses a person without an age and without the sealed birth date', () =>
    refuses([], withAccused({ personal: {} }), 'PERSONAL_DATA_NOT_SEALED', 'unprocessable'));
  it('refuses personal data sealed for another person', () =>
    refuses([], withAccused({ personal: sealedFor('S9') }), 'PERSONAL_DATA_OF_ANOTHER_PERSON', 'unprocessable'));
  it('refuses an age band that is not the band of the age', () =>
    refuses([], withAccused({ ageInYears: 12, personal: {} }), 'AGE_BAND_MISMATCH', 'unprocessable'));
  it('refuses an unknown band for a victim (police always record one)', () =>
    refuses([], forward({ victims: [{ ...forwardingData.victims[0], ageInYears: undefined, ageBand: 'unknown', personal: sealedFor('V1') }] }), 'UNKNOWN_AGE_BAND', 'unprocessable'));
  it('refuses a receipt before the forwarding', () =>
    refuses([], forward({ receivedOn: '2020-03-09' }), 'DATE_BEFORE_FORWARDING', 'unprocessable'));
  it('refuses an arrest after the forwarding', () => refuses([], withAccused({ arrestedOn: '2020-03-12' }), 'DATE_BEFORE_ARREST', 'unprocessable'));
  it('refuses a receipt after today in Cambodia', () => refuses([], forward({ receivedOn: '2021-01-01' }), 'DATE_IN_FUTURE', 'unprocessable'));

  it('accepts a receipt dated today in Cambodia while it is still yesterday in UTC', () => {
    const early = { ...forward({ receivedOn: '2020-12-31' }), metadata: { actor: { userId: 'u', role: 'prosecutor' }, now: '2020-12-30T18:00:00.000Z' } } as never;
    expect(decided([], early)[0].type).toBe(E.PoliceCaseReceived);
  });

  it('copies a forgotten minor recorded with an unknown band', () => {
    const forgotten = { ...forwardingData.accused[0], ageBand: 'unknown' };
    const [event] = decided([], forward({ accused: [forgotten] }));
    expect((event.data as { accused: unknown[] }).accused[0]).toMatchObject({ ageBand: 'unknown', personal: sealedFor('S1') });
  });
});

describe('OpenCourtFile', () => {
  it('opens a file directly, in the court of a province', () => decides([], open(), [openedDirect]));
  it('keeps the court\'s own reference', () =>
    decides([], open({ reference: ' PP-2020/17 ' }), [{ ...openedDirect, data: { ...(openedDirect.data as object), reference: 'PP-2020/17' } } as CourtFileEvent]));
  it('refuses a second opening', () => refuses([openedDirect], open(), 'FILE_ALREADY_OPENED', 'conflict'));
  it('refuses an unknown court', () => refuses([], open({ court: 'court-atlantis' }), 'UNKNOWN_COURT', 'unprocessable'));
  it('needs an offence', () => refuses([], open({ offences: [] }), 'NO_OFFENCE', 'unprocessable'));
  it('refuses an offence listed twice', () =>
    refuses([], open({ offences: ['procuring', 'procuring'] }), 'DUPLICATE_OFFENCE', 'unprocessable'));
  it('refuses an id that cannot be part of a stream id', () => refuses([], open({ fileId: 'a b' }), 'INVALID_ID', 'unprocessable'));
  it('refuses an impossible date', () => refuses([], open({ openedOn: '2020-02-30' }), 'INVALID_DATE', 'unprocessable'));
  it.each(['0000-01-01', '1899-01-01', '1999-12-31'])('refuses %s, before the first date casetrail records (2000-01-01)', (openedOn) =>
    refuses([], open({ openedOn }), 'DATE_BEFORE_EARLIEST', 'unprocessable'));
});

const addAccused = (overrides: Record<string, unknown> = {}) =>
  cmd('AddAccused', { personId: 'A9', sex: 'M', nationality: 'THA', birthDate: '2003-06-01', addedOn: '2020-04-01', personal: sealedFor('A9'), ...overrides });
const addVictim = (overrides: Record<string, unknown> = {}) =>
  cmd('AddVictim', { personId: 'V9', sex: 'F', nationality: 'KHM', ageInYears: 19, exploitationType: 'labour', addedOn: '2020-04-01', ...overrides });

describe('AddAccused and AddVictim', () => {
  it('records the band from the birth date and copies the sealed envelope, never the birth date', () => {
    decides(atProsecution, addAccused(), [
      { type: E.AccusedAdded, data: { personId: 'A9', sex: 'M', nationality: 'THA', ageBand: '15_17', addedOn: '2020-04-01', personal: sealedFor('A9') } },
    ]);
    const stored = JSON.stringify(decided(atProsecution, addAccused()));
    expect(stored).not.toContain('2003-06-01');
    expect(stored).not.toContain('birthDate');
  });

  it('records an age in years instead of a birth date', () => {
    decides(atInvestigation, addVictim(), [
      { type: E.VictimAdded, data: { personId: 'V9', sex: 'F', nationality: 'KHM', ageInYears: 19, ageBand: '18_plus', addedOn: '2020-04-01', personal: {}, exploitationType: 'labour' } },
    ]);
  });

  it('adds a victim at trial (a civil party may join late), but not an accused', () => {
    expect(decided(atTrial, addVictim({ addedOn: '2020-06-02' }))[0].type).toBe(E.VictimAdded);
    refuses(atTrial, addAccused({ addedOn: '2020-06-02' }), 'WRONG_STAGE', 'conflict');
  });

  it('refuses a birth date that is not sealed', () => refuses(atProsecution, addAccused({ personal: undefined }), 'PERSONAL_DATA_NOT_SEALED', 'unprocessable'));
  it('refuses a name in clear', () =>
    refuses(atProsecution, addVictim({ personal: { fullName: 'Synthetic Victim Nine' } }), 'PERSONAL_DATA_NOT_SEALED', 'unprocessable'));
  it('refuses both a birth date and an age', () => refuses(atProsecution, addAccused({ ageInYears: 17 }), 'AGE_AMBIGUOUS', 'unprocessable'));
  it('needs a birth date or an age', () => refuses(atProsecution, addAccused({ birthDate: undefined }), 'AGE_REQUIRED', 'unprocessable'));
  it('refuses a birth date after the date added', () =>
    refuses(atProsecution, addAccused({ birthDate: '2020-04-02' }), 'BIRTH_DATE_AFTER_EVENT', 'unprocessable'));
  it('refuses a birth date more than 120 years before the date added', () =>
    refuses(atProsecution, addAccused({ birthDate: '1899-01-01' }), 'BIRTH_DATE_OUT_OF_RANGE', 'unprocessable'));
  it('refuses an impossible age', () => refuses(atProsecution, addVictim({ ageInYears: 121 }), 'INVALID_AGE', 'unprocessable'));
  it('refuses a person id already in the file, as accused or victim', () => {
    refuses(atProsecution, addAccused({ personId: 'V1', personal: sealedFor('V1') }), 'DUPLICATE_PERSON', 'conflict');
    refuses(atProsecution, addVictim({ personId: 'S2' }), 'DUPLICATE_PERSON', 'conflict');
  });
  it('refuses an unknown exploitation type', () => refuses(atProsecution, addVictim({ exploitationType: 'x' }), 'UNKNOWN_EXPLOITATION_TYPE', 'unprocessable'));
  it('refuses an unknown sex or nationality', () => {
    refuses(atProsecution, addVictim({ sex: 'X' }), 'UNKNOWN_SEX', 'unprocessable');
    refuses(atProsecution, addVictim({ nationality: 'ZZZ' }), 'UNKNOWN_NATIONALITY', 'unprocessable');
  });
  it('refuses a person added before the file was opened', () =>
    refuses(atProsecution, addVictim({ addedOn: '2020-03-10' }), 'DATE_BEFORE_FILE_OPENED', 'unprocessable'));
  it('refuses persons on a file not opened', () => refuses([], addVictim(), 'FILE_NOT_OPENED', 'conflict'));
  it('refuses persons on a closed file', () => {
    const retained: CourtFileEvent = { type: E.ProsecutionDecided, data: { action: 'retained_without_processing', decidedOn: '2020-03-20', reason: 'insufficient_evidence' } };
    refuses([received, retained], addVictim(), 'FILE_CLOSED', 'conflict');
  });
});

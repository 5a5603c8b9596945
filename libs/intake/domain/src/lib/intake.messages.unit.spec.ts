import { DomainRuleViolation } from '@casetrail/event-sourcing';
import { bodyInput, bodyReceived, receptionInput, recorded, screenInput, screened, specOf } from './intake.test-fixtures';
import { receptionDecider } from './reception/reception.decider';
import { returnedBodyDecider } from './returned-body/returned-body.decider';
import { screenedPersonDecider } from './screened-person/screened-person.decider';
import { uploadDecider } from './upload/upload.decider';

/** A value no message may repeat: what the client sent stays with the client (it may be personal data). */
const CANARY = 'Canary-7f3e';
const FUTURE = '2099-07-07';

const reception = specOf(receptionDecider);
const person = specOf(screenedPersonDecider);
const body = specOf(returnedBodyDecider);
const upload = specOf(uploadDecider);
const upload0 = { uploadId: 'b'.repeat(64), kind: 'screenings', format: 'csv', province: null, rows: 1, accepted: 0, alreadyRecorded: 0, refused: 1 };

const cases: Array<[string, () => unknown]> = [
  ['a reception id', () => reception.decided([], reception.cmd('RecordReception', { receptionId: `${CANARY} x`, reference: 'R-1', ...receptionInput }))],
  ['a reference', () => reception.decided([], reception.cmd('RecordReception', { receptionId: 'R1', reference: `${CANARY}\nx`, ...receptionInput }))],
  ['a place', () => reception.decided([], reception.cmd('RecordReception', { receptionId: 'R1', reference: 'R-1', ...receptionInput, place: CANARY }))],
  ['a country', () => reception.decided([], reception.cmd('RecordReception', { receptionId: 'R1', reference: 'R-1', ...receptionInput, countryReturnedFrom: CANARY }))],
  ['a future date', () => reception.decided([], reception.cmd('RecordReception', { receptionId: 'R1', reference: 'R-1', ...receptionInput, receivedOn: FUTURE }))],
  ['a justification', () => reception.decided([recorded], reception.cmd('WithdrawReception', { withdrawnOn: '2020-05-03', justification: `${CANARY}\nx` }))],
  ['a name in clear', () => person.decided([], person.cmd('ScreenPerson', { ...screenInput, personal: { fullName: CANARY } }))],
  ['a birth date', () => person.decided([], person.cmd('ScreenPerson', { ...screenInput, ageInYears: undefined, birthDate: '2020-06-02' }))],
  ['a nationality', () => person.decided([], person.cmd('ScreenPerson', { ...screenInput, nationality: CANARY }))],
  ['an exploitation', () => person.decided([], person.cmd('ScreenPerson', { ...screenInput, exploitationIndicated: CANARY }))],
  ['an organisation', () => person.decided([screened], person.cmd('ReferPerson', { destination: 'partner_organisation', organisation: CANARY, referredOn: '2020-05-03' }))],
  ['a police unit', () => person.decided([screened], person.cmd('ReferPerson', { destination: 'police', policeUnit: CANARY, suspectedOffence: 'procuring', referredOn: '2020-05-03' }))],
  ['an offence', () => person.decided([screened], person.cmd('ReferPerson', { destination: 'police', policeUnit: 'police-pailin', suspectedOffence: CANARY, referredOn: '2020-05-03' }))],
  ['a cause', () => body.decided([bodyReceived], body.cmd('CorrectBodyRecord', { ...bodyInput, cause: CANARY, correctedOn: '2020-07-20', justification: 'x' }))],
  ['a refusal reason', () => upload.decided([], upload.cmd('RecordUploadCompleted', { ...upload0, refusals: [{ line: CANARY, reason: 'r' }] }))],
  ['a file name', () => upload.decided([], upload.cmd('RecordUploadCompleted', { ...upload0, fileName: `${CANARY}\nx`, refusals: [{ line: 2, reason: 'r' }] }))],
];

describe('refusal messages name the field, never the value sent', () => {
  it.each(cases)('does not repeat %s', (_what, decide) => {
    let violation: unknown;
    try {
      decide();
    } catch (error) {
      violation = error;
    }
    expect(violation).toBeInstanceOf(DomainRuleViolation);
    const { message } = violation as DomainRuleViolation;
    expect(message).not.toContain(CANARY);
    expect(message).not.toContain(FUTURE);
    expect(message).not.toContain('2020-06-02');
  });
});

import { EventTypeRegistry, InvalidEventDataError } from '@casetrail/event-sourcing';
import { MAX_RECORDED_REFUSALS, IntakeEventType as E } from './intake.events';
import { intakeEventTypes, registerIntakeEvents } from './intake.event-types';

const registry = () => registerIntakeEvents(new EventTypeRegistry());

/** A stand-in for a sealed envelope (valid in shape); nothing here opens one. */
const sealedFor = (personId: string) => ({ v: 1, alg: 'A256GCM', personId, iv: 'AAAAAAAAAAAAAAAA', ct: 'c2VhbGVk', tag: 'AAAAAAAAAAAAAAAAAAAAAA' });

const figures = {
  place: 'poipet',
  province: 'banteay-meanchey',
  receivedOn: '2020-05-02',
  receivedBy: 'border-liaison-office',
  returnedBy: 'foreign_authorities',
  countryReturnedFrom: 'THA',
  reason: 'illegal_work',
  counts: { men: 20, women: 15, boys: 3, girls: 2 },
};
const reception = { receptionId: 'R1', reference: 'BLO-2020-0042', ...figures };
const correction = { ...figures, counts: { men: 20, women: 15, boys: 1, girls: 4 }, correctedOn: '2020-05-10', justification: 'Two girls were counted as boys' };
const screened = {
  personId: 'P1',
  reference: 'BLO-2020-0042-07',
  receptionId: 'R1',
  place: 'poipet',
  province: 'banteay-meanchey',
  screenedOn: '2020-05-02',
  screenedBy: 'border-liaison-office',
  outcome: 'suspected_victim',
  exploitationIndicated: 'labour',
  sex: 'F',
  nationality: 'KHM',
  countryReturnedFrom: 'THA',
  ageInYears: 16,
  ageBand: '15_17',
  ageBandOn: '2020-05-02',
  personal: {},
};
const revision = { outcome: 'person_at_risk', exploitationIndicated: 'at_risk', revisedOn: '2020-05-04', justification: 'Second interview' };
const person = {
  sex: 'F',
  nationality: 'KHM',
  ageInYears: 16,
  ageBand: '15_17',
  ageBandOn: '2020-05-02',
  outcome: 'suspected_victim',
  exploitationType: 'labour',
  place: 'poipet',
  screenedOn: '2020-05-02',
  countryReturnedFrom: 'THA',
  personal: {},
};
const toPolice = { destination: 'police', referredOn: '2020-05-03', policeUnit: 'police-battambang', suspectedOffence: 'procuring', province: 'battambang', person };
const toPartner = { destination: 'partner_organisation', referredOn: '2020-05-03', organisation: 'ngo-ijm', province: 'banteay-meanchey', person };
const body = {
  bodyId: 'B1',
  reference: 'BLO-B-2020-001',
  place: 'poipet',
  province: 'banteay-meanchey',
  receivedOn: '2020-07-14',
  receivedBy: 'border-liaison-office',
  broughtBy: 'foreign_authorities',
  countryOfDeath: 'THA',
  sex: 'M',
  cause: 'disease',
};
const { bodyId: _b, reference: _r, ...bodyFigures } = body;
const upload = {
  uploadId: '0123456789abcdef'.repeat(4),
  kind: 'receptions',
  format: 'csv',
  fileName: 'poipet-2020-05.csv',
  province: 'banteay-meanchey',
  rows: 3,
  accepted: 1,
  alreadyRecorded: 1,
  refused: 1,
  refusals: [{ line: 4, field: 'place', reason: 'place must be the code of an intake place' }],
};

const valid: Array<[string, unknown]> = [
  [E.ReceptionRecorded, reception],
  [E.ReceptionRecorded, { ...reception, place: 'embassy-mys', province: 'phnom-penh', receivedBy: 'mofaic', returnedBy: 'embassy', countryReturnedFrom: 'MYS' }],
  [E.ReceptionRecorded, { ...reception, counts: { men: 0, women: 0, boys: 0, girls: 1 } }],
  [E.ReceptionCorrected, correction],
  [E.ReceptionWithdrawn, { withdrawnOn: '2020-05-11', justification: 'Entered twice' }],
  [E.PersonScreened, screened],
  [E.PersonScreened, { ...screened, ageInYears: undefined, personal: sealedFor('P1') }],
  [E.PersonScreened, { ...screened, personal: sealedFor('P1') }],
  [E.PersonScreened, { ...screened, outcome: 'person_at_risk', exploitationIndicated: 'at_risk' }],
  [E.PersonScreened, { ...screened, outcome: 'not_identified', exploitationIndicated: undefined }],
  [E.ScreeningRevised, revision],
  [E.ScreeningRevised, { outcome: 'not_identified', revisedOn: '2020-05-04', justification: 'Second interview' }],
  [E.PersonReferred, toPolice],
  [E.PersonReferred, { ...toPolice, suspectedOffence: undefined, policeCaseId: 'PC-2020-017' }],
  [E.PersonReferred, toPartner],
  [E.PersonReferred, { ...toPartner, destination: 'social_affairs', organisation: 'dosvy-battambang', province: 'battambang' }],
  [E.PersonReferred, { destination: 'family', referredOn: '2020-05-03', province: 'banteay-meanchey', person: { ...person, outcome: 'not_identified', exploitationType: 'at_risk' } }],
  [E.PersonReferred, { ...toPartner, person: { ...person, ageInYears: undefined, personal: sealedFor('P1') } }],
  [E.BodyReceived, body],
  [E.BodyRecordCorrected, { ...bodyFigures, cause: 'accident', correctedOn: '2020-07-20', justification: 'The death certificate says accident' }],
  [E.UploadCompleted, upload],
  [E.UploadCompleted, { ...upload, fileName: undefined, province: null, format: 'xlsx', kind: 'screenings' }],
  [E.UploadCompleted, { ...upload, rows: 0, accepted: 0, alreadyRecorded: 0, refused: 0, refusals: [] }],
];

function problem(type: string, data: unknown): string {
  try {
    registry().assertWritable(type, 1, data);
  } catch (error) {
    if (error instanceof InvalidEventDataError) return error.message;
    throw error;
  }
  return 'valid';
}

describe('intake event types', () => {
  it('registers every event type at schema version 1, each with a validator', () => {
    const r = registry();
    expect(r.types().sort()).toEqual(Object.values(E).sort());
    for (const type of Object.values(E)) expect(r.currentVersion(type)).toBe(1);
    expect(intakeEventTypes.every((d) => typeof d.validate === 'function')).toBe(true);
    expect(Object.values(E).every((t) => t.startsWith('intake.'))).toBe(true);
  });

  it('refuses to be registered twice in one registry', () => {
    expect(() => registerIntakeEvents(registry())).toThrow(/registered twice/);
  });

  it('has a valid example of every event type here', () => {
    expect(new Set(valid.map(([type]) => type))).toEqual(new Set(Object.values(E)));
  });

  it.each(valid.map(([type, data], i) => [`${type} #${i}`, type, data] as const))('accepts valid %s', (_name, type, data) => {
    expect(problem(type, data)).toBe('valid');
  });

  it.each([
    // ReceptionRecorded, ReceptionCorrected, ReceptionWithdrawn
    ['an extra field', E.ReceptionRecorded, { ...reception, note: 'x' }, /note is not allowed/],
    ['an extra count', E.ReceptionRecorded, { ...reception, counts: { ...figures.counts, elders: 1 } }, /counts\.elders is not allowed/],
    ['no reception id', E.ReceptionRecorded, { ...reception, receptionId: undefined }, /receptionId/],
    ['a reference of several lines', E.ReceptionRecorded, { ...reception, reference: 'a\nb' }, /reference must be a single line/],
    ['an unknown place', E.ReceptionRecorded, { ...reception, place: 'atlantis' }, /place must be an intake place code/],
    ['an unknown province', E.ReceptionRecorded, { ...reception, province: 'atlantis' }, /province/],
    ['an unknown receiving unit', E.ReceptionRecorded, { ...reception, receivedBy: 'police-battambang' }, /receivedBy must be an intake unit code/],
    ['an unknown returnedBy', E.ReceptionRecorded, { ...reception, returnedBy: 'smugglers' }, /returnedBy must be one of/],
    ['an unknown reason', E.ReceptionRecorded, { ...reception, reason: 'tourism' }, /reason must be one of/],
    ['an unknown country', E.ReceptionRecorded, { ...reception, countryReturnedFrom: 'TH' }, /countryReturnedFrom/],
    ['no one counted', E.ReceptionRecorded, { ...reception, counts: { men: 0, women: 0, boys: 0, girls: 0 } }, /at least one person/],
    ['a negative count', E.ReceptionRecorded, { ...reception, counts: { ...figures.counts, men: -1 } }, /counts\.men/],
    ['a count beyond any reception', E.ReceptionRecorded, { ...reception, counts: { ...figures.counts, women: 100_001 } }, /counts\.women/],
    ['a missing count', E.ReceptionRecorded, { ...reception, counts: { men: 1, women: 1, boys: 1 } }, /counts\.girls/],
    ['a bad date', E.ReceptionRecorded, { ...reception, receivedOn: '2020-02-30' }, /receivedOn/],
    ['a correction with the id', E.ReceptionCorrected, { ...correction, receptionId: 'R1' }, /receptionId is not allowed/],
    ['a correction without justification', E.ReceptionCorrected, { ...correction, justification: ' ' }, /justification/],
    ['a correction without its date', E.ReceptionCorrected, { ...correction, correctedOn: undefined }, /correctedOn/],
    ['a withdrawal of several lines', E.ReceptionWithdrawn, { withdrawnOn: '2020-05-11', justification: 'a\nb' }, /single line/],
    ['a withdrawal with figures', E.ReceptionWithdrawn, { withdrawnOn: '2020-05-11', justification: 'x', counts: figures.counts }, /counts is not allowed/],
    // PersonScreened
    ['an extra field', E.PersonScreened, { ...screened, fullName: 'Synthetic Person' }, /fullName is not allowed/],
    ['a birth date in clear', E.PersonScreened, { ...screened, birthDate: '2004-01-01' }, /birthDate is not allowed/],
    ['a name in clear', E.PersonScreened, { ...screened, personal: { fullName: 'Synthetic Person' } }, /personal\.fullName is not allowed/],
    ['personal data sealed for another person', E.PersonScreened, { ...screened, personal: sealedFor('P9') }, /another person/],
    ['neither an age nor a sealed birth date', E.PersonScreened, { ...screened, ageInYears: undefined }, /must have ageInYears/],
    ['a band that is not the age’s', E.PersonScreened, { ...screened, ageBand: '18_plus' }, /does not match/],
    ['an unknown outcome', E.PersonScreened, { ...screened, outcome: 'victim' }, /outcome must be one of/],
    ['a suspected victim without exploitation', E.PersonScreened, { ...screened, exploitationIndicated: undefined }, /exploitationIndicated is required/],
    ['a person not identified with exploitation', E.PersonScreened, { ...screened, outcome: 'not_identified' }, /exploitationIndicated is allowed only/],
    ['an unknown exploitation', E.PersonScreened, { ...screened, exploitationIndicated: 'begging' }, /exploitationIndicated/],
    ['an unknown screening unit', E.PersonScreened, { ...screened, screenedBy: 'ngo-ijm' }, /screenedBy/],
    ['an unknown sex', E.PersonScreened, { ...screened, sex: 'X' }, /sex/],
    ['an unknown nationality', E.PersonScreened, { ...screened, nationality: 'Khmer' }, /nationality/],
    ['no reception', E.PersonScreened, { ...screened, receptionId: undefined }, /receptionId/],
    // ScreeningRevised
    ['a revision without justification', E.ScreeningRevised, { ...revision, justification: undefined }, /justification/],
    ['a revision to a person at risk without exploitation', E.ScreeningRevised, { ...revision, exploitationIndicated: undefined }, /exploitationIndicated is required/],
    ['a revision to not identified with exploitation', E.ScreeningRevised, { ...revision, outcome: 'not_identified' }, /exploitationIndicated is allowed only/],
    ['a revision with an extra field', E.ScreeningRevised, { ...revision, screenedBy: 'mofaic' }, /screenedBy is not allowed/],
    // PersonReferred
    ['an unknown destination', E.PersonReferred, { ...toPartner, destination: 'shelter' }, /destination must be one of/],
    ['the police without a unit', E.PersonReferred, { ...toPolice, policeUnit: undefined }, /policeUnit is required/],
    ['the police with neither case nor offence', E.PersonReferred, { ...toPolice, suspectedOffence: undefined }, /suspectedOffence is required/],
    ['the police with both case and offence', E.PersonReferred, { ...toPolice, policeCaseId: 'PC-1' }, /suspectedOffence is allowed only/],
    ['the police with an organisation', E.PersonReferred, { ...toPolice, organisation: 'mosvy' }, /organisation is allowed only/],
    ['an unknown offence', E.PersonReferred, { ...toPolice, suspectedOffence: 'theft' }, /suspectedOffence must be an offence code/],
    ['a partner without an organisation', E.PersonReferred, { ...toPartner, organisation: undefined }, /organisation is required/],
    ['a partner with a police unit', E.PersonReferred, { ...toPartner, policeUnit: 'police-battambang' }, /policeUnit is allowed only/],
    ['a partner with a police case', E.PersonReferred, { ...toPartner, policeCaseId: 'PC-1' }, /policeCaseId is allowed only/],
    ['the family with an organisation', E.PersonReferred, { ...toPartner, destination: 'family' }, /organisation is allowed only/],
    ['no province', E.PersonReferred, { ...toPartner, province: undefined }, /province/],
    ['no person', E.PersonReferred, { ...toPartner, person: undefined }, /person must be an object/],
    ['a person without exploitation', E.PersonReferred, { ...toPartner, person: { ...person, exploitationType: undefined } }, /person\.exploitationType/],
    ['a person with a name in clear', E.PersonReferred, { ...toPartner, person: { ...person, personal: { fullName: 'Synthetic Person' } } }, /person\.personal\.fullName is not allowed/],
    ['a person with an id', E.PersonReferred, { ...toPartner, person: { ...person, personId: 'P1' } }, /person\.personId is not allowed/],
    ['a person without an age or a sealed birth date', E.PersonReferred, { ...toPartner, person: { ...person, ageInYears: undefined } }, /person must have ageInYears/],
    ['a person whose band is not the age’s', E.PersonReferred, { ...toPartner, person: { ...person, ageBand: 'under_15' } }, /person\.ageBand does not match/],
    ['a person at an unknown place', E.PersonReferred, { ...toPartner, person: { ...person, place: 'atlantis' } }, /person\.place/],
    // BodyReceived, BodyRecordCorrected
    ['an extra field', E.BodyReceived, { ...body, name: 'Synthetic Person' }, /name is not allowed/],
    ['an unknown cause', E.BodyReceived, { ...body, cause: 'murder' }, /cause must be one of/],
    ['an unknown broughtBy', E.BodyReceived, { ...body, broughtBy: 'embassy' }, /broughtBy must be one of/],
    ['an unknown country of death', E.BodyReceived, { ...body, countryOfDeath: 'Thailand' }, /countryOfDeath/],
    ['no body id', E.BodyReceived, { ...body, bodyId: '' }, /bodyId/],
    ['a correction with the reference', E.BodyRecordCorrected, { ...bodyFigures, reference: 'x', correctedOn: '2020-07-20', justification: 'x' }, /reference is not allowed/],
    ['a correction without justification', E.BodyRecordCorrected, { ...bodyFigures, correctedOn: '2020-07-20' }, /justification/],
    // UploadCompleted
    ['an id that is not a SHA-256', E.UploadCompleted, { ...upload, uploadId: 'ABC' }, /uploadId must be a SHA-256/],
    ['an unknown kind', E.UploadCompleted, { ...upload, kind: 'persons' }, /kind must be one of/],
    ['an unknown format', E.UploadCompleted, { ...upload, format: 'xls' }, /format must be one of/],
    ['a province that is neither a province nor null', E.UploadCompleted, { ...upload, province: 'atlantis' }, /province/],
    ['no province at all', E.UploadCompleted, { ...upload, province: undefined }, /province/],
    ['a name of several lines', E.UploadCompleted, { ...upload, fileName: 'a.csv\nb' }, /fileName must be a single line/],
    ['a negative count', E.UploadCompleted, { ...upload, refused: -1 }, /refused/],
    ['a refusal of the header line', E.UploadCompleted, { ...upload, refusals: [{ line: 1, reason: 'x' }] }, /refusals\[0\]\.line/],
    ['a refusal without reason', E.UploadCompleted, { ...upload, refusals: [{ line: 4 }] }, /refusals\[0\]\.reason/],
    ['a refusal with a value', E.UploadCompleted, { ...upload, refusals: [{ line: 4, reason: 'x', value: 'Synthetic Person' }] }, /refusals\[0\]\.value is not allowed/],
    [
      'more refusals than are kept',
      E.UploadCompleted,
      { ...upload, refusals: Array.from({ length: MAX_RECORDED_REFUSALS + 1 }, (_, i) => ({ line: i + 2, reason: 'x' })) },
      /refusals must have at most/,
    ],
    ['data that is not an object', E.ReceptionWithdrawn, 'withdrawn', /must be an object/],
  ])('refuses %s (%s)', (_what, type, data, message) => {
    expect(problem(type, data)).toMatch(message);
  });
});

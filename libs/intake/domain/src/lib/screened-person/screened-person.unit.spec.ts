import { IntakeEventType as E, type PersonReferredData, type ReferredPerson, type ScreenedPersonEvent } from '@casetrail/intake-contracts';
import { rememberSealedForm } from '@casetrail/kernel';
import { personScreened, screenInput, screened, sealedFor, specOf } from '../intake.test-fixtures';
import { screenedPersonDecider } from './screened-person.decider';
import { referredOrganisations, referredPersonOf } from './screened-person.state';

const { cmd, decides, decided, refuses, stateOf } = specOf(screenedPersonDecider);

const screen = (overrides: Record<string, unknown> = {}) => cmd('ScreenPerson', { ...screenInput, ...overrides });
const screenedWith = (data: Record<string, unknown>) => ({ type: E.PersonScreened, data: { ...personScreened, ...data } }) as ScreenedPersonEvent;
const revise = (overrides: Record<string, unknown> = {}) =>
  cmd('ReviseScreening', { outcome: 'person_at_risk', exploitationIndicated: 'at_risk', revisedOn: '2020-05-04', justification: 'Second interview: no sign of forced work', ...overrides });
const revised = (data: Record<string, unknown> = {}) =>
  ({ type: E.ScreeningRevised, data: { outcome: 'person_at_risk', exploitationIndicated: 'at_risk', revisedOn: '2020-05-04', justification: 'Second interview: no sign of forced work', ...data } }) as ScreenedPersonEvent;
const notIdentified = revised({ outcome: 'not_identified', exploitationIndicated: undefined, justification: 'Second interview: a migrant worker, not exploited' });
const refer = (data: Record<string, unknown>) => cmd('ReferPerson', { referredOn: '2020-05-03', ...data });

/** P1 as a referral carries her: the screened facts, her latest outcome, her personal part as stored. */
const person: ReferredPerson = {
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
const referred = (data: Partial<PersonReferredData>, who: Partial<ReferredPerson> = {}) =>
  ({ type: E.PersonReferred, data: { referredOn: '2020-05-03', province: 'banteay-meanchey', ...data, person: { ...person, ...who } } }) as ScreenedPersonEvent;
const toPolice = referred({ destination: 'police', policeUnit: 'police-battambang', suspectedOffence: 'unlawful_recruitment_for_exploitation', province: 'battambang' });
const toPartner = referred({ destination: 'partner_organisation', organisation: 'ngo-ijm' });

describe('ScreenPerson', () => {
  it('screens a person with an age in years, the band at the screening, in the province of the place', () => decides([], screen(), [screened]));
  it('derives the band from a birth date that travels sealed only', () =>
    decides([], screen({ ageInYears: undefined, birthDate: '2004-05-03', personal: sealedFor('P1') }), [
      screenedWith({ ageInYears: undefined, ageBand: '15_17', personal: sealedFor('P1') }),
    ]));
  it('keeps a name sealed with an age in years', () =>
    decides([], screen({ personal: sealedFor('P1') }), [screenedWith({ personal: sealedFor('P1') })]));
  it('screens a person at risk', () =>
    decides([], screen({ outcome: 'person_at_risk', exploitationIndicated: 'at_risk' }), [screenedWith({ outcome: 'person_at_risk', exploitationIndicated: 'at_risk' })]));
  it('screens a person not identified, with no exploitation', () =>
    decides([], screen({ outcome: 'not_identified', exploitationIndicated: undefined }), [screenedWith({ outcome: 'not_identified', exploitationIndicated: undefined })]));
  it('screens at an embassy, in Phnom Penh', () =>
    decides([], screen({ place: 'embassy-chn', receptionPlace: 'embassy-chn', screenedBy: 'mofaic', countryReturnedFrom: 'CHN', ageInYears: 24, exploitationIndicated: 'forced_marriage' }), [
      screenedWith({ place: 'embassy-chn', province: 'phnom-penh', screenedBy: 'mofaic', countryReturnedFrom: 'CHN', ageInYears: 24, ageBand: '18_plus', exploitationIndicated: 'forced_marriage' }),
    ]));

  it('screens a person once (the same place and reference name the same stream)', () => refuses([screened], screen(), 'PERSON_ALREADY_SCREENED', 'conflict'));
  it.each([
    ['a place other than the reception’s', { place: 'o-bei-choan' }, 'PLACE_NOT_RECEPTION_PLACE'],
    ['no reception place', { receptionPlace: undefined }, 'PLACE_NOT_RECEPTION_PLACE'],
    ['an unknown place', { place: 'atlantis', receptionPlace: 'atlantis' }, 'UNKNOWN_PLACE'],
    ['an unknown screening unit', { screenedBy: 'ngo-ijm' }, 'UNKNOWN_UNIT'],
    ['an unknown outcome', { outcome: 'victim' }, 'UNKNOWN_OUTCOME'],
    ['a suspected victim without exploitation', { exploitationIndicated: undefined }, 'EXPLOITATION_REQUIRED'],
    ['a person at risk without exploitation', { outcome: 'person_at_risk', exploitationIndicated: undefined }, 'EXPLOITATION_REQUIRED'],
    ['a suspected victim merely at risk', { exploitationIndicated: 'at_risk' }, 'EXPLOITATION_NOT_FOR_OUTCOME'],
    ['a person at risk with a form of exploitation', { outcome: 'person_at_risk', exploitationIndicated: 'sexual' }, 'EXPLOITATION_NOT_FOR_OUTCOME'],
    ['a person not identified with exploitation', { outcome: 'not_identified' }, 'FIELD_NOT_ALLOWED'],
    ['an unknown exploitation', { exploitationIndicated: 'begging' }, 'UNKNOWN_EXPLOITATION_TYPE'],
    ['an unknown sex', { sex: 'X' }, 'UNKNOWN_SEX'],
    ['an unknown nationality', { nationality: 'Khmer' }, 'UNKNOWN_NATIONALITY'],
    ['an unknown country returned from', { countryReturnedFrom: 'TH' }, 'UNKNOWN_NATIONALITY'],
    ['no age', { ageInYears: undefined }, 'AGE_REQUIRED'],
    ['both an age and a birth date', { birthDate: '2004-01-01', personal: sealedFor('P1') }, 'AGE_AMBIGUOUS'],
    ['an age in part', { ageInYears: 16.5 }, 'INVALID_AGE'],
    ['a birth date after the screening', { ageInYears: undefined, birthDate: '2020-06-01', personal: sealedFor('P1') }, 'BIRTH_DATE_AFTER_EVENT'],
    ['a birth date not sealed', { ageInYears: undefined, birthDate: '2005-05-03' }, 'PERSONAL_DATA_NOT_SEALED'],
    ['a name in clear', { personal: { fullName: 'Synthetic Person' } }, 'PERSONAL_DATA_NOT_SEALED'],
    ['personal data sealed for another person', { personal: sealedFor('P9') }, 'PERSONAL_DATA_OF_ANOTHER_PERSON'],
    ['a screening in the future', { screenedOn: '2099-01-01' }, 'DATE_IN_FUTURE'],
    ['a bad person id', { personId: '' }, 'INVALID_ID'],
    ['a bad reception id', { receptionId: 'r 1' }, 'INVALID_ID'],
    ['no reference', { reference: undefined }, 'TEXT_REQUIRED'],
  ])('refuses %s (422)', (_what, overrides, code) => refuses([], screen(overrides), code, 'unprocessable'));
});

describe('ReviseScreening', () => {
  it('changes the preliminary outcome', () => decides([screened], revise(), [revised()]));
  it('revises to not identified, with no exploitation', () =>
    decides([screened], revise({ outcome: 'not_identified', exploitationIndicated: undefined, justification: 'Second interview: a migrant worker, not exploited' }), [notIdentified]));
  it('revises the form of exploitation alone', () =>
    decides([screened], revise({ outcome: 'suspected_victim', exploitationIndicated: 'sexual' }), [revised({ outcome: 'suspected_victim', exploitationIndicated: 'sexual' })]));
  it('revises back to the first outcome', () =>
    decides([screened, revised()], revise({ outcome: 'suspected_victim', exploitationIndicated: 'labour' }), [revised({ outcome: 'suspected_victim', exploitationIndicated: 'labour' })]));

  it('needs a screening', () => refuses([], revise(), 'PERSON_NOT_SCREENED', 'conflict'));
  it('is refused when it gives the outcome the screening has', () =>
    refuses([screened], revise({ outcome: 'suspected_victim', exploitationIndicated: 'labour' }), 'NOTHING_TO_REVISE', 'conflict'));
  it('is refused when it gives the outcome the last revision gave', () => refuses([screened, revised()], revise(), 'NOTHING_TO_REVISE', 'conflict'));
  it.each([
    ['no justification', { justification: ' ' }, 'TEXT_REQUIRED'],
    ['a revision before the screening', { revisedOn: '2020-05-01' }, 'DATE_BEFORE_SCREENED'],
    ['a revision in the future', { revisedOn: '2099-01-01' }, 'DATE_IN_FUTURE'],
    ['a person at risk with a form of exploitation', { exploitationIndicated: 'labour' }, 'EXPLOITATION_NOT_FOR_OUTCOME'],
    ['a person not identified with exploitation', { outcome: 'not_identified' }, 'FIELD_NOT_ALLOWED'],
    ['an unknown outcome', { outcome: 'cleared' }, 'UNKNOWN_OUTCOME'],
  ])('refuses %s (422)', (_what, overrides, code) => refuses([screened], revise(overrides), code, 'unprocessable'));
});

describe('ReferPerson', () => {
  it('refers to a police unit for an offence, in the unit’s province', () =>
    decides([screened], refer({ destination: 'police', policeUnit: 'police-battambang', suspectedOffence: 'unlawful_recruitment_for_exploitation' }), [toPolice]));
  it('refers to a police unit to add the person to its case', () =>
    decides([screened], refer({ destination: 'police', policeUnit: 'police-banteay-meanchey', policeCaseId: 'PC-2020-017' }), [
      referred({ destination: 'police', policeUnit: 'police-banteay-meanchey', policeCaseId: 'PC-2020-017' }),
    ]));
  it('keeps a referral to a national police unit in the screening’s province', () =>
    decides([screened], refer({ destination: 'police', policeUnit: 'ahtjp-national', suspectedOffence: 'cross_border_smuggling' }), [
      referred({ destination: 'police', policeUnit: 'ahtjp-national', suspectedOffence: 'cross_border_smuggling' }),
    ]));
  it('refers to a department of social affairs, in its province', () =>
    decides([screened], refer({ destination: 'social_affairs', organisation: 'dosvy-phnom-penh' }), [
      referred({ destination: 'social_affairs', organisation: 'dosvy-phnom-penh', province: 'phnom-penh' }),
    ]));
  it('refers to the ministry, in the screening’s province', () =>
    decides([screened], refer({ destination: 'social_affairs', organisation: 'mosvy' }), [referred({ destination: 'social_affairs', organisation: 'mosvy' })]));
  it('refers to a partner, in the screening’s province', () => decides([screened], refer({ destination: 'partner_organisation', organisation: 'ngo-ijm' }), [toPartner]));
  it('refers to the family', () => decides([screened], refer({ destination: 'family' }), [referred({ destination: 'family' })]));
  it('refers on the day of the screening', () =>
    decides([screened], refer({ destination: 'family', referredOn: '2020-05-02' }), [referred({ destination: 'family', referredOn: '2020-05-02' })]));
  it('refers to several places, one referral each', () =>
    decides([screened, toPolice, toPartner], refer({ destination: 'partner_organisation', organisation: 'ngo-hope-for-justice' }), [
      referred({ destination: 'partner_organisation', organisation: 'ngo-hope-for-justice' }),
    ]));
  it('refers to another police unit after a first', () =>
    decides([screened, toPolice], refer({ destination: 'police', policeUnit: 'police-pailin', suspectedOffence: 'cross_border_smuggling' }), [
      referred({ destination: 'police', policeUnit: 'police-pailin', suspectedOffence: 'cross_border_smuggling', province: 'pailin' }),
    ]));
  it('carries the latest outcome: a person at risk is `at_risk`', () =>
    decides([screened, revised()], refer({ destination: 'partner_organisation', organisation: 'ngo-ijm', referredOn: '2020-05-05' }), [
      referred({ destination: 'partner_organisation', organisation: 'ngo-ijm', referredOn: '2020-05-05' }, { outcome: 'person_at_risk', exploitationType: 'at_risk' }),
    ]));
  it('refers a person not identified to the family, as `at_risk` for want of any exploitation', () =>
    decides([screened, notIdentified], refer({ destination: 'family', referredOn: '2020-05-05' }), [
      referred({ destination: 'family', referredOn: '2020-05-05' }, { outcome: 'not_identified', exploitationType: 'at_risk' }),
    ]));
  it('carries a person screened with a birth date without the age in years, the birth date sealed', () =>
    decides([screenedWith({ ageInYears: undefined, personal: sealedFor('P1') })], refer({ destination: 'family' }), [
      referred({ destination: 'family' }, { ageInYears: undefined, personal: sealedFor('P1') }),
    ]));
  it('copies the personal part as stored even when the service opened it to decide', () => {
    const opened = rememberSealedForm({ fullName: 'Synthetic Person', birthDate: '2005-05-03' }, sealedFor('P1'));
    const [event] = decided([screenedWith({ ageInYears: undefined, personal: opened })], refer({ destination: 'family' }));
    expect((event.data as PersonReferredData).person.personal).toEqual(sealedFor('P1'));
    expect(JSON.stringify(event)).not.toContain('Synthetic Person');
  });
  it('refuses to copy a personal part opened without its envelope (a reader’s bug)', () => {
    expect(() => decided([screenedWith({ personal: { fullName: 'Synthetic Person' } })], refer({ destination: 'family' }))).toThrow(/without its stored form/);
  });

  it('needs a screening', () => refuses([], refer({ destination: 'family' }), 'PERSON_NOT_SCREENED', 'conflict'));
  it.each([
    ['the same police unit', { destination: 'police', policeUnit: 'police-battambang', policeCaseId: 'PC-2020-017' }],
    ['the same partner', { destination: 'partner_organisation', organisation: 'ngo-ijm' }],
  ])('refers once to %s (409)', (_what, data) => refuses([screened, toPolice, toPartner], refer(data), 'ALREADY_REFERRED', 'conflict'));
  it('refers once to the family (409)', () => refuses([screened, referred({ destination: 'family' })], refer({ destination: 'family' }), 'ALREADY_REFERRED', 'conflict'));
  it('refers a person not identified to the family only (422)', () =>
    refuses([screened, notIdentified], refer({ destination: 'partner_organisation', organisation: 'ngo-ijm', referredOn: '2020-05-05' }), 'NOT_IDENTIFIED_FAMILY_ONLY', 'unprocessable'));
  it.each([
    ['an unknown destination', { destination: 'shelter' }, 'UNKNOWN_DESTINATION'],
    ['a referral before the screening', { destination: 'family', referredOn: '2020-05-01' }, 'DATE_BEFORE_SCREENED'],
    ['a referral in the future', { destination: 'family', referredOn: '2099-01-01' }, 'DATE_IN_FUTURE'],
    ['the police without a unit', { destination: 'police', suspectedOffence: 'procuring' }, 'POLICE_UNIT_REQUIRED'],
    ['an unknown police unit', { destination: 'police', policeUnit: 'police-commissariat-battambang', suspectedOffence: 'procuring' }, 'UNKNOWN_POLICE_UNIT'],
    ['the police with neither case nor offence', { destination: 'police', policeUnit: 'police-battambang' }, 'OFFENCE_REQUIRED'],
    ['an unknown offence', { destination: 'police', policeUnit: 'police-battambang', suspectedOffence: 'theft' }, 'UNKNOWN_OFFENCE'],
    ['an offence with a case', { destination: 'police', policeUnit: 'police-battambang', policeCaseId: 'PC-1', suspectedOffence: 'procuring' }, 'FIELD_NOT_ALLOWED'],
    ['a bad case id', { destination: 'police', policeUnit: 'police-battambang', policeCaseId: 'PC 1' }, 'INVALID_ID'],
    ['the police with an organisation', { destination: 'police', policeUnit: 'police-battambang', suspectedOffence: 'procuring', organisation: 'mosvy' }, 'FIELD_NOT_ALLOWED'],
    ['social affairs without an organisation', { destination: 'social_affairs' }, 'ORGANISATION_REQUIRED'],
    ['social affairs with a partner', { destination: 'social_affairs', organisation: 'ngo-ijm' }, 'ORGANISATION_NOT_SOCIAL_AFFAIRS'],
    ['social affairs with an unknown organisation', { destination: 'social_affairs', organisation: 'dosvy-atlantis' }, 'UNKNOWN_ORGANISATION'],
    ['social affairs with a police unit', { destination: 'social_affairs', organisation: 'mosvy', policeUnit: 'police-battambang' }, 'FIELD_NOT_ALLOWED'],
    ['a partner without an organisation', { destination: 'partner_organisation' }, 'ORGANISATION_REQUIRED'],
    ['a partner that is the ministry', { destination: 'partner_organisation', organisation: 'mosvy' }, 'ORGANISATION_NOT_PARTNER'],
    ['a partner that is a department', { destination: 'partner_organisation', organisation: 'dosvy-kampot' }, 'ORGANISATION_NOT_PARTNER'],
    ['the family with an organisation', { destination: 'family', organisation: 'ngo-ijm' }, 'FIELD_NOT_ALLOWED'],
    ['the family with a police case', { destination: 'family', policeCaseId: 'PC-1' }, 'FIELD_NOT_ALLOWED'],
    ['the family with an offence', { destination: 'family', suspectedOffence: 'procuring' }, 'FIELD_NOT_ALLOWED'],
  ])('refuses %s (422)', (_what, data, code) => refuses([screened], refer(data), code, 'unprocessable'));
});

describe('evolveScreenedPerson', () => {
  it('starts with no screening', () => {
    expect(stateOf([])).toEqual({ screening: null, outcome: null, exploitationIndicated: null, revisions: [], referrals: [] });
    expect(referredPersonOf(stateOf([]))).toBeNull();
  });

  it('keeps the screening as recorded and the latest outcome', () => {
    const state = stateOf([screened, revised(), notIdentified]);
    expect(state.screening).toEqual(personScreened);
    expect(state).toMatchObject({ outcome: 'not_identified', exploitationIndicated: null });
    expect(state.revisions.map((r) => r.outcome)).toEqual(['person_at_risk', 'not_identified']);
  });

  it('keeps the referrals without the copy of the person, and the organisations a partner worker reaches', () => {
    const social = referred({ destination: 'social_affairs', organisation: 'mosvy' });
    const state = stateOf([screened, toPolice, toPartner, social, referred({ destination: 'partner_organisation', organisation: 'ngo-ijm', referredOn: '2020-05-09' })]);
    expect(state.referrals[0]).toEqual({
      destination: 'police',
      referredOn: '2020-05-03',
      policeUnit: 'police-battambang',
      suspectedOffence: 'unlawful_recruitment_for_exploitation',
      province: 'battambang',
    });
    expect(state.referrals.every((r) => !('person' in r))).toBe(true);
    expect(referredOrganisations(state)).toEqual(['ngo-ijm', 'mosvy']);
  });

  it('gives the person a referral carries', () => {
    expect(referredPersonOf(stateOf([screened]))).toEqual(person);
    expect(referredPersonOf(stateOf([screened, revised()]))).toEqual({ ...person, outcome: 'person_at_risk', exploitationType: 'at_risk' });
  });
});

import { IntakeEventType as E, type ScreenedPersonEvent } from '@casetrail/intake-contracts';
import { personScreened, screenInput, screened, sealedFor, specOf } from '../intake.test-fixtures';
import { screenedPersonDecider } from './screened-person.decider';
import { earlierReferral, sameReferral, sameScreeningFacts, screeningFactsOf } from './screened-person.figures';

const { stateOf } = specOf(screenedPersonDecider);
const row = { ...screenInput } as never;
const withBirthDate = { type: E.PersonScreened, data: { ...personScreened, ageInYears: undefined, personal: sealedFor('P1') } } as ScreenedPersonEvent;
const revised = {
  type: E.ScreeningRevised,
  data: { outcome: 'person_at_risk', exploitationIndicated: 'at_risk', revisedOn: '2020-05-04', justification: 'Second interview' },
} as ScreenedPersonEvent;
const toPolice = {
  type: E.PersonReferred,
  data: {
    destination: 'police',
    referredOn: '2020-05-03',
    policeUnit: 'police-battambang',
    suspectedOffence: 'procuring',
    province: 'battambang',
    person: { sex: 'F', nationality: 'KHM', ageInYears: 16, ageBand: '15_17', ageBandOn: '2020-05-02', outcome: 'suspected_victim', exploitationType: 'labour', place: 'poipet', screenedOn: '2020-05-02', countryReturnedFrom: 'THA', personal: {} },
  },
} as ScreenedPersonEvent;

describe('the screening facts a bulk upload compares', () => {
  it('has none before the screening', () => {
    expect(screeningFactsOf(stateOf([]))).toBeNull();
    expect(sameScreeningFacts(stateOf([]), row)).toBe(false);
  });

  it('gives the clear facts only', () => {
    expect(screeningFactsOf(stateOf([screened]))).toEqual({
      receptionId: 'R1',
      place: 'poipet',
      screenedOn: '2020-05-02',
      screenedBy: 'border-liaison-office',
      outcome: 'suspected_victim',
      exploitationIndicated: 'labour',
      sex: 'F',
      nationality: 'KHM',
      countryReturnedFrom: 'THA',
      ageInYears: 16,
      ageBand: '15_17',
    });
  });

  it('tells the same facts from other facts, field by field', () => {
    const state = stateOf([screened]);
    expect(sameScreeningFacts(state, row)).toBe(true);
    for (const [field, value] of Object.entries({
      receptionId: 'R2',
      place: 'o-bei-choan',
      screenedOn: '2020-05-03',
      screenedBy: 'police-commissariat-banteay-meanchey',
      outcome: 'person_at_risk',
      exploitationIndicated: 'sexual',
      sex: 'M',
      nationality: 'THA',
      countryReturnedFrom: 'MYS',
      ageInYears: 17,
    })) {
      expect(sameScreeningFacts(state, { ...screenInput, [field]: value } as never)).toBe(false);
    }
  });

  it('does not compare the name: it is sealed, and a seal differs every time', () => {
    expect(sameScreeningFacts(stateOf([{ ...screened, data: { ...personScreened, personal: sealedFor('P1') } }]), { ...screenInput, personal: { fullName: 'Another Name' } } as never)).toBe(true);
  });

  it('compares a birth date through the band it gives on the screening day, never against an age in years', () => {
    const state = stateOf([withBirthDate]);
    expect(sameScreeningFacts(state, { ...screenInput, ageInYears: undefined, birthDate: '2004-05-03' } as never)).toBe(true);
    expect(sameScreeningFacts(state, { ...screenInput, ageInYears: undefined, birthDate: '2003-01-01' } as never)).toBe(true);
    expect(sameScreeningFacts(state, { ...screenInput, ageInYears: undefined, birthDate: '2001-01-01' } as never)).toBe(false);
    expect(sameScreeningFacts(state, row)).toBe(false);
    expect(sameScreeningFacts(stateOf([screened]), { ...screenInput, ageInYears: undefined, birthDate: '2004-05-03' } as never)).toBe(false);
  });

  it('is never the same for a row whose age cannot be read', () => {
    const state = stateOf([screened]);
    expect(sameScreeningFacts(state, { ...screenInput, ageInYears: undefined } as never)).toBe(false);
    expect(sameScreeningFacts(state, { ...screenInput, birthDate: '2004-05-03' } as never)).toBe(false);
    expect(sameScreeningFacts(stateOf([withBirthDate]), { ...screenInput, ageInYears: undefined, birthDate: '2020-06-01' } as never)).toBe(false);
  });

  it('knows a revised screening by its outcome as screened or as revised', () => {
    const state = stateOf([screened, revised]);
    expect(sameScreeningFacts(state, row)).toBe(true);
    expect(sameScreeningFacts(state, { ...screenInput, outcome: 'person_at_risk', exploitationIndicated: 'at_risk' } as never)).toBe(true);
    expect(sameScreeningFacts(state, { ...screenInput, outcome: 'not_identified', exploitationIndicated: undefined } as never)).toBe(false);
  });
});

describe('the referral a screening row carries', () => {
  const again = { destination: 'police', referredOn: '2020-05-03', policeUnit: 'police-battambang', suspectedOffence: 'procuring' } as const;

  it('finds the earlier referral to the same destination and unit or organisation', () => {
    const state = stateOf([screened, toPolice]);
    expect(earlierReferral(state, again)?.referredOn).toBe('2020-05-03');
    expect(earlierReferral(state, { ...again, policeUnit: 'police-pailin' })).toBeNull();
    expect(earlierReferral(state, { destination: 'family', referredOn: '2020-05-03' })).toBeNull();
    expect(earlierReferral(stateOf([screened]), again)).toBeNull();
  });

  it('is the same only with the same date, case and offence', () => {
    const state = stateOf([screened, toPolice]);
    expect(sameReferral(state, again)).toBe(true);
    expect(sameReferral(state, { ...again, referredOn: '2020-05-04' })).toBe(false);
    expect(sameReferral(state, { ...again, suspectedOffence: 'cross_border_smuggling' })).toBe(false);
    expect(sameReferral(state, { ...again, suspectedOffence: undefined, policeCaseId: 'PC-1' })).toBe(false);
    expect(sameReferral(stateOf([screened]), again)).toBe(false);
  });
});

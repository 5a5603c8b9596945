import { IntakeEventType as E, type ReturnedBodyEvent } from '@casetrail/intake-contracts';
import { bodyInput, bodyReceived, bodyReceivedData, specOf } from '../intake.test-fixtures';
import { returnedBodyDecider } from './returned-body.decider';
import { bodyFiguresOf, sameBodyFigures } from './returned-body.figures';

const { cmd, decides, refuses, stateOf } = specOf(returnedBodyDecider);

const record = (overrides: Record<string, unknown> = {}) => cmd('RecordBodyReceived', { bodyId: 'B1', reference: 'BLO-B-2020-001', ...bodyInput, ...overrides });
const receivedWith = (data: Record<string, unknown>) => ({ type: E.BodyReceived, data: { ...bodyReceivedData, ...data } }) as ReturnedBodyEvent;
const correction = { correctedOn: '2020-07-20', justification: 'The death certificate says accident' };
const correct = (overrides: Record<string, unknown> = {}) => cmd('CorrectBodyRecord', { ...bodyInput, cause: 'accident', ...correction, ...overrides });
const { bodyId: _id, reference: _reference, ...receivedFigures } = bodyReceivedData;
const corrected = { type: E.BodyRecordCorrected, data: { ...receivedFigures, cause: 'accident', ...correction } } as ReturnedBodyEvent;

describe('RecordBodyReceived', () => {
  it('records the body in the province of its place', () => decides([], record(), [bodyReceived]));
  it('records a body brought by the family through Doung, in Battambang', () =>
    decides([], record({ place: 'doung', receivedBy: 'police-commissariat-battambang', broughtBy: 'family', sex: 'F' }), [
      receivedWith({ place: 'doung', province: 'battambang', receivedBy: 'police-commissariat-battambang', broughtBy: 'family', sex: 'F' }),
    ]));
  it('records a body repatriated by an embassy from its own country', () =>
    decides([], record({ place: 'embassy-kor', receivedBy: 'mofaic', countryOfDeath: 'KOR' }), [
      receivedWith({ place: 'embassy-kor', province: 'phnom-penh', receivedBy: 'mofaic', countryOfDeath: 'KOR' }),
    ]));

  it('records a body once (the same place and reference name the same stream)', () => refuses([bodyReceived], record(), 'BODY_ALREADY_RECORDED', 'conflict'));
  it.each([
    ['an unknown place', { place: 'atlantis' }, 'UNKNOWN_PLACE'],
    ['an unknown receiving unit', { receivedBy: 'ngo-ijm' }, 'UNKNOWN_UNIT'],
    ['an unknown broughtBy', { broughtBy: 'embassy' }, 'UNKNOWN_BROUGHT_BY'],
    ['an unknown country of death', { countryOfDeath: 'Thailand' }, 'UNKNOWN_NATIONALITY'],
    ['an embassy body from another country', { place: 'embassy-kor', receivedBy: 'mofaic' }, 'COUNTRY_NOT_EMBASSY_COUNTRY'],
    ['an unknown sex', { sex: 'U' }, 'UNKNOWN_SEX'],
    ['an unknown cause', { cause: 'murder' }, 'UNKNOWN_CAUSE'],
    ['a body received in the future', { receivedOn: '2099-01-01' }, 'DATE_IN_FUTURE'],
    ['a date that does not exist', { receivedOn: '2020-13-01' }, 'INVALID_DATE'],
    ['a bad body id', { bodyId: '-B1' }, 'INVALID_ID'],
    ['no reference', { reference: '' }, 'TEXT_REQUIRED'],
  ])('refuses %s (422)', (_what, overrides, code) => refuses([], record(overrides), code, 'unprocessable'));
});

describe('CorrectBodyRecord', () => {
  it('replaces the figures as a whole', () => decides([bodyReceived], correct(), [corrected]));
  it('moves the record to another place, and its province with it', () =>
    decides([bodyReceived], correct({ place: 'cham-yeam', cause: 'disease' }), [
      { ...corrected, data: { ...corrected.data, place: 'cham-yeam', province: 'koh-kong', cause: 'disease' } } as ReturnedBodyEvent,
    ]));

  it('needs a recorded body', () => refuses([], correct(), 'BODY_NOT_RECORDED', 'conflict'));
  it('is refused when it changes nothing', () => refuses([bodyReceived], correct({ cause: 'disease' }), 'NOTHING_TO_CORRECT', 'conflict'));
  it('is refused when it gives the figures the last correction gave', () => refuses([bodyReceived, corrected], correct(), 'NOTHING_TO_CORRECT', 'conflict'));
  it.each([
    ['no justification', { justification: undefined }, 'TEXT_REQUIRED'],
    ['a correction dated before the body was received', { correctedOn: '2020-07-13' }, 'DATE_BEFORE_RECEIVED'],
    ['a correction in the future', { correctedOn: '2099-01-01' }, 'DATE_IN_FUTURE'],
    ['corrected figures that break a rule', { cause: 'unknown' }, 'UNKNOWN_CAUSE'],
  ])('refuses %s (422)', (_what, overrides, code) => refuses([bodyReceived], correct(overrides), code, 'unprocessable'));
});

describe('evolveReturnedBody and the figures a bulk upload compares', () => {
  it('starts with no body', () => {
    expect(stateOf([])).toEqual({ received: false, bodyId: null, reference: null, figures: null, recordedFigures: null, corrections: [] });
    expect(bodyFiguresOf(stateOf([]))).toBeNull();
    expect(sameBodyFigures(stateOf([]), bodyInput as never)).toBe(false);
  });

  it('keeps the recorded figures and the latest correction', () => {
    const state = stateOf([bodyReceived, corrected]);
    expect(state).toMatchObject({ received: true, bodyId: 'B1', reference: 'BLO-B-2020-001', corrections: [correction] });
    expect(bodyFiguresOf(state)).toEqual({ ...bodyInput, province: 'banteay-meanchey', cause: 'accident' });
    expect(state.recordedFigures?.cause).toBe('disease');
  });

  it('tells the same figures from other figures, field by field, as recorded or as corrected', () => {
    const state = stateOf([bodyReceived]);
    expect(sameBodyFigures(state, bodyInput as never)).toBe(true);
    for (const [field, value] of Object.entries({
      place: 'doung',
      receivedOn: '2020-07-15',
      receivedBy: 'mofaic',
      broughtBy: 'family',
      countryOfDeath: 'MYS',
      sex: 'F',
      cause: 'other',
    })) {
      expect(sameBodyFigures(state, { ...bodyInput, [field]: value } as never)).toBe(false);
    }
    const correctedState = stateOf([bodyReceived, corrected]);
    expect(sameBodyFigures(correctedState, bodyInput as never)).toBe(true);
    expect(sameBodyFigures(correctedState, { ...bodyInput, cause: 'accident' } as never)).toBe(true);
    expect(sameBodyFigures(correctedState, { ...bodyInput, cause: 'other' } as never)).toBe(false);
  });
});

import { IntakeEventType as E, type ReceptionEvent } from '@casetrail/intake-contracts';
import { receptionInput, receptionRecorded, recorded, specOf } from '../intake.test-fixtures';
import { receptionDecider } from './reception.decider';
import { receptionFiguresOf, sameReceptionFigures } from './reception.figures';

const { cmd, decides, refuses, stateOf } = specOf(receptionDecider);

const record = (overrides: Record<string, unknown> = {}) => cmd('RecordReception', { receptionId: 'R1', reference: 'BLO-2020-0042', ...receptionInput, ...overrides });
const recordedWith = (data: Record<string, unknown>) => ({ type: E.ReceptionRecorded, data: { ...receptionRecorded, ...data } }) as ReceptionEvent;
const correction = { correctedOn: '2020-05-10', justification: 'Two girls were counted as boys' };
const correct = (overrides: Record<string, unknown> = {}) =>
  cmd('CorrectReception', { ...receptionInput, counts: { men: 20, women: 15, boys: 1, girls: 4 }, ...correction, ...overrides });
const { receptionId: _id, reference: _reference, ...recordedFigures } = receptionRecorded;
const corrected = {
  type: E.ReceptionCorrected,
  data: { ...recordedFigures, counts: { men: 20, women: 15, boys: 1, girls: 4 }, ...correction },
} as ReceptionEvent;
const withdrawal = { withdrawnOn: '2020-05-11', justification: 'Entered twice: the same people are reception BLO-2020-0041' };
const withdraw = (overrides: Record<string, unknown> = {}) => cmd('WithdrawReception', { ...withdrawal, ...overrides });
const withdrawn: ReceptionEvent = { type: E.ReceptionWithdrawn, data: withdrawal };

/** An embassy repatriation: the Ministry of Foreign Affairs, from the embassy's own country. */
const atEmbassy = { place: 'embassy-mys', receivedBy: 'mofaic', returnedBy: 'embassy', countryReturnedFrom: 'MYS', counts: { men: 38, women: 16, boys: 0, girls: 0 } };

describe('RecordReception', () => {
  it('records the reception in the province of its place', () => decides([], record(), [recorded]));
  it('records an embassy repatriation in Phnom Penh, where the ministry records them', () =>
    decides([], record(atEmbassy), [recordedWith({ ...atEmbassy, province: 'phnom-penh' })]));
  it.each(['embassy', 'foreign_authorities', 'other'])('accepts people returned by %s at an embassy', (returnedBy) =>
    decides([], record({ ...atEmbassy, returnedBy }), [recordedWith({ ...atEmbassy, returnedBy, province: 'phnom-penh' })]));
  it('takes any country at a land checkpoint (people cross via Thailand from further away)', () =>
    decides([], record({ countryReturnedFrom: 'MYS' }), [recordedWith({ countryReturnedFrom: 'MYS' })]));
  it('records a reception of one person', () =>
    decides([], record({ counts: { men: 0, women: 0, boys: 0, girls: 1 } }), [recordedWith({ counts: { men: 0, women: 0, boys: 0, girls: 1 } })]));
  it('trims the reference', () => decides([], record({ reference: '  BLO-2020-0042 ' }), [recorded]));

  it('records a reception once (the same place and reference name the same stream)', () =>
    refuses([recorded], record(), 'RECEPTION_ALREADY_RECORDED', 'conflict'));
  it('records nothing on a withdrawn reception either', () => refuses([recorded, withdrawn], record(), 'RECEPTION_ALREADY_RECORDED', 'conflict'));
  it.each([
    ['an unknown place', { place: 'atlantis' }, 'UNKNOWN_PLACE'],
    ['a province for a place', { place: 'banteay-meanchey' }, 'UNKNOWN_PLACE'],
    ['an unknown receiving unit', { receivedBy: 'police-battambang' }, 'UNKNOWN_UNIT'],
    ['an unknown returnedBy', { returnedBy: 'smugglers' }, 'UNKNOWN_RETURNED_BY'],
    ['people returned by themselves at an embassy', { ...atEmbassy, returnedBy: 'self' }, 'RETURNED_BY_NOT_AT_EMBASSY'],
    ['people returned by their family at an embassy', { ...atEmbassy, returnedBy: 'family' }, 'RETURNED_BY_NOT_AT_EMBASSY'],
    ['an embassy reception from another country', { ...atEmbassy, countryReturnedFrom: 'THA' }, 'COUNTRY_NOT_EMBASSY_COUNTRY'],
    ['an unknown country', { countryReturnedFrom: 'TH' }, 'UNKNOWN_NATIONALITY'],
    ['an unknown reason', { reason: 'tourism' }, 'UNKNOWN_REASON'],
    ['no one counted', { counts: { men: 0, women: 0, boys: 0, girls: 0 } }, 'NO_PERSON_COUNTED'],
    ['a negative count', { counts: { men: -1, women: 5, boys: 0, girls: 0 } }, 'INVALID_COUNT'],
    ['a count in part', { counts: { men: 1.5, women: 5, boys: 0, girls: 0 } }, 'INVALID_COUNT'],
    ['a count as text', { counts: { men: '3', women: 5, boys: 0, girls: 0 } }, 'INVALID_COUNT'],
    ['a count beyond any reception', { counts: { men: 100_001, women: 0, boys: 0, girls: 0 } }, 'INVALID_COUNT'],
    ['a missing count', { counts: { men: 1, women: 5, boys: 0 } }, 'INVALID_COUNT'],
    ['no counts', { counts: undefined }, 'INVALID_COUNT'],
    ['a reception in the future', { receivedOn: '2099-01-01' }, 'DATE_IN_FUTURE'],
    ['a reception before casetrail’s first date', { receivedOn: '1995-01-01' }, 'DATE_BEFORE_EARLIEST'],
    ['a date that does not exist', { receivedOn: '2020-02-30' }, 'INVALID_DATE'],
    ['a bad reception id', { receptionId: 'a b' }, 'INVALID_ID'],
    ['no reference', { reference: '  ' }, 'TEXT_REQUIRED'],
    ['a reference of several lines', { reference: 'BLO-1\nBLO-2' }, 'TEXT_NOT_SINGLE_LINE'],
    ['a reference too long', { reference: 'R'.repeat(101) }, 'TEXT_TOO_LONG'],
  ])('refuses %s (422)', (_what, overrides, code) => refuses([], record(overrides), code, 'unprocessable'));
});

describe('CorrectReception', () => {
  it('replaces the figures as a whole', () => decides([recorded], correct(), [corrected]));
  it('moves the reception to another place, and its province with it', () =>
    decides([recorded], correct({ place: 'doung', counts: receptionInput.counts }), [
      { ...corrected, data: { ...corrected.data, place: 'doung', province: 'battambang', counts: receptionInput.counts } } as ReceptionEvent,
    ]));
  it('corrects a correction', () =>
    decides([recorded, corrected], correct({ counts: receptionInput.counts, justification: 'The first count was right' }), [
      { ...corrected, data: { ...corrected.data, counts: receptionInput.counts, justification: 'The first count was right' } } as ReceptionEvent,
    ]));

  it('needs a recorded reception', () => refuses([], correct(), 'RECEPTION_NOT_RECORDED', 'conflict'));
  it('is refused on a withdrawn reception', () => refuses([recorded, withdrawn], correct(), 'RECEPTION_WITHDRAWN', 'conflict'));
  it('is refused when it changes nothing', () => refuses([recorded], correct({ counts: receptionInput.counts }), 'NOTHING_TO_CORRECT', 'conflict'));
  it('is refused when it gives the figures the last correction gave', () => refuses([recorded, corrected], correct(), 'NOTHING_TO_CORRECT', 'conflict'));
  it.each([
    ['no justification', { justification: '' }, 'TEXT_REQUIRED'],
    ['a justification of several lines', { justification: 'one\ntwo' }, 'TEXT_NOT_SINGLE_LINE'],
    ['a correction dated before the reception', { correctedOn: '2020-05-01' }, 'DATE_BEFORE_RECEIVED'],
    ['a correction in the future', { correctedOn: '2099-01-01' }, 'DATE_IN_FUTURE'],
    ['corrected figures that break a rule', { counts: { men: 0, women: 0, boys: 0, girls: 0 } }, 'NO_PERSON_COUNTED'],
    ['an unknown place', { place: 'atlantis' }, 'UNKNOWN_PLACE'],
  ])('refuses %s (422)', (_what, overrides, code) => refuses([recorded], correct(overrides), code, 'unprocessable'));
});

describe('WithdrawReception', () => {
  it('withdraws a recorded reception', () => decides([recorded], withdraw(), [withdrawn]));
  it('withdraws a corrected reception', () => decides([recorded, corrected], withdraw(), [withdrawn]));

  it('withdraws once', () => refuses([recorded, withdrawn], withdraw(), 'RECEPTION_ALREADY_WITHDRAWN', 'conflict'));
  it('needs a recorded reception', () => refuses([], withdraw(), 'RECEPTION_NOT_RECORDED', 'conflict'));
  it.each([
    ['no justification', { justification: undefined }, 'TEXT_REQUIRED'],
    ['a withdrawal dated before the reception', { withdrawnOn: '2020-05-01' }, 'DATE_BEFORE_RECEIVED'],
    ['a withdrawal that is not a date', { withdrawnOn: '11/05/2020' }, 'INVALID_DATE'],
  ])('refuses %s (422)', (_what, overrides, code) => refuses([recorded], withdraw(overrides), code, 'unprocessable'));
});

describe('evolveReception', () => {
  it('starts with no reception', () => {
    expect(stateOf([])).toEqual({ status: 'not_recorded', receptionId: null, reference: null, figures: null, recordedFigures: null, corrections: [], withdrawal: null });
  });

  it('keeps the recorded figures, the latest correction and the withdrawal', () => {
    expect(stateOf([recorded])).toMatchObject({ status: 'recorded', receptionId: 'R1', reference: 'BLO-2020-0042', figures: { province: 'banteay-meanchey', counts: { boys: 3 } } });
    const state = stateOf([recorded, corrected, withdrawn]);
    expect(state).toMatchObject({
      status: 'withdrawn',
      figures: { counts: { boys: 1, girls: 4 } },
      recordedFigures: { counts: { boys: 3, girls: 2 } },
      corrections: [{ correctedOn: '2020-05-10', justification: 'Two girls were counted as boys' }],
      withdrawal: withdrawal,
    });
    expect(state.figures).not.toHaveProperty('correctedOn');
    expect(state.figures).not.toHaveProperty('receptionId');
  });
});

describe('the figures a bulk upload compares', () => {
  it('has none before the reception is recorded', () => {
    expect(receptionFiguresOf(stateOf([]))).toBeNull();
    expect(sameReceptionFigures(stateOf([]), receptionInput as never)).toBe(false);
  });

  it('gives the figures as they stand, with the province', () => {
    expect(receptionFiguresOf(stateOf([recorded]))).toEqual({ ...receptionInput, province: 'banteay-meanchey' });
    expect(receptionFiguresOf(stateOf([recorded, corrected]))?.counts).toEqual({ men: 20, women: 15, boys: 1, girls: 4 });
  });

  it('tells the same figures from other figures, field by field', () => {
    const state = stateOf([recorded]);
    expect(sameReceptionFigures(state, receptionInput as never)).toBe(true);
    for (const [field, value] of Object.entries({
      place: 'o-bei-choan',
      receivedOn: '2020-05-03',
      receivedBy: 'police-commissariat-banteay-meanchey',
      returnedBy: 'other',
      countryReturnedFrom: 'MYS',
      reason: 'other',
    })) {
      expect(sameReceptionFigures(state, { ...receptionInput, [field]: value } as never)).toBe(false);
    }
    for (const key of ['men', 'women', 'boys', 'girls']) {
      expect(sameReceptionFigures(state, { ...receptionInput, counts: { ...receptionInput.counts, [key]: 7 } } as never)).toBe(false);
    }
  });

  it('knows a corrected reception by its figures as recorded or as corrected, not by others', () => {
    const state = stateOf([recorded, corrected]);
    expect(sameReceptionFigures(state, receptionInput as never)).toBe(true);
    expect(sameReceptionFigures(state, { ...receptionInput, counts: { men: 20, women: 15, boys: 1, girls: 4 } } as never)).toBe(true);
    expect(sameReceptionFigures(state, { ...receptionInput, counts: { men: 20, women: 15, boys: 2, girls: 3 } } as never)).toBe(false);
  });
});

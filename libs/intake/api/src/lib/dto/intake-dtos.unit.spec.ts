import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { CorrectBodyRecordDto, RecordBodyReceivedDto } from './body.dto';
import { ListReceptionsQuery, ListReferralsQuery, ListScreeningsQuery } from './intake-queries.dto';
import { CorrectReceptionDto, RecordReceptionDto, WithdrawReceptionDto } from './reception.dto';
import { ReferPersonDto, ReviseScreeningDto, ScreenPersonDto } from './screening.dto';

/** What the global pipe does: whitelist + forbidNonWhitelisted; field names of the problems. */
function problems<T extends object>(type: new () => T, body: object): string[] {
  const errors = validateSync(plainToInstance(type, body), { whitelist: true, forbidNonWhitelisted: true });
  const names = (list: typeof errors, prefix = ''): string[] =>
    list.flatMap((e) => [...(e.constraints ? [`${prefix}${e.property}`] : []), ...names(e.children ?? [], `${prefix}${e.property}.`)]);
  return names(errors);
}

const RECEPTION = {
  reference: '2020-0412',
  place: 'poipet',
  receivedOn: '2020-04-02',
  receivedBy: 'border-liaison-office',
  returnedBy: 'foreign_authorities',
  countryReturnedFrom: 'THA',
  reason: 'illegal_work',
  counts: { men: 120, women: 85, boys: 6, girls: 4 },
};

const SCREENING = {
  reference: 'S-1',
  receptionReference: '2020-0412',
  place: 'poipet',
  screenedOn: '2020-04-02',
  screenedBy: 'border-liaison-office',
  outcome: 'suspected_victim',
  exploitationIndicated: 'labour',
  sex: 'F',
  nationality: 'KHM',
  countryReturnedFrom: 'THA',
};

describe('intake DTOs (shape only: the deciders own meaning)', () => {
  it('checks a reception’s codes, real dates and whole non-negative counts, and leaves "at least one person" to the decider', () => {
    expect(problems(RecordReceptionDto, RECEPTION)).toEqual([]);
    expect(problems(RecordReceptionDto, { ...RECEPTION, counts: { men: 0, women: 0, boys: 0, girls: 0 } })).toEqual([]);
    expect(problems(RecordReceptionDto, { ...RECEPTION, place: 'nowhere', receivedBy: 'police-battambang', receivedOn: '2020-02-30' })).toEqual(['place', 'receivedOn', 'receivedBy']);
    expect(problems(RecordReceptionDto, { ...RECEPTION, counts: { men: -1, women: 1.5, boys: '2', girls: 100_001 } })).toEqual(['counts.men', 'counts.women', 'counts.boys', 'counts.girls']);
    expect(problems(RecordReceptionDto, { ...RECEPTION, counts: undefined })).toEqual(['counts']);
    // The province follows the place; the id follows the place and reference: neither is taken.
    expect(problems(RecordReceptionDto, { ...RECEPTION, province: 'kandal', receptionId: '00000000-0000-4000-8000-000000000001' })).toEqual(['province', 'receptionId']);
    expect(problems(RecordReceptionDto, { ...RECEPTION, reference: 'two\nlines' })).toEqual(['reference']);
  });

  it('replaces a reception’s figures as a whole with a one-line justification, and withdraws it with one', () => {
    const { reference: _reference, ...figures } = RECEPTION;
    expect(problems(CorrectReceptionDto, { ...figures, correctedOn: '2020-04-10', justification: 'Recounted' })).toEqual([]);
    expect(problems(CorrectReceptionDto, { ...figures, correctedOn: '2020-04-10' })).toEqual(['justification']);
    expect(problems(CorrectReceptionDto, { ...RECEPTION, correctedOn: '2020-04-10', justification: 'Recounted' })).toEqual(['reference']);
    expect(problems(WithdrawReceptionDto, { withdrawnOn: '2020-04-10', justification: 'Entered twice' })).toEqual([]);
    expect(problems(WithdrawReceptionDto, { withdrawnOn: '2020-04-10', justification: '' })).toEqual(['justification']);
  });

  it('takes a screened person’s birth date or age and the name as personal data, and refuses null for an optional field (leave it out)', () => {
    expect(problems(ScreenPersonDto, { ...SCREENING, ageInYears: 17 })).toEqual([]);
    expect(problems(ScreenPersonDto, { ...SCREENING, birthDate: '2003-02-11', personal: { fullName: 'Synthetic Returnee' } })).toEqual([]);
    expect(problems(ScreenPersonDto, SCREENING)).toEqual(['birthDate']);
    expect(problems(ScreenPersonDto, { ...SCREENING, ageInYears: 17, exploitationIndicated: null })).toEqual(['exploitationIndicated']);
    expect(problems(ScreenPersonDto, { ...SCREENING, ageInYears: 17, outcome: 'victim', personal: { fullName: 'a\nb' } })).toEqual(['outcome', 'personal.fullName']);
    // Whether an outcome needs an exploitation is the decider's.
    expect(problems(ScreenPersonDto, { ...SCREENING, ageInYears: 17, outcome: 'not_identified' })).toEqual([]);
  });

  it('revises with a justification, and refers with codes of the receiving contexts (which fit the destination: the decider)', () => {
    expect(problems(ReviseScreeningDto, { outcome: 'person_at_risk', exploitationIndicated: 'at_risk', revisedOn: '2020-04-09', justification: 'Second interview' })).toEqual([]);
    expect(problems(ReviseScreeningDto, { outcome: 'person_at_risk', revisedOn: '2020-04-09' })).toEqual(['justification']);
    expect(problems(ReferPersonDto, { destination: 'partner_organisation', referredOn: '2020-04-03', organisation: 'ngo-ijm' })).toEqual([]);
    expect(problems(ReferPersonDto, { destination: 'police', referredOn: '2020-04-03', policeUnit: 'police-banteay-meanchey', suspectedOffence: 'unlawful_recruitment_for_exploitation' })).toEqual([]);
    // A case the police opened for an earlier referral has a name-based (v5) id.
    expect(problems(ReferPersonDto, { destination: 'police', referredOn: '2020-04-03', policeUnit: 'police-banteay-meanchey', policeCaseId: '2ed6657d-e927-568b-95e1-2665a8aea6a2' })).toEqual([]);
    expect(problems(ReferPersonDto, { destination: 'court', referredOn: '2020-04-03', organisation: 'ngo-x', policeUnit: 'x', policeCaseId: 'c2e8a6b3-1d4f-1e2a-8b7c-6a5d4c3b2a10', suspectedOffence: 'theft' })).toEqual([
      'destination',
      'organisation',
      'policeUnit',
      'policeCaseId',
      'suspectedOffence',
    ]);
  });

  it('checks a body’s codes', () => {
    const body = { reference: 'B-1', place: 'doung', receivedOn: '2020-06-11', receivedBy: 'police-commissariat-battambang', broughtBy: 'family', countryOfDeath: 'THA', sex: 'M', cause: 'accident' };
    expect(problems(RecordBodyReceivedDto, body)).toEqual([]);
    expect(problems(RecordBodyReceivedDto, { ...body, sex: 'X', cause: 'unknown', broughtBy: 'police' })).toEqual(['broughtBy', 'sex', 'cause']);
    const { reference: _reference, ...figures } = body;
    expect(problems(CorrectBodyRecordDto, { ...figures, correctedOn: '2020-06-15', justification: 'Cause reported wrongly' })).toEqual([]);
  });

  it('reads the list filters from the query string', () => {
    expect(problems(ListReceptionsQuery, { year: '2020', month: '4', province: 'banteay-meanchey', place: 'poipet', receivedBy: 'mofaic', status: 'withdrawn', page: '2', pageSize: '10' })).toEqual([]);
    expect(problems(ListReceptionsQuery, { month: '13', place: 'nowhere', status: 'gone', pageSize: '201' })).toEqual(['month', 'place', 'status', 'pageSize']);
    expect(problems(ListScreeningsQuery, { outcome: 'suspected_victim' })).toEqual([]);
    expect(problems(ListScreeningsQuery, { outcome: 'victim' })).toEqual(['outcome']);
    expect(problems(ListReferralsQuery, { destination: 'family' })).toEqual([]);
    expect(problems(ListReferralsQuery, { destination: 'court' })).toEqual(['destination']);
  });
});

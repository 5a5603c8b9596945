import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { AddAccusedDto, AddVictimDto } from './add-person.dto';
import { DeliverVerdictDto, ExtendPreTrialDetentionDto, LodgeAppealDto } from './court-file-steps.dto';
import { DetentionDeadlinesQuery } from './court-queries.dto';

/** What the global pipe does: whitelist + forbidNonWhitelisted; field names of the problems. */
function problems<T extends object>(type: new () => T, body: object): string[] {
  const errors = validateSync(plainToInstance(type, body), { whitelist: true, forbidNonWhitelisted: true });
  const names = (list: typeof errors, prefix = ''): string[] =>
    list.flatMap((e) => [...(e.constraints ? [`${prefix}${e.property}`] : []), ...names(e.children ?? [], `${prefix}${e.property}.`)]);
  return names(errors);
}

const PERSON = { sex: 'M', nationality: 'KHM', addedOn: '2020-03-15' };

describe('court DTOs (shape only: the decider owns meaning)', () => {
  it('takes a birth date or an age; with neither, names the birth date; both pass to the decider (which refuses them)', () => {
    expect(problems(AddAccusedDto, { ...PERSON, birthDate: '1990-01-01' })).toEqual([]);
    expect(problems(AddAccusedDto, { ...PERSON, ageInYears: 30 })).toEqual([]);
    expect(problems(AddAccusedDto, PERSON)).toEqual(['birthDate']);
    expect(problems(AddAccusedDto, { ...PERSON, ageInYears: 30, birthDate: '1990-02-30' })).toEqual(['birthDate']);
    expect(problems(AddAccusedDto, { ...PERSON, ageInYears: null })).toEqual(expect.arrayContaining(['ageInYears']));
  });

  it('requires the exploitation type of a victim, and refuses unknown keys inside personal', () => {
    expect(problems(AddVictimDto, { ...PERSON, ageInYears: 16 })).toEqual(['exploitationType']);
    expect(problems(AddVictimDto, { ...PERSON, ageInYears: 16, exploitationType: 'sexual', personal: { fullName: 'Synthetic', birthDate: '2004-01-01' } })).toEqual(['personal.birthDate']);
    expect(problems(AddVictimDto, { ...PERSON, ageInYears: 16, exploitationType: 'sexual', personal: { fullName: 'two\nlines' } })).toEqual(['personal.fullName']);
  });

  it('checks the shape of a fine (integer minor units, three capital letters) and leaves which outcome needs it to the decider', () => {
    const verdict = { outcome: 'acquittal', deliveredOn: '2020-11-20' };
    expect(problems(DeliverVerdictDto, { ...verdict, fine: { amount: 400000, currency: 'KHR' } })).toEqual([]);
    expect(problems(DeliverVerdictDto, { ...verdict, fine: { amount: 1.5, currency: 'khr' } })).toEqual(['fine.amount', 'fine.currency']);
    expect(problems(DeliverVerdictDto, { ...verdict, fine: { amount: 1, currency: 'KHR', converted: true } })).toEqual(['fine.converted']);
    expect(problems(DeliverVerdictDto, { ...verdict, termMonths: 0 })).toEqual(['termMonths']);
  });

  it('lets an extension leave its length to the legal limit, but not send null for it', () => {
    expect(problems(ExtendPreTrialDetentionDto, { extendedOn: '2020-09-01' })).toEqual([]);
    expect(problems(ExtendPreTrialDetentionDto, { extendedOn: '2020-09-01', months: null })).toEqual(['months']);
  });

  it('takes a person id of an appeal only as a UUID v4', () => {
    expect(problems(LodgeAppealDto, { appellant: 'prosecutor', lodgedOn: '2020-12-01' })).toEqual([]);
    expect(problems(LodgeAppealDto, { appellant: 'accused', lodgedOn: '2020-12-01', personId: 'not-an-id' })).toEqual(['personId']);
  });

  it('reads withinDays from the query string as a whole number from 0', () => {
    expect(problems(DetentionDeadlinesQuery, { withinDays: '30' })).toEqual([]);
    expect(problems(DetentionDeadlinesQuery, { withinDays: '0' })).toEqual([]);
    for (const bad of ['-1', '1.5', 'soon', '99999']) expect(problems(DetentionDeadlinesQuery, { withinDays: bad })).toEqual(['withinDays']);
    expect(problems(DetentionDeadlinesQuery, {})).toEqual(['withinDays']);
  });
});

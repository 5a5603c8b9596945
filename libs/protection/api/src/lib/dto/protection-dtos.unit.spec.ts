import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { RegisterProtectionCaseDto } from './register-protection-case.dto';
import { RecordCompensationReceivedDto, RecordConsentDto, ReopenProtectionCaseDto } from './protection-case-steps.dto';
import { ListProtectionCasesQuery, OverdueFollowUpsQuery } from './protection-queries.dto';

/** What the global pipe does: whitelist + forbidNonWhitelisted; field names of the problems. */
function problems<T extends object>(type: new () => T, body: object): string[] {
  const errors = validateSync(plainToInstance(type, body), { whitelist: true, forbidNonWhitelisted: true });
  const names = (list: typeof errors, prefix = ''): string[] =>
    list.flatMap((e) => [...(e.constraints ? [`${prefix}${e.property}`] : []), ...names(e.children ?? [], `${prefix}${e.property}.`)]);
  return names(errors);
}

const PERSON = { province: 'battambang', receivedOn: '2020-05-04', channel: 'self_referred', sex: 'F', nationality: 'KHM', exploitationType: 'labour' };

describe('protection DTOs (shape only: the decider owns meaning)', () => {
  it('takes a birth date or an age, and leaves which channel needs which field to the decider', () => {
    expect(problems(RegisterProtectionCaseDto, { ...PERSON, ageInYears: 17 })).toEqual([]);
    expect(problems(RegisterProtectionCaseDto, { ...PERSON, birthDate: '2003-02-11', personal: { fullName: 'Synthetic' } })).toEqual([]);
    expect(problems(RegisterProtectionCaseDto, PERSON)).toEqual(['birthDate']);
    expect(problems(RegisterProtectionCaseDto, { ...PERSON, ageInYears: 17, entryPoint: 'poipet' })).toEqual([]);
    expect(problems(RegisterProtectionCaseDto, { ...PERSON, ageInYears: 17, entryPoint: 'somewhere', receivedBy: 'ngo-unknown', policeCaseId: 'x' })).toEqual(['receivedBy', 'entryPoint', 'policeCaseId']);
    expect(problems(RegisterProtectionCaseDto, { ...PERSON, ageInYears: 17, personId: '00000000-0000-4000-8000-000000000001' })).toEqual(['personId']);
  });

  it('takes an empty sharing (a refusal) but checks each sharing it is given', () => {
    const consent = { givenBy: 'guardian', recordedOn: '2020-05-06' };
    expect(problems(RecordConsentDto, { ...consent, sharing: [] })).toEqual([]);
    expect(problems(RecordConsentDto, { ...consent, sharing: [{ organisation: 'ngo-aple', purposes: ['shelter', 'services'] }] })).toEqual([]);
    expect(problems(RecordConsentDto, { ...consent, sharing: [{ organisation: 'ngo-aple', purposes: [] }] })).toEqual(['sharing.0.purposes']);
    expect(problems(RecordConsentDto, { ...consent, sharing: [{ organisation: 'nobody', purposes: ['gossip'] }] })).toEqual(['sharing.0.organisation', 'sharing.0.purposes']);
    expect(problems(RecordConsentDto, consent)).toEqual(['sharing']);
  });

  it('checks money as integer minor units with a three-letter code', () => {
    expect(problems(RecordCompensationReceivedDto, { amount: 100000, currency: 'USD', receivedOn: '2020-12-15' })).toEqual([]);
    expect(problems(RecordCompensationReceivedDto, { amount: 10.5, currency: 'usd', receivedOn: '2020-12-15' })).toEqual(['amount', 'currency']);
    expect(problems(RecordCompensationReceivedDto, { amount: 0, currency: 'USD', receivedOn: '15/12/2020' })).toEqual(['amount', 'receivedOn']);
  });

  it('requires a one-line justification to reopen', () => {
    expect(problems(ReopenProtectionCaseDto, { reopenedOn: '2021-10-01', justification: 'Family situation changed' })).toEqual([]);
    expect(problems(ReopenProtectionCaseDto, { reopenedOn: '2021-10-01', justification: 'two\nlines' })).toEqual(['justification']);
    expect(problems(ReopenProtectionCaseDto, { reopenedOn: '2021-10-01' })).toEqual(['justification']);
  });

  it('reads the list filters and the overdue worker from the query string', () => {
    expect(problems(ListProtectionCasesQuery, { status: 'integrated', channel: 'police_hand_over', year: '2020', organisation: 'ngo-aple', page: '2' })).toEqual([]);
    expect(problems(ListProtectionCasesQuery, { status: 'done', year: 'soon', organisation: 'ngo-x' })).toEqual(['status', 'year', 'organisation']);
    expect(problems(OverdueFollowUpsQuery, { worker: 'social-worker-7', province: 'battambang' })).toEqual([]);
    expect(problems(OverdueFollowUpsQuery, { worker: 'bad\u0000id' })).toEqual(['worker']);
  });
});

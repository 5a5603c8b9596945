import type { ArgumentMetadata } from '@nestjs/common';
import { FieldValidationException, strictValidationPipe } from '@casetrail/platform-nest';
import { cambodianDateAt, yearOf } from '@casetrail/kernel';
import { LawEnforcementQueryDto } from './law-enforcement-query.dto';

const pipe = strictValidationPipe();
const metadata: ArgumentMetadata = { type: 'query', metatype: LawEnforcementQueryDto };

/** Runs the query through the same pipe the HTTP app uses; returns the DTO or the named fields. */
async function validateQuery(query: Record<string, string>): Promise<LawEnforcementQueryDto | string[]> {
  try {
    return (await pipe.transform(query, metadata)) as LawEnforcementQueryDto;
  } catch (error) {
    if (error instanceof FieldValidationException) return error.fields.map((f) => f.field);
    throw error;
  }
}

describe('LawEnforcementQueryDto', () => {
  it('accepts a year, a province, a unit and a format, and turns the year into a number', async () => {
    const dto = await validateQuery({ year: '2020', province: 'battambang', unit: 'police-battambang', format: 'csv' });
    expect(dto).toBeInstanceOf(LawEnforcementQueryDto);
    expect(dto).toEqual(Object.assign(new LawEnforcementQueryDto(), { year: 2020, province: 'battambang', unit: 'police-battambang', format: 'csv' }));
  });

  it.each([
    ['not a number', { year: 'twenty' }],
    ['a fraction', { year: '2020.5' }],
    ['before 2000', { year: '1999' }],
    ['after this year in Cambodia', { year: String(yearOf(cambodianDateAt(new Date().toISOString())) + 1) }],
    ['missing', {}],
  ])('refuses a year that is %s, naming the field', async (_, query) => {
    expect(await validateQuery(query)).toContain('year');
  });

  describe('the current year is the year in Cambodia (UTC+7)', () => {
    afterEach(() => jest.useRealTimers());
    it('takes 2025 from 17:00 UTC on 31 December 2024, midnight in Phnom Penh, not before', async () => {
      jest.useFakeTimers({ now: new Date('2024-12-31T16:59:59.000Z'), doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
      expect(await validateQuery({ year: '2025' })).toEqual(['year']);
      jest.setSystemTime(new Date('2024-12-31T17:00:00.000Z'));
      expect(await validateQuery({ year: '2025' })).toMatchObject({ year: 2025 });
    });
  });

  it('refuses an unknown parameter, naming the query (never repeating the name the client wrote)', async () => {
    expect(await validateQuery({ year: '2020', yaer: '2020' })).toEqual(['(query)']);
  });

  it('refuses a province, unit or format not in the reference lists, naming each', async () => {
    expect(await validateQuery({ year: '2020', province: 'atlantis', unit: 'police-atlantis', format: 'xml' })).toEqual([
      'province',
      'unit',
      'format',
    ]);
  });
});

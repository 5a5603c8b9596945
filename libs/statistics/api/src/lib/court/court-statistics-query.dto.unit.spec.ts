import type { ArgumentMetadata } from '@nestjs/common';
import { FieldValidationException, strictValidationPipe } from '@casetrail/platform-nest';
import { todayInCambodia } from '../http/statistics-query';
import { CourtDurationsQueryDto, CourtTableQueryDto, JusticeFunnelQueryDto } from './court-statistics-query.dto';

const pipe = strictValidationPipe();

/** Runs the query through the same pipe the HTTP app uses; returns the DTO or the named fields. */
async function validate<T>(metatype: new () => T, query: Record<string, string>): Promise<T | string[]> {
  const metadata: ArgumentMetadata = { type: 'query', metatype };
  try {
    return (await pipe.transform(query, metadata)) as T;
  } catch (error) {
    if (error instanceof FieldValidationException) return error.fields.map((f) => f.field);
    throw error;
  }
}

const nextYear = String(Number(todayInCambodia().slice(0, 4)) + 1);

describe('court statistics queries', () => {
  it('accept a year, a province and a format, and turn the year into a number', async () => {
    expect(await validate(CourtTableQueryDto, { year: '2020', province: 'kampot', format: 'csv' })).toEqual(
      Object.assign(new CourtTableQueryDto(), { year: 2020, province: 'kampot', format: 'csv' }),
    );
    expect(await validate(CourtDurationsQueryDto, { year: '2020' })).toEqual(Object.assign(new CourtDurationsQueryDto(), { year: 2020 }));
  });

  it.each([
    ['not a number', { year: 'twenty' }],
    ['before 2000', { year: '1999' }],
    ['after this year', { year: nextYear }],
    ['missing', {}],
  ])('refuse a year that is %s, naming the field', async (_, query) => {
    expect(await validate(CourtTableQueryDto, query)).toContain('year');
    expect(await validate(JusticeFunnelQueryDto, query)).toContain('year');
  });

  it('refuse unknown parameters and values outside the lists, naming each', async () => {
    const fields = await validate(CourtTableQueryDto, { year: '2020', province: 'atlantis', format: 'xml', unit: 'police-kampot' });
    expect([...(fields as string[])].sort()).toEqual(['(query)', 'format', 'province']);
    expect(await validate(CourtDurationsQueryDto, { year: '2020', format: 'csv' })).toEqual(['(query)']);
  });

  it('accept an as-of day from 1 January of the year to today', async () => {
    expect(await validate(JusticeFunnelQueryDto, { year: '2020', asOf: '2020-01-01' })).toMatchObject({ year: 2020, asOf: '2020-01-01' });
    expect(await validate(JusticeFunnelQueryDto, { year: '2020', asOf: todayInCambodia() })).toMatchObject({ asOf: todayInCambodia() });
  });

  it.each([
    ['before the year', '2019-12-31'],
    ['in the future', `${nextYear}-01-01`],
    ['not a date', '2020-02-30'],
    ['not in YYYY-MM-DD', '30/06/2021'],
  ])('refuse an as-of day %s, naming it', async (_, asOf) => {
    expect(await validate(JusticeFunnelQueryDto, { year: '2020', asOf })).toEqual(['asOf']);
  });
});

import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { OpenPoliceCaseDto } from './open-police-case.dto';

/*
 * Opening a case checks the date's shape only (`@IsDomainDate()`); "today in Cambodia" is the
 * decider's. A UTC check here refused "today in Cambodia" from 17:00 to 24:00 UTC.
 */
describe('OpenPoliceCaseDto dates (shape only)', () => {
  afterEach(() => jest.useRealTimers());

  it.each(['2024-05-31T16:59:59.000Z', '2024-05-31T17:00:00.000Z', '2024-05-31T23:59:59.000Z'])('leaves "today" to the decider, at %s', (instant) => {
    jest.useFakeTimers({ now: new Date(instant) });
    const open = plainToInstance(OpenPoliceCaseDto, {
      unit: { code: 'police-battambang', type: 'provincial_police' },
      province: 'battambang',
      offences: ['procuring'],
      openedOn: '2024-06-01',
    });
    expect(validateSync(open)).toEqual([]);
  });
});

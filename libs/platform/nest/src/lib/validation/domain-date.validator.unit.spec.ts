import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { IsDomainDate } from './domain-date.validator';

class Dated {
  @IsDomainDate()
  on!: string;
}

const problems = (on: unknown) => validateSync(plainToInstance(Dated, { on })).flatMap((e) => Object.values(e.constraints ?? {}));

/*
 * The DTO checks the shape of a domain date only; whether it is after today in Cambodia, or
 * before the first date casetrail records, is the decider's rule (one owner). A UTC check here
 * refused "today in Cambodia" from 17:00 to 24:00 UTC.
 */
describe('IsDomainDate (shape only)', () => {
  afterEach(() => jest.useRealTimers());

  it.each(['2024-05-31T16:59:59.000Z', '2024-05-31T17:00:00.000Z', '2024-05-31T23:59:59.000Z'])(
    'leaves "today" and "tomorrow" to the decider, at %s',
    (instant) => {
      jest.useFakeTimers({ now: new Date(instant) });
      // 17:00 UTC is midnight in Phnom Penh: 1 June is today there from then on.
      for (const on of ['2024-05-31', '2024-06-01', '2024-06-02']) expect(problems(on)).toEqual([]);
    },
  );

  it('refuses what is not a real calendar date YYYY-MM-DD, naming the field', () => {
    for (const on of ['2021-02-29', '2020-02-30', '2020-13-01', '2020-1-1', '20200101', '2020-01-01T00:00:00Z', ' 2020-01-01', 20200101, null]) {
      expect(problems(on)).toEqual(['on must be a date YYYY-MM-DD']);
    }
    expect(problems('2020-02-29')).toEqual([]);
  });
});

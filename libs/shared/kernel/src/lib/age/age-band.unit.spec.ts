import fc from 'fast-check';
import { AGE_BANDS, ageBandAt, ageBandOfYears, ageInYearsAt, isMinor, youngestAgeBandAt } from './age-band';
import { cambodianDateAt, isIsoDate } from '../calendar/domain-date';

describe('ageInYearsAt', () => {
  it('counts a birthday on the day itself as reached', () => {
    expect(ageInYearsAt('2005-06-10', '2020-06-10')).toBe(15);
    expect(ageInYearsAt('2005-06-10', '2020-06-09')).toBe(14);
  });

  it('treats 29 February birthdays as reached on 1 March in common years', () => {
    expect(ageInYearsAt('2004-02-29', '2022-02-28')).toBe(17);
    expect(ageInYearsAt('2004-02-29', '2022-03-01')).toBe(18);
    expect(ageInYearsAt('2004-02-29', '2024-02-29')).toBe(20);
    expect(ageInYearsAt('2004-02-29', '2024-02-28')).toBe(19);
  });

  it('is 0 on the day of birth and refuses a birth after the date', () => {
    expect(ageInYearsAt('2020-01-01', '2020-01-01')).toBe(0);
    expect(() => ageInYearsAt('2020-01-02', '2020-01-01')).toThrow(/after/);
  });

  it('refuses malformed dates', () => {
    expect(() => ageInYearsAt('2020-02-30', '2021-01-01')).toThrow(/YYYY-MM-DD/);
  });
});

describe('ageBandAt', () => {
  it('places the 15th and 18th birthdays in the upper band on the day', () => {
    expect(ageBandAt('2005-03-01', '2020-02-29')).toBe('under_15');
    expect(ageBandAt('2005-03-01', '2020-03-01')).toBe('15_17');
    expect(ageBandAt('2002-03-01', '2020-02-29')).toBe('15_17');
    expect(ageBandAt('2002-03-01', '2020-03-01')).toBe('18_plus');
  });

  it('uses an age in years at the event as given', () => {
    expect(ageBandAt(0, '2020-01-01')).toBe('under_15');
    expect(ageBandAt(14, '2020-01-01')).toBe('under_15');
    expect(ageBandAt(15, '2020-01-01')).toBe('15_17');
    expect(ageBandAt(17, '2020-01-01')).toBe('15_17');
    expect(ageBandAt(18, '2020-01-01')).toBe('18_plus');
  });

  it('refuses a negative or fractional age', () => {
    expect(() => ageBandOfYears(-1)).toThrow();
    expect(() => ageBandOfYears(15.5)).toThrow();
  });

  it('calls under-18 bands minors', () => {
    expect(isMinor('under_15')).toBe(true);
    expect(isMinor('15_17')).toBe(true);
    expect(isMinor('18_plus')).toBe(false);
  });
});

describe('youngestAgeBandAt (a band known at one date, the birth date forgotten)', () => {
  it('keeps the band while no whole year could have moved the person out of it', () => {
    expect(youngestAgeBandAt('under_15', '2020-03-02', '2020-03-20')).toBe('under_15');
    expect(youngestAgeBandAt('15_17', '2020-03-02', '2021-03-01')).toBe('15_17');
    expect(youngestAgeBandAt('18_plus', '2020-03-02', '2020-03-02')).toBe('18_plus');
  });

  it('moves up once the band is certainly left: 15 at the latest after 15 whole years, 18 after 3 from 15-17', () => {
    expect(youngestAgeBandAt('15_17', '2020-03-02', '2023-03-01')).toBe('15_17');
    expect(youngestAgeBandAt('15_17', '2020-03-02', '2023-03-02')).toBe('18_plus');
    expect(youngestAgeBandAt('under_15', '2005-06-10', '2020-06-10')).toBe('15_17');
    expect(youngestAgeBandAt('under_15', '2005-06-10', '2023-06-10')).toBe('18_plus');
  });

  it('is never older than the true band, and exact when the known band was 18 and over (property)', () => {
    const day = fc.integer({ min: 0, max: 130 * 366 }).map((n) => new Date(Date.UTC(1900, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.uniqueArray(day, { minLength: 3, maxLength: 3 }), (dates) => {
        const [birth, known, later] = [...dates].sort();
        const truth = ageBandAt(birth, later);
        const bound = youngestAgeBandAt(ageBandAt(birth, known), known, later);
        expect(AGE_BANDS.indexOf(bound)).toBeLessThanOrEqual(AGE_BANDS.indexOf(truth));
        if (ageBandAt(birth, known) === '18_plus') expect(bound).toBe('18_plus');
      }),
      { seed: 8, numRuns: 2000 },
    );
  });
});

describe('dates', () => {
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2020-02-29')).toBe(true);
    expect(isIsoDate('2021-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2020-04-31')).toBe(false);
    expect(isIsoDate('2020-4-1')).toBe(false);
    expect(isIsoDate(20200401)).toBe(false);
  });

  it('reads the date in Cambodia (UTC+7) from an instant', () => {
    expect(cambodianDateAt('2020-05-01T16:59:59.000Z')).toBe('2020-05-01');
    expect(cambodianDateAt('2020-05-01T17:00:00.000Z')).toBe('2020-05-02');
  });
});

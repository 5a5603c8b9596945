import { cambodianDateAt, startOfCambodianDay } from './domain-date';

describe('startOfCambodianDay', () => {
  it('is 17:00 UTC of the day before (Cambodia is UTC+7 all year)', () => {
    expect(startOfCambodianDay('2020-03-01')).toBe('2020-02-29T17:00:00.000Z');
    expect(startOfCambodianDay('2021-01-01')).toBe('2020-12-31T17:00:00.000Z');
  });

  it('reads back as the same Cambodian date', () => {
    for (const date of ['2000-01-01', '2020-02-29', '2026-11-30']) {
      expect(cambodianDateAt(startOfCambodianDay(date)!)).toBe(date);
    }
  });

  it('is null for what is not a calendar date', () => {
    for (const date of ['2021-02-29', '2020-13-01', '20200101', '']) expect(startOfCambodianDay(date)).toBeNull();
  });
});

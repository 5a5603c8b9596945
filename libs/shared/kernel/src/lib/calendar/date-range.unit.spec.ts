import { MAX_AGE_YEARS } from '../age/age-band';
import { birthDateRangeProblem, EARLIEST_EVENT_DATE, eventDateRangeProblem } from './date-range';

describe('the range of domain dates', () => {
  // 2024-05-31T17:00:00Z is midnight, 1 June, in Phnom Penh.
  const now = '2024-05-31T17:00:00.000Z';

  it('starts on 1 January 2000, the first year the statistics cover', () => {
    expect(EARLIEST_EVENT_DATE).toBe('2000-01-01');
    expect(eventDateRangeProblem('2000-01-01', now)).toBeNull();
    expect(eventDateRangeProblem('1999-12-31', now)).toBe('before_earliest');
    expect(eventDateRangeProblem('1899-01-01', now)).toBe('before_earliest');
    expect(eventDateRangeProblem('0000-01-01', now)).toBe('before_earliest');
  });

  it('ends today in Cambodia (UTC+7), whatever the date in UTC', () => {
    expect(eventDateRangeProblem('2024-06-01', now)).toBeNull();
    expect(eventDateRangeProblem('2024-06-02', now)).toBe('after_today');
    expect(eventDateRangeProblem('2024-05-31', '2024-05-31T16:59:59.999Z')).toBeNull();
    expect(eventDateRangeProblem('2024-06-01', '2024-05-31T16:59:59.999Z')).toBe('after_today');
  });

  it(`takes a birth date up to ${MAX_AGE_YEARS} years before the event, never after it`, () => {
    expect(birthDateRangeProblem('2020-03-02', '2020-03-02')).toBeNull();
    expect(birthDateRangeProblem('2020-03-03', '2020-03-02')).toBe('after_event');
    // 120 on the day of the event: still in range; 121: not.
    expect(birthDateRangeProblem('1900-03-02', '2020-03-02')).toBeNull();
    expect(birthDateRangeProblem('1900-03-03', '2020-03-02')).toBeNull();
    expect(birthDateRangeProblem('1899-03-02', '2020-03-02')).toBe('over_max_age');
    expect(birthDateRangeProblem('1899-01-01', '2020-03-02')).toBe('over_max_age');
    expect(birthDateRangeProblem('0000-01-01', '2020-03-02')).toBe('over_max_age');
  });
});

import { nearestRankPercentile, summariseDurations } from './percentiles';

describe('nearest-rank percentiles', () => {
  const oneToTen = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];

  it('takes the value at rank ceil(p/100 × n) of the sorted values', () => {
    expect(nearestRankPercentile(oneToTen, 50)).toBe(5);
    expect(nearestRankPercentile(oneToTen, 90)).toBe(9);
    expect(nearestRankPercentile(oneToTen, 91)).toBe(10);
    expect(nearestRankPercentile(oneToTen, 100)).toBe(10);
  });

  it('gives the lower middle value as the median of an even count, and an observed value always', () => {
    expect(nearestRankPercentile([30, 2, 9, 4], 50)).toBe(4);
    expect(nearestRankPercentile([7], 50)).toBe(7);
    expect(nearestRankPercentile([7], 90)).toBe(7);
  });

  it('needs no tie rule: equal values sit side by side', () => {
    expect(nearestRankPercentile([3, 9, 3, 3], 50)).toBe(3);
    expect(nearestRankPercentile([3, 9, 3, 3], 90)).toBe(9);
  });

  it('is null without values, and refuses a percentile outside (0, 100]', () => {
    expect(nearestRankPercentile([], 50)).toBeNull();
    expect(summariseDurations([])).toEqual({ count: 0, medianDays: null, p90Days: null });
    expect(() => nearestRankPercentile([1], 0)).toThrow(/percentile/);
    expect(() => nearestRankPercentile([1], 101)).toThrow(/percentile/);
  });
});

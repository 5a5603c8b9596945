/**
 * Nearest-rank percentiles: the p-th percentile of n values sorted ascending is the value at rank
 * ceil(p / 100 × n) (1-based). It is always one of the observed values (a whole number of days,
 * never an interpolation between two files), ties need no rule (equal values sit side by side),
 * and the median of an even count is the lower of the two middle values (of 2, 4, 9, 30: 4).
 * No value: null.
 */
export function nearestRankPercentile(values: readonly number[], p: number): number | null {
  if (!(p > 0 && p <= 100)) throw new Error(`A percentile is above 0 and at most 100, not ${p}`);
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil((p / 100) * sorted.length) - 1];
}

export interface DurationSummary {
  /** How many durations (persons or files) ended in the year. */
  count: number;
  /** Nearest-rank median in days; null when `count` is 0. */
  medianDays: number | null;
  /** Nearest-rank 90th percentile in days; null when `count` is 0. */
  p90Days: number | null;
}

export function summariseDurations(days: readonly number[]): DurationSummary {
  return { count: days.length, medianDays: nearestRankPercentile(days, 50), p90Days: nearestRankPercentile(days, 90) };
}

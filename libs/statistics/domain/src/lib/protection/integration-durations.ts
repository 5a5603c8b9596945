import { provinceByCode, yearOf } from '@casetrail/kernel';
import { changeOf, type FigureChange } from '../law-enforcement/law-enforcement-figures';
import { daysBetween } from '@casetrail/kernel';
import { summariseDurations, type DurationSummary } from '../court/percentiles';
import { countsInStatistics, type ProtectionCaseFacts } from './protection-case-facts';

/** The durations measured up to an integration, in whole days. Definitions: docs/statistics.md. */
export const INTEGRATION_DURATION_MEASURES = ['rescueToIntegration', 'receptionToIntegration'] as const;
export type IntegrationDurationMeasure = (typeof INTEGRATION_DURATION_MEASURES)[number];

export interface IntegrationDurationsOptions {
  year: number;
  /** The provinces to give a row each, in this order (the integration's province); the last row pools them. */
  provinces: readonly string[];
}

/** How a summary moved from the year before: the count's change, and the median's and p90's in days (null when either year has none). */
export interface DurationChange {
  count: FigureChange;
  medianDays: number | null;
  p90Days: number | null;
}

export interface IntegrationDurationsRow {
  level: 'province' | 'total';
  province: string | null;
  label: string;
  current: Record<IntegrationDurationMeasure, DurationSummary>;
  previous: Record<IntegrationDurationMeasure, DurationSummary>;
  change: Record<IntegrationDurationMeasure, DurationChange>;
}

export interface IntegrationDurations {
  year: number;
  previousYear: number;
  measures: readonly IntegrationDurationMeasure[];
  /** One row per province, then the total over the same durations pooled (not a sum of medians). */
  rows: IntegrationDurationsRow[];
}

/**
 * Median and 90th percentile (nearest rank) of the time to integration, per province of the
 * integration, over the integrations dated in the year and in the year before:
 * - rescueToIntegration: the police rescue (`rescuedOn`, persons handed over by the police) →
 *   `integratedOn`;
 * - receptionToIntegration: `receivedOn` → `integratedOn`, for every integration.
 * A case closed as recorded in error counts nowhere. Pure.
 */
export function buildIntegrationDurations(facts: readonly ProtectionCaseFacts[], options: IntegrationDurationsOptions): IntegrationDurations {
  const { year, provinces } = options;
  const previousYear = year - 1;
  type Lists = Record<IntegrationDurationMeasure, number[]>;
  const empty = (): Lists => ({ rescueToIntegration: [], receptionToIntegration: [] });
  const perProvince = new Map(provinces.map((p) => [p, { current: empty(), previous: empty() }]));
  const all = { current: empty(), previous: empty() };
  for (const f of facts) {
    if (!countsInStatistics(f)) continue;
    for (const [period, y] of [['current', year], ['previous', previousYear]] as const) {
      for (const { province, measure, days } of integrationDurationsOf(f, y)) {
        const lists = perProvince.get(province);
        if (!lists) continue;
        lists[period][measure].push(days);
        all[period][measure].push(days);
      }
    }
  }
  const summaries = (lists: Lists) =>
    Object.fromEntries(INTEGRATION_DURATION_MEASURES.map((m) => [m, summariseDurations(lists[m])])) as Record<IntegrationDurationMeasure, DurationSummary>;
  const row = (level: IntegrationDurationsRow['level'], province: string | null, label: string, lists: { current: Lists; previous: Lists }): IntegrationDurationsRow => {
    const current = summaries(lists.current);
    const previous = summaries(lists.previous);
    const change = Object.fromEntries(INTEGRATION_DURATION_MEASURES.map((m) => [m, durationChange(current[m], previous[m])])) as Record<IntegrationDurationMeasure, DurationChange>;
    return { level, province, label, current, previous, change };
  };
  const rows = provinces.map((p) => row('province', p, provinceByCode(p)?.name ?? p, perProvince.get(p)!));
  rows.push(row('total', null, 'Total', all));
  return { year, previousYear, measures: INTEGRATION_DURATION_MEASURES, rows };
}

/** The durations of one case that end in the year (its integrations in the year), with the integration's province. */
export function integrationDurationsOf(f: ProtectionCaseFacts, year: number): Array<{ province: string; measure: IntegrationDurationMeasure; days: number }> {
  const found: Array<{ province: string; measure: IntegrationDurationMeasure; days: number }> = [];
  for (const i of f.integrations) {
    if (yearOf(i.integratedOn) !== year) continue;
    if (f.rescuedOn !== null) found.push({ province: i.province, measure: 'rescueToIntegration', days: daysBetween(f.rescuedOn, i.integratedOn) });
    found.push({ province: i.province, measure: 'receptionToIntegration', days: daysBetween(f.receivedOn, i.integratedOn) });
  }
  return found;
}

function durationChange(current: DurationSummary, previous: DurationSummary): DurationChange {
  const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);
  return { count: changeOf(current.count, previous.count), medianDays: diff(current.medianDays, previous.medianDays), p90Days: diff(current.p90Days, previous.p90Days) };
}

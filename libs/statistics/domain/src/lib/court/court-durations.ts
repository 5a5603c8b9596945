import { provinceByCode, yearOf } from '@casetrail/kernel';
import type { CourtFileFacts } from './court-file-facts';
import { daysBetween } from '@casetrail/kernel';
import { finalVerdictOf } from './court-stage-periods';
import { summariseDurations, type DurationSummary } from './percentiles';

/** The stage durations measured, each in whole days. Definitions: docs/statistics.md. */
export const COURT_DURATION_MEASURES = ['arrestToCharge', 'chargeToClosingOrder', 'closingOrderToVerdict'] as const;
export type CourtDurationMeasure = (typeof COURT_DURATION_MEASURES)[number];

export interface CourtDurationsOptions {
  year: number;
  /** The provinces to give a row each, in this order (the court's province); the last row pools them. */
  provinces: readonly string[];
}

export interface CourtDurationsRow {
  level: 'province' | 'total';
  /** Null on the total row. */
  province: string | null;
  label: string;
  durations: Record<CourtDurationMeasure, DurationSummary>;
}

export interface CourtDurations {
  year: number;
  measures: readonly CourtDurationMeasure[];
  /** One row per province, then the total over the same durations pooled (not a sum of medians). */
  rows: CourtDurationsRow[];
}

/**
 * Median and 90th percentile of three stage durations per province, over the durations that END
 * in the year (so a year's figures are final once the year is over, and every duration is counted
 * in exactly one year):
 * - arrestToCharge, per accused forwarded by the police: police `arrestedOn` → first charge;
 * - chargeToClosingOrder, per file: its first charge (any accused) → the closing order;
 * - closingOrderToVerdict, per accused of a file sent to trial by a closing order: the closing
 *   order → the accused's final verdict (a deferral or bail does not end it).
 * Pure; percentiles are nearest-rank (see `nearestRankPercentile`).
 */
export function buildCourtDurations(facts: readonly CourtFileFacts[], options: CourtDurationsOptions): CourtDurations {
  const { year, provinces } = options;
  const empty = () => Object.fromEntries(COURT_DURATION_MEASURES.map((m) => [m, [] as number[]])) as Record<CourtDurationMeasure, number[]>;
  const perProvince = new Map(provinces.map((p) => [p, empty()]));
  const all = empty();
  for (const f of facts) {
    const lists = perProvince.get(f.province);
    if (!lists) continue;
    for (const [measure, days] of durationsOf(f, year)) {
      lists[measure].push(days);
      all[measure].push(days);
    }
  }
  const summaries = (lists: Record<CourtDurationMeasure, number[]>) =>
    Object.fromEntries(COURT_DURATION_MEASURES.map((m) => [m, summariseDurations(lists[m])])) as Record<CourtDurationMeasure, DurationSummary>;
  const rows: CourtDurationsRow[] = provinces.map((p) => ({
    level: 'province',
    province: p,
    label: provinceByCode(p)?.name ?? p,
    durations: summaries(perProvince.get(p)!),
  }));
  rows.push({ level: 'total', province: null, label: 'Total', durations: summaries(all) });
  return { year, measures: COURT_DURATION_MEASURES, rows };
}

/** The durations of one file that end in the year, as [measure, days]. */
export function durationsOf(f: CourtFileFacts, year: number): Array<[CourtDurationMeasure, number]> {
  const found: Array<[CourtDurationMeasure, number]> = [];
  for (const a of f.accused) {
    const charge = a.charges[0];
    if (a.arrestedOn !== null && charge && yearOf(charge.chargedOn) === year) found.push(['arrestToCharge', daysBetween(a.arrestedOn, charge.chargedOn)]);
  }
  const order = f.closingOrder;
  if (!order) return found;
  const charges = f.accused.flatMap((a) => a.charges.map((c) => c.chargedOn)).filter((d) => d <= order.issuedOn).sort();
  if (charges.length > 0 && yearOf(order.issuedOn) === year) found.push(['chargeToClosingOrder', daysBetween(charges[0], order.issuedOn)]);
  if (order.outcome !== 'sent_to_trial') return found;
  for (const a of f.accused) {
    const final = finalVerdictOf(a);
    if (final && yearOf(final.deliveredOn) === year) found.push(['closingOrderToVerdict', daysBetween(order.issuedOn, final.deliveredOn)]);
  }
  return found;
}

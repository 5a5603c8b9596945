import { provinceByCode, yearOf } from '@casetrail/kernel';
import type { PoliceCaseFacts } from '../law-enforcement/police-case-facts';
import type { CourtFileFacts } from './court-file-facts';
import { chargedAccused, finalVerdictOf } from './court-stage-periods';

/**
 * The steps of the justice funnel, in order. Each step is a subset of the one before it, so the
 * counts never grow down the funnel; at the end, the cases sent to trial split into convicted,
 * acquitted and judgment pending (the three add up to sentToTrial).
 */
export const JUSTICE_FUNNEL_STEPS = ['forwarded', 'received', 'charged', 'sentToTrial', 'convicted', 'acquitted', 'judgmentPending'] as const;
export type JusticeFunnelStep = (typeof JUSTICE_FUNNEL_STEPS)[number];

export interface JusticeFunnelOptions {
  /** The cohort: police cases forwarded to the prosecutor in this year. */
  year: number;
  /** Steps count what had happened by this day (YYYY-MM-DD) included. */
  asOf: string;
  /** The provinces to give a row each, in this order (the police case's province); the last row sums them. */
  provinces: readonly string[];
}

export interface JusticeFunnelRow {
  level: 'province' | 'total';
  /** Null on the total row. */
  province: string | null;
  label: string;
  counts: Record<JusticeFunnelStep, number>;
  /** Each count as a percentage of `forwarded` (2 decimals); null when nothing was forwarded. */
  percentOfForwarded: Record<JusticeFunnelStep, number | null>;
}

export interface JusticeFunnel {
  year: number;
  asOf: string;
  steps: readonly JusticeFunnelStep[];
  rows: JusticeFunnelRow[];
}

const CONVICTIONS = ['imprisonment', 'suspended_sentence', 'fine'];

/**
 * What became of the police cases forwarded in a year, as of a day. A case counts as
 * - forwarded: `CaseForwardedToProsecutor` dated in the year, on or before `asOf`;
 * - received: its court file (opened from the forwarding, same id) received on or before `asOf`;
 * - charged: at least one person of the file charged on or before `asOf`;
 * - sentToTrial: the file entered the trial stage (submitted for trial, or a closing order
 *   sending it to trial) on or before `asOf`;
 * - convicted: at least one final verdict of imprisonment, suspended sentence or fine delivered
 *   on or before `asOf`;
 * - acquitted: not convicted, and every person charged by `asOf` acquitted by a final verdict
 *   delivered on or before `asOf`;
 * - judgmentPending: sent to trial, neither convicted nor acquitted.
 * Pure; dates are domain dates, so a step recorded late still counts on the day it happened.
 */
export function buildJusticeFunnel(
  policeCases: readonly PoliceCaseFacts[],
  courtFiles: readonly CourtFileFacts[],
  options: JusticeFunnelOptions,
): JusticeFunnel {
  const { year, asOf, provinces } = options;
  const fileOfCase = new Map<string, CourtFileFacts>();
  for (const f of courtFiles) if (f.origin.kind === 'police') fileOfCase.set(f.origin.policeCaseId, f);
  const zero = () => Object.fromEntries(JUSTICE_FUNNEL_STEPS.map((s) => [s, 0])) as Record<JusticeFunnelStep, number>;
  const perProvince = new Map(provinces.map((p) => [p, zero()]));
  for (const c of policeCases) {
    const counts = perProvince.get(c.province);
    if (!counts || c.forwardedOn === null || yearOf(c.forwardedOn) !== year || c.forwardedOn > asOf) continue;
    for (const step of stepsReached(fileOfCase.get(c.caseId) ?? null, asOf)) counts[step] += 1;
  }
  const rows: JusticeFunnelRow[] = provinces.map((p) => row('province', p, provinceByCode(p)?.name ?? p, perProvince.get(p)!));
  const total = zero();
  for (const r of rows) for (const s of JUSTICE_FUNNEL_STEPS) total[s] += r.counts[s];
  rows.push(row('total', null, 'Total', total));
  return { year, asOf, steps: JUSTICE_FUNNEL_STEPS, rows };
}

/** The steps a forwarded case had reached by `asOf`, given its court file (if any). */
export function stepsReached(file: CourtFileFacts | null, asOf: string): JusticeFunnelStep[] {
  const steps: JusticeFunnelStep[] = ['forwarded'];
  if (!file || file.receivedOn === null || file.receivedOn > asOf) return steps;
  steps.push('received');
  const charged = chargedAccused(file).filter((a) => a.charges[0].chargedOn <= asOf);
  if (charged.length === 0) return steps;
  steps.push('charged');
  if (file.entered.trial === null || file.entered.trial > asOf) return steps;
  steps.push('sentToTrial');
  const finals = charged.map((a) => finalVerdictOf(a)).map((v) => (v && v.deliveredOn <= asOf ? v : null));
  if (finals.some((v) => v !== null && CONVICTIONS.includes(v.outcome))) steps.push('convicted');
  else if (finals.every((v) => v !== null && v.outcome === 'acquittal')) steps.push('acquitted');
  else steps.push('judgmentPending');
  return steps;
}

function row(level: JusticeFunnelRow['level'], province: string | null, label: string, counts: Record<JusticeFunnelStep, number>): JusticeFunnelRow {
  const forwarded = counts.forwarded;
  const percentOfForwarded = Object.fromEntries(
    JUSTICE_FUNNEL_STEPS.map((s) => [s, forwarded === 0 ? null : Math.round((counts[s] / forwarded) * 10000) / 100]),
  ) as Record<JusticeFunnelStep, number | null>;
  return { level, province, label, counts, percentOfForwarded };
}

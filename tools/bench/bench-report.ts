import * as Joi from 'joi';
import type { BenchRow } from './bench-row';

/** One benchmark's part of a run: its rows as `printTable` showed them. */
export interface BenchReportSection {
  name: string;
  description: string;
  seconds: number;
  rows: BenchRow[];
}

/** What `npm run bench` writes as JSON, so that two runs can be compared (`--compare`). */
export interface BenchReport {
  /** ISO date of the start of the run. */
  date: string;
  node: string;
  sqlite: string;
  cores: number;
  cpu: string;
  /** `git rev-parse HEAD`, with `-dirty` when the worktree had changes; `unknown` outside git. */
  commit: string;
  quick: boolean;
  scale: boolean;
  benchmarks: BenchReportSection[];
}

const finite = () => Joi.number().min(0);
const rowSchema = Joi.object({
  benchmark: Joi.string().required(),
  setting: Joi.string().allow('').required(),
  events: finite().required(),
  eventsPerSecond: finite().required(),
  baselineEventsPerSecond: finite().optional(),
  p50Ms: finite().optional(),
  p99Ms: finite().optional(),
  failures: Joi.number().integer().min(0).optional(),
}).unknown(true);
const reportSchema = Joi.object({
  date: Joi.string().isoDate().required(),
  node: Joi.string().required(),
  sqlite: Joi.string().required(),
  cores: Joi.number().integer().min(1).required(),
  cpu: Joi.string().allow('').required(),
  commit: Joi.string().required(),
  quick: Joi.boolean().required(),
  scale: Joi.boolean().required(),
  benchmarks: Joi.array()
    .items(Joi.object({ name: Joi.string().required(), description: Joi.string().allow('').required(), seconds: finite().required(), rows: Joi.array().items(rowSchema).required() }).unknown(true))
    .required(),
}).unknown(true);

/** Reads a report written by an earlier run; throws naming what is wrong with it. */
export function parseBenchReport(json: string, source: string): BenchReport {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw new Error(`${source}: not JSON (${(error as Error).message})`);
  }
  const { value, error } = reportSchema.validate(parsed, { abortEarly: false, convert: false });
  if (error) throw new Error(`${source}: not a bench report: ${error.details.map((d) => d.message.replace(/"/g, '')).join('; ')}`);
  return value as BenchReport;
}

/** One row of the current run beside the same row of the previous one (or alone: new, or gone). */
export interface RowChange {
  /** Benchmark name, row benchmark and setting: what matches a row across runs. */
  key: string;
  status: 'both' | 'new' | 'gone';
  ours: Change;
  raw: Change;
  /** ours/raw in each run. */
  ratio: Change;
}

export interface Change {
  previous?: number;
  current?: number;
  /** (current - previous) / previous × 100, when both exist and previous is not 0. */
  percent?: number;
}

const keyOf = (section: string, row: BenchRow) => `${section} / ${row.benchmark} / ${row.setting}`;
const ratioOf = (row: BenchRow | undefined) =>
  row?.baselineEventsPerSecond ? row.eventsPerSecond / row.baselineEventsPerSecond : undefined;

function change(previous: number | undefined, current: number | undefined): Change {
  const percent = previous !== undefined && current !== undefined && previous !== 0 ? ((current - previous) / previous) * 100 : undefined;
  return { previous, current, percent };
}

/**
 * Matches the rows of two runs by benchmark name, row benchmark and setting, in the current
 * run's order, then the previous run's rows that are gone. Rows whose key appears twice in a
 * run are matched in order of appearance.
 */
export function compareReports(previous: BenchReport, current: BenchReport): RowChange[] {
  const flatten = (report: BenchReport) => report.benchmarks.flatMap((s) => s.rows.map((row) => ({ key: keyOf(s.name, row), row })));
  const before = flatten(previous);
  const used = new Set<number>();
  const changes: RowChange[] = [];
  for (const { key, row } of flatten(current)) {
    const index = before.findIndex((b, i) => !used.has(i) && b.key === key);
    const old = index >= 0 ? before[index]!.row : undefined;
    if (index >= 0) used.add(index);
    changes.push({
      key,
      status: old ? 'both' : 'new',
      ours: change(old?.eventsPerSecond, row.eventsPerSecond),
      raw: change(old?.baselineEventsPerSecond, row.baselineEventsPerSecond),
      ratio: change(ratioOf(old), ratioOf(row)),
    });
  }
  before.forEach(({ key, row }, i) => {
    if (used.has(i)) return;
    changes.push({ key, status: 'gone', ours: change(row.eventsPerSecond, undefined), raw: change(row.baselineEventsPerSecond, undefined), ratio: change(ratioOf(row), undefined) });
  });
  return changes;
}

const rate = (n: number | undefined) => (n === undefined ? '-' : Math.round(n).toLocaleString('en-US'));
const signed = (p: number | undefined) => (p === undefined ? '' : ` (${p >= 0 ? '+' : ''}${p.toFixed(1)}%)`);
const ratio = (n: number | undefined) => (n === undefined ? '-' : n.toFixed(2));

/** The comparison as text lines: per row, ours and raw (events/s) and ours/raw, before → now (change). */
export function formatComparison(changes: readonly RowChange[], previousLabel: string): string[] {
  const header = ['row', 'ours: before → now', 'raw: before → now', 'ours/raw: before → now'];
  const cells = changes.map((c) => [
    c.status === 'both' ? c.key : `${c.key} [${c.status}]`,
    `${rate(c.ours.previous)} → ${rate(c.ours.current)}${signed(c.ours.percent)}`,
    `${rate(c.raw.previous)} → ${rate(c.raw.current)}${signed(c.raw.percent)}`,
    `${ratio(c.ratio.previous)} → ${ratio(c.ratio.current)}${signed(c.ratio.percent)}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ').trimEnd();
  return ['', `Change against ${previousLabel} (events/s; ratio = ours/raw)`, line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)];
}

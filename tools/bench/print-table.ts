import type { BenchRow } from './bench-row';

const rate = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number | undefined) => (n === undefined ? '-' : n.toFixed(n < 10 ? 2 : 1));

/**
 * Prints rows as an aligned text table: events/s (or the row's unit), the raw baseline and ours/raw
 * when there is one; latency (p50, p99 in ms) and failures only when a row of the table has them.
 */
export function printTable(title: string, rows: readonly BenchRow[], write: (line: string) => void = console.log): void {
  const latency = rows.some((r) => r.p50Ms !== undefined || r.p99Ms !== undefined);
  const failures = rows.some((r) => r.failures !== undefined);
  const header = ['benchmark', 'setting', 'events', 'events/s', 'raw events/s', 'ours/raw', ...(latency ? ['p50 ms', 'p99 ms'] : []), ...(failures ? ['failures'] : [])];
  const cells = rows.map((r) => [
    r.benchmark,
    r.setting,
    r.events.toLocaleString('en-US'),
    r.unit === undefined ? rate(r.eventsPerSecond) : `${r.eventsPerSecond.toFixed(r.unit === 'MiB' ? 0 : 1)} ${r.unit}`,
    r.baselineEventsPerSecond === undefined ? '-' : rate(r.baselineEventsPerSecond),
    r.baselineEventsPerSecond === undefined ? '-' : (r.eventsPerSecond / r.baselineEventsPerSecond).toFixed(2),
    ...(latency ? [ms(r.p50Ms), ms(r.p99Ms)] : []),
    ...(failures ? [r.failures === undefined ? '-' : r.failures.toLocaleString('en-US')] : []),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  // Text columns left-aligned, numbers right-aligned.
  const line = (c: string[]) => c.map((v, i) => (i < 2 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ');
  write('');
  write(title);
  write(line(header));
  write(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) write(line(c));
}

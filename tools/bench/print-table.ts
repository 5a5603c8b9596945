import type { BenchRow } from './bench-row';

const rate = (n: number) => Math.round(n).toLocaleString('en-US');

/** Prints rows as an aligned text table (events/s, or the row's unit; adapter/raw when there is a baseline). */
export function printTable(title: string, rows: readonly BenchRow[], write: (line: string) => void = console.log): void {
  const header = ['benchmark', 'setting', 'events', 'events/s', 'raw events/s', 'adapter/raw'];
  const cells = rows.map((r) => [
    r.benchmark,
    r.setting,
    r.events.toLocaleString('en-US'),
    r.unit === undefined ? rate(r.eventsPerSecond) : `${r.eventsPerSecond.toFixed(r.unit === 'MiB' ? 0 : 1)} ${r.unit}`,
    r.baselineEventsPerSecond === undefined ? '-' : rate(r.baselineEventsPerSecond),
    r.baselineEventsPerSecond === undefined ? '-' : (r.eventsPerSecond / r.baselineEventsPerSecond).toFixed(2),
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

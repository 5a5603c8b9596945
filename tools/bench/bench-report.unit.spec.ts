import { compareReports, formatComparison, parseBenchReport, type BenchReport } from './bench-report';
import type { BenchRow } from './bench-row';

function report(sections: Record<string, BenchRow[]>): BenchReport {
  return {
    date: '2026-01-01T00:00:00.000Z',
    node: 'v20.0.0',
    sqlite: '3.50.0',
    cores: 2,
    cpu: 'test cpu',
    commit: 'abc',
    quick: false,
    scale: false,
    benchmarks: Object.entries(sections).map(([name, rows]) => ({ name, description: '', seconds: 1, rows })),
  };
}
const row = (benchmark: string, setting: string, eventsPerSecond: number, baselineEventsPerSecond?: number): BenchRow => ({ benchmark, setting, events: 100, eventsPerSecond, baselineEventsPerSecond });

describe('compareReports', () => {
  it('matches rows by benchmark name, row benchmark and setting, and gives the change of ours, raw and ours/raw', () => {
    const before = report({ store: [row('append', 'synchronous=FULL', 1000, 2000), row('append', 'synchronous=NORMAL', 4000, 5000)] });
    const now = report({ store: [row('append', 'synchronous=NORMAL', 5000, 5000), row('append', 'synchronous=FULL', 1500, 2000)] });
    const [normal, full] = compareReports(before, now);
    expect(normal).toEqual({
      key: 'store / append / synchronous=NORMAL',
      status: 'both',
      ours: { previous: 4000, current: 5000, percent: 25 },
      raw: { previous: 5000, current: 5000, percent: 0 },
      ratio: { previous: 0.8, current: 1, percent: expect.closeTo(25, 9) },
    });
    expect(full!.ours).toEqual({ previous: 1000, current: 1500, percent: 50 });
    expect(full!.ratio).toEqual({ previous: 0.5, current: 0.75, percent: 50 });
  });

  it('does not match a row of the same name under another benchmark or setting', () => {
    const before = report({ store: [row('append', 'synchronous=FULL', 1000)], bus: [row('append', 'batch 100', 10)] });
    const now = report({ bus: [row('append', 'synchronous=FULL', 2000)] });
    expect(compareReports(before, now).map((c) => [c.key, c.status])).toEqual([
      ['bus / append / synchronous=FULL', 'new'],
      ['store / append / synchronous=FULL', 'gone'],
      ['bus / append / batch 100', 'gone'],
    ]);
  });

  it('leaves the change out where a side has no value (no baseline, a new row, a zero before)', () => {
    const before = report({ http: [row('command', 'max rate', 0), row('bare', 'max rate', 10)] });
    const now = report({ http: [row('command', 'max rate', 300, 1000), row('bare', 'max rate', 20), row('command', 'half rate', 150)] });
    const [command, bare, half] = compareReports(before, now);
    expect(command!.ours).toEqual({ previous: 0, current: 300, percent: undefined });
    expect(command!.raw).toEqual({ previous: undefined, current: 1000, percent: undefined });
    expect(command!.ratio).toEqual({ previous: undefined, current: 0.3, percent: undefined });
    expect(bare!.ours.percent).toBe(100);
    expect(half).toMatchObject({ status: 'new', ours: { previous: undefined, current: 150, percent: undefined } });
  });

  it('matches repeated keys in order of appearance', () => {
    const before = report({ s: [row('a', 'x', 100), row('a', 'x', 200)] });
    const now = report({ s: [row('a', 'x', 110), row('a', 'x', 220), row('a', 'x', 1)] });
    expect(compareReports(before, now).map((c) => [c.status, c.ours.percent])).toEqual([
      ['both', expect.closeTo(10, 9)],
      ['both', expect.closeTo(10, 9)],
      ['new', undefined],
    ]);
  });
});

describe('formatComparison', () => {
  it('prints before → now with a signed percentage, and marks new and gone rows', () => {
    const changes = compareReports(report({ s: [row('a', 'x', 1000, 2000), row('old', 'y', 5)] }), report({ s: [row('a', 'x', 900, 2000)] }));
    const lines = formatComparison(changes, 'before.json');
    expect(lines[1]).toBe('Change against before.json (events/s; ratio = ours/raw)');
    expect(lines[4]).toContain('s / a / x');
    expect(lines[4]).toContain('1,000 → 900 (-10.0%)');
    expect(lines[4]).toContain('2,000 → 2,000 (+0.0%)');
    expect(lines[4]).toContain('0.50 → 0.45 (-10.0%)');
    expect(lines[5]).toContain('s / old / y [gone]');
    expect(lines[5]).toContain('5 → -');
  });
});

describe('parseBenchReport', () => {
  it('reads back what a run writes', () => {
    const written = report({ s: [{ ...row('a', 'x', 1, 2), p50Ms: 1.5, p99Ms: 9, failures: 0 }] });
    expect(parseBenchReport(JSON.stringify(written), 'f.json')).toEqual(written);
  });

  it('refuses a file that is not JSON, or not a report, naming the file and the field', () => {
    expect(() => parseBenchReport('{', 'f.json')).toThrow(/^f\.json: not JSON/);
    const broken = { ...report({}), benchmarks: [{ name: 's', description: '', seconds: 1, rows: [{ benchmark: 'a', setting: 'x', events: 1, eventsPerSecond: 'fast' }] }] };
    expect(() => parseBenchReport(JSON.stringify(broken), 'f.json')).toThrow('f.json: not a bench report: benchmarks[0].rows[0].eventsPerSecond must be a number');
  });
});

/**
 * Runs the benchmarks and prints one table each:
 * `npm run bench [-- --quick] [-- --only NAME] [-- --scale] [-- --distributed-events N] [-- --json FILE] [-- --compare FILE]`.
 * Every run is also written as JSON (default `reports/bench-<date>.json`), so two runs can be
 * compared. A new benchmark is a `*.bench.ts` file exporting a `Benchmark`, added to BENCHMARKS below.
 */
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname } from 'node:path';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import type { Benchmark } from './bench-row';
import { compareReports, formatComparison, parseBenchReport, type BenchReport } from './bench-report';
import { printTable } from './print-table';
import { busProjectionBenchmark } from './bus-projection.bench';
import { endToEndLagBenchmark } from './end-to-end-lag.bench';
import { httpCommandBenchmark } from './http-command.bench';
import { intakeUploadBenchmark } from './intake-upload.bench';
import { kafkaBusBenchmark } from './kafka-bus.bench';
import { nationalScaleBenchmark } from './national-scale.bench';
import { projectionWriterBenchmark } from './projection-writer.bench';
import { sqliteEventStoreBenchmark } from './sqlite-event-store.bench';
import { sqliteReadModelsBenchmark } from './sqlite-read-models.bench';

const BENCHMARKS: readonly Benchmark[] = [
  sqliteEventStoreBenchmark,
  kafkaBusBenchmark,
  projectionWriterBenchmark,
  busProjectionBenchmark,
  endToEndLagBenchmark,
  sqliteReadModelsBenchmark,
  httpCommandBenchmark,
  nationalScaleBenchmark,
  intakeUploadBenchmark,
];

/** The commit measured: HEAD, `-dirty` when the worktree has changes; `unknown` outside git. */
function gitCommit(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return `${git('rev-parse', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no') ? '-dirty' : ''}`;
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<void> {
  const argv = await yargs(hideBin(process.argv))
    .scriptName('npm run bench --')
    .usage(
      '$0 [--quick] [--only NAME] [--scale] [--distributed-events N] [--json FILE] [--compare FILE]\n\n' +
        'Measures throughput (and latency where a row has it) beside a raw baseline run in the same process; nothing is asserted. ' +
        'Prints one table per benchmark and writes the whole run as JSON.',
    )
    .option('quick', { type: 'boolean', default: false, describe: 'short runs: checks the benchmarks work, numbers are rough' })
    .option('only', { type: 'string', choices: BENCHMARKS.map((b) => b.name), describe: 'run one benchmark' })
    .option('scale', { type: 'boolean', default: false, describe: 'also run the national-scale rows (a million events; takes minutes)' })
    .option('distributed-events', {
      type: 'number',
      describe: 'national-scale: replay a dataset of N events through Kafka into the read-model server (default 20000, with --scale only; given, also without it)',
    })
    .check((a) => {
      const n = a['distributed-events'];
      if (n !== undefined && !(Number.isInteger(n) && n >= 1000 && n <= 10_000_000)) throw new Error('--distributed-events must be a whole number from 1000 to 10000000');
      return true;
    })
    .option('json', { type: 'string', describe: 'where to write the run as JSON (default reports/bench-<date>.json)' })
    .option('compare', { type: 'string', describe: 'a JSON file of an earlier run: prints the change of each row (ours, raw, ours/raw)' })
    .example('$0 --quick', 'every benchmark, short: a smoke test')
    .example('$0 --only http-command --json before.json', 'one benchmark, its result kept in before.json')
    .example('$0 --only http-command --compare before.json', 'the same again, with the change per row')
    .strict()
    .help()
    .parse();

  // Read the earlier run first: a wrong file fails now, not after minutes of measuring.
  const previous = argv.compare === undefined ? undefined : parseBenchReport(readFileSync(argv.compare, 'utf8'), argv.compare);
  const probe = new Database(':memory:');
  const sqliteVersion = (probe.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  probe.close();
  const date = new Date();
  const report: BenchReport = {
    date: date.toISOString(),
    node: process.version,
    sqlite: sqliteVersion,
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? '',
    commit: gitCommit(),
    quick: argv.quick,
    scale: argv.scale,
    benchmarks: [],
  };
  console.log(`node ${process.version}, SQLite ${sqliteVersion}, ${report.cores} cores, ${argv.quick ? 'quick' : 'full'} run${argv.scale ? ', with national-scale rows' : ''}, commit ${report.commit}`);
  for (const benchmark of BENCHMARKS.filter((b) => !argv.only || b.name === argv.only)) {
    const started = Date.now();
    const rows = await benchmark.run({ quick: argv.quick, scale: argv.scale, distributedEvents: argv.distributedEvents });
    const seconds = (Date.now() - started) / 1000;
    printTable(`${benchmark.name}: ${benchmark.description} (${seconds.toFixed(1)} s)`, rows);
    report.benchmarks.push({ name: benchmark.name, description: benchmark.description, seconds, rows });
  }
  const file = argv.json ?? `reports/bench-${date.toISOString().replace(/[:.]/g, '-')}.json`;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWritten to ${file}`);
  if (previous) {
    for (const line of formatComparison(compareReports(previous, report), `${argv.compare} (${previous.date}, commit ${previous.commit})`)) console.log(line);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

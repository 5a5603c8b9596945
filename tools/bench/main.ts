/**
 * Runs the benchmarks and prints one table each: `npm run bench [-- --quick] [-- --only NAME]`.
 * A new benchmark is a `*.bench.ts` file exporting a `Benchmark`, added to BENCHMARKS below.
 */
import Database from 'better-sqlite3';
import { cpus } from 'node:os';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import type { Benchmark } from './bench-row';
import { printTable } from './print-table';
import { busProjectionBenchmark } from './bus-projection.bench';
import { endToEndLagBenchmark } from './end-to-end-lag.bench';
import { kafkaBusBenchmark } from './kafka-bus.bench';
import { nationalScaleBenchmark } from './national-scale.bench';
import { projectionWriterBenchmark } from './projection-writer.bench';
import { sqliteEventStoreBenchmark } from './sqlite-event-store.bench';

const BENCHMARKS: readonly Benchmark[] = [
  sqliteEventStoreBenchmark,
  kafkaBusBenchmark,
  projectionWriterBenchmark,
  busProjectionBenchmark,
  endToEndLagBenchmark,
  nationalScaleBenchmark,
];

async function main(): Promise<void> {
  const argv = await yargs(hideBin(process.argv))
    .scriptName('npm run bench --')
    .usage('$0 [--quick] [--only NAME]\n\nMeasures throughput on temp files; nothing is asserted.')
    .option('quick', { type: 'boolean', default: false, describe: 'short runs: checks the benchmarks work, numbers are rough' })
    .option('only', { type: 'string', choices: BENCHMARKS.map((b) => b.name), describe: 'run one benchmark' })
    .strict()
    .help()
    .parse();

  const probe = new Database(':memory:');
  const sqliteVersion = (probe.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  probe.close();
  console.log(`node ${process.version}, SQLite ${sqliteVersion}, ${cpus().length} cores, ${argv.quick ? 'quick' : 'full'} run`);
  for (const benchmark of BENCHMARKS.filter((b) => !argv.only || b.name === argv.only)) {
    const started = Date.now();
    const rows = await benchmark.run({ quick: argv.quick });
    printTable(`${benchmark.name}: ${benchmark.description} (${((Date.now() - started) / 1000).toFixed(1)} s)`, rows);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

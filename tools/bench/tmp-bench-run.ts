import { printTable } from './print-table';
import { projectionWriterBenchmark } from './projection-writer.bench';
async function main() {
  const quick = process.argv.includes('--quick');
  const started = Date.now();
  const rows = await projectionWriterBenchmark.run({ quick });
  printTable(`${projectionWriterBenchmark.name}: ${projectionWriterBenchmark.description} (${((Date.now() - started) / 1000).toFixed(1)} s)`, rows);
}
main().catch((e) => { console.error(e); process.exit(1); });

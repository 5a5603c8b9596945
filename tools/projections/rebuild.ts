/**
 * Rebuilds the statistics read models from the event log and reports how long it took:
 * `npm run projections:rebuild -- [--data-dir DIR] [--table-year YEAR]`.
 *
 * The embedded default keeps read models in memory and rebuilds them at every start, so this
 * rebuilds into a fresh in-memory store: it measures the rebuild and checks that the log replays
 * cleanly (and, with --table-year, prints the national totals). It only reads the event log.
 * When read models move to MongoDB, pass that store to `rebuildStatisticsReadModels` instead.
 */
import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { EventTypeRegistry } from '@casetrail/event-sourcing';
import { createStores, processContexts, validateCasetrailConfig } from '@casetrail/platform-nest';
import { InMemoryReadModelStore, rebuildProgress } from '@casetrail/read-models';
import { lawEnforcementTableFromReadModels, rebuildStatisticsReadModels } from '@casetrail/statistics-api';
import { hostedContexts } from '../../apps/casetrail/src/contexts';

async function main(): Promise<void> {
  const argv = await yargs(hideBin(process.argv))
    .scriptName('npm run projections:rebuild --')
    .usage('$0 [--data-dir DIR] [--table-year YEAR]\n\nReplays the event log into fresh statistics read models (in memory) and prints events, duration and events/s.')
    .option('data-dir', { type: 'string', describe: 'directory of the event store (default: CASETRAIL_DATA_DIR, else ./data)' })
    .option('sqlite-file', { type: 'string', default: 'events.sqlite', describe: 'SQLite file name under the data dir' })
    .option('table-year', { type: 'number', describe: 'also print the national law-enforcement totals of this year (JSON)' })
    .check((a) => {
      if (a['table-year'] !== undefined && !(Number.isInteger(a['table-year']) && a['table-year'] >= 2000)) {
        throw new Error('--table-year must be a year, e.g. 2020');
      }
      return true;
    })
    .strict()
    .help()
    .parse();

  const config = validateCasetrailConfig({ ...process.env, ...(argv.dataDir ? { CASETRAIL_DATA_DIR: argv.dataDir } : {}) });
  if (config.CASETRAIL_EVENT_STORE === 'sqlite') {
    const file = join(config.CASETRAIL_DATA_DIR, argv.sqliteFile);
    // Opening would create an empty store; a rebuild of nothing is a mistake worth stopping.
    if (!existsSync(file)) throw new Error(`No event store at ${resolve(file)} (set --data-dir or CASETRAIL_DATA_DIR)`);
  }
  // Every type the embedded runtime's contexts own or read: the log holds them all.
  const registry = new EventTypeRegistry().register(...processContexts(hostedContexts).eventTypes());
  const { events } = createStores(config, registry, argv.sqliteFile);
  const readModels = new InMemoryReadModelStore();
  const progress = rebuildProgress({ label: 'statistics' });
  try {
    const report = await rebuildStatisticsReadModels(events, readModels, { onProgress: (done, total) => progress.onProgress(done, total) });
    progress.stop();
    console.log(`events: ${report.events}`);
    console.log(`duration: ${Math.round(report.durationMs)} ms`);
    console.log(`events/s: ${report.eventsPerSecond}`);
    if (argv.tableYear !== undefined) {
      const table = await lawEnforcementTableFromReadModels(readModels, { year: argv.tableYear });
      const total = table.rows.find((r) => r.level === 'total')!;
      const { current, previous, change, foreignNationalities } = total;
      console.log(JSON.stringify({ year: table.year, previousYear: table.previousYear, current, previous, change, foreignNationalities }, null, 2));
    }
  } finally {
    progress.stop();
    await readModels.close();
    await events.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
  process.exit(1);
});

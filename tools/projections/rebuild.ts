/**
 * Rebuilds read models from the event log and reports how long it took:
 * `npm run projections:rebuild -- [--data-dir DIR] [--read-models sqlite|memory] [--scope all|statistics] [--table-year YEAR]`.
 *
 * `sqlite` (the default with the SQLite event store, as in the embedded runtime): drops the
 * projections' collections and checkpoints in `read-models.sqlite` under the data dir and replays
 * the log into them, so the next start finds them at the head. Stop the runtime first: it would
 * otherwise keep writing the same file meanwhile. A rebuild gives the same documents as the live
 * projections (`test/integration/statistics-rebuild.int.spec.ts`).
 *
 * `memory`: replays into a fresh in-memory store and throws it away: measures the rebuild and
 * checks that the log replays cleanly (and, with --table-year, prints the national totals). It
 * only reads the event log.
 */
import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { EventTypeRegistry } from '@casetrail/event-sourcing';
import { createStores, processContexts, READ_MODELS_SQLITE_FILE, validateCasetrailConfig } from '@casetrail/platform-nest';
import { InMemoryReadModelStore, ProjectionRunner, rebuildProgress, type ReadModelStore } from '@casetrail/read-models';
import { SqliteReadModelStore } from '@casetrail/read-models-sqlite';
import { lawEnforcementTableFromReadModels, statisticsProjections } from '@casetrail/statistics-api';
import { hostedContexts } from '../../apps/casetrail/src/contexts';

async function main(): Promise<void> {
  const argv = await yargs(hideBin(process.argv))
    .scriptName('npm run projections:rebuild --')
    .usage(
      '$0 [--data-dir DIR] [--read-models sqlite|memory] [--scope all|statistics] [--table-year YEAR]\n\n' +
        'Drops the read models and replays the event log into them (sqlite: the runtime\'s read-models.sqlite, stop the runtime first; ' +
        'memory: a throw-away store, to measure), and prints events, duration and events/s.',
    )
    .option('data-dir', { type: 'string', describe: 'directory of the event store (default: CASETRAIL_DATA_DIR, else ./data)' })
    .option('sqlite-file', { type: 'string', default: 'events.sqlite', describe: 'SQLite file name under the data dir' })
    .option('read-models', {
      type: 'string',
      choices: ['sqlite', 'memory'] as const,
      describe: `where to rebuild: ${READ_MODELS_SQLITE_FILE} under the data dir, or memory (default: CASETRAIL_READ_MODELS when sqlite or memory, else memory)`,
    })
    .option('scope', { type: 'string', choices: ['all', 'statistics'] as const, default: 'all', describe: 'every projection of the embedded runtime, or the statistics ones' })
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
  const target = argv.readModels ?? (config.CASETRAIL_READ_MODELS === 'sqlite' ? 'sqlite' : 'memory');
  const projections = argv.scope === 'statistics' ? statisticsProjections : processContexts(hostedContexts).projections();
  const { events } = createStores(config, registry, argv.sqliteFile);
  const readModels: ReadModelStore =
    target === 'sqlite' ? new SqliteReadModelStore({ filename: join(config.CASETRAIL_DATA_DIR, READ_MODELS_SQLITE_FILE) }) : new InMemoryReadModelStore();
  console.log(`rebuilding ${projections.length} projections (${argv.scope}) into ${target === 'sqlite' ? READ_MODELS_SQLITE_FILE : 'memory'}`);
  const progress = rebuildProgress({ label: argv.scope });
  try {
    const runner = new ProjectionRunner(readModels, projections);
    const report = await runner.rebuild(events, { onProgress: (done, total) => progress.onProgress(done, total) });
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

/**
 * Writes a multi-year synthetic national dataset into a data dir, through the deciders (no
 * HTTP): `npm run generate -- --events 1000000 --data-dir DIR [--seed 42] [--from-year 2016]`.
 * See `national-dataset.ts` for what is and is not the production path.
 */
import { Presets, SingleBar } from 'cli-progress';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { generateNationalDataset } from './national-dataset';

async function main(): Promise<void> {
  const lastYear = new Date().getUTCFullYear() - 1;
  const argv = await yargs(hideBin(process.argv))
    .scriptName('npm run generate --')
    .usage(
      '$0 --events <n> --data-dir <dir> [--seed 42] [--from-year 2016] [--to-year YEAR] [--intake-scale 1] [--synchronous NORMAL]\n\n' +
        'Writes synthetic police cases, their court files and the protection cases of the victims handed over to social affairs ' +
        '(with --registrations-per-case, also persons social affairs receives directly), and beside them intake, the largest volume: receptions at the checkpoints, ' +
        'airports and embassies, persons screened and referred, returned bodies (--intake-scale times the report\'s II.D.1 proportion to the police cases), ' +
        'in the proportions of the seeded 2020 year (tools/seed), ' +
        'spread over the years from --from-year to --to-year, through the command runner and the deciders into ' +
        '<dir>/events.sqlite (person data sealed under keys in <dir>/keys/person-keys.sqlite), the court files opened by ' +
        "the court's forwarding reactor, the protection cases by the hand-over reactor, the police and protection cases of the persons intake refers by " +
        "enforcement's and protection's intake-referral reactors. Appends are written in transactions of about 20,000 events. Nothing else may " +
        'write to the data dir meanwhile; an existing store is appended to.',
    )
    .option('events', { type: 'number', demandOption: true, describe: 'events to write (about: whole cases)' })
    .option('data-dir', { type: 'string', demandOption: true, describe: 'the data dir (created if missing)' })
    .option('seed', { type: 'number', default: 42, describe: 'same seed, same plan (ids and ciphertexts are random)' })
    .option('from-year', { type: 'number', default: 2016, describe: 'first year' })
    .option('to-year', { type: 'number', default: lastYear, describe: 'last year (not in the future)' })
    .option('synchronous', { choices: ['NORMAL', 'FULL'] as const, default: 'NORMAL' as const, describe: 'SQLite synchronous while loading (NORMAL: a power cut may lose the last batch, never corrupts)' })
    .option('registrations-per-case', { type: 'number', default: 0, describe: 'persons social affairs receives directly (registered, then followed) per police case; the 2020 report: 365 for 155 cases (2.35)' })
    .option('intake-scale', {
      type: 'number',
      default: 1,
      describe: "intake beside the police cases, as a multiple of the 2020 report's proportion (81,873 returnees, about 1,430 receptions, 360 screened persons and 99 bodies beside 155 police cases); 0: no intake",
    })
    .option('runner', { choices: ['in-memory', 'command-runner'] as const, default: 'in-memory' as const, describe: "in-memory: the command runner's steps with each stream's state kept between commands; command-runner: the platform's CommandRunner itself (re-reads every stream: slower, the reference)" })
    .check((a) => {
      if (!Number.isInteger(a.events) || a.events < 1 || a.events > 100_000_000) throw new Error('--events must be a whole number from 1 to 100,000,000');
      if (!Number.isInteger(a.seed)) throw new Error('--seed must be a whole number');
      const perCase = Number(a['registrations-per-case']);
      if (!(perCase >= 0 && perCase <= 100)) throw new Error('--registrations-per-case must be a number from 0 to 100');
      const intakeScale = Number(a['intake-scale']);
      if (!(intakeScale >= 0 && intakeScale <= 10)) throw new Error('--intake-scale must be a number from 0 to 10');
      const from = Number(a['from-year']);
      const to = Number(a['to-year']);
      if (!Number.isInteger(from) || !Number.isInteger(to) || from < 2000 || to > lastYear || from > to) {
        throw new Error(`--from-year and --to-year must be whole years, 2000 ≤ from ≤ to ≤ ${lastYear}`);
      }
      return true;
    })
    .strict()
    .version(false)
    .help()
    .parse();

  const bar = new SingleBar({ format: 'generate [{bar}] {value}/{total} events | {eta_formatted} left | {duration_formatted}', stream: process.stderr, hideCursor: true }, Presets.shades_classic);
  bar.start(argv.events, 0);
  const report = await generateNationalDataset({
    dataDir: argv.dataDir,
    events: argv.events,
    seed: argv.seed,
    fromYear: argv.fromYear,
    toYear: argv.toYear,
    synchronous: argv.synchronous,
    runner: argv.runner,
    registrationsPerCase: argv.registrationsPerCase,
    intakeScale: argv.intakeScale,
    onProgress: (written) => bar.update(Math.min(written, argv.events)),
  }).finally(() => bar.stop());
  console.log(
    `${report.events.toLocaleString('en-US')} events (${report.cases.toLocaleString('en-US')} police cases, ${report.years[0]}-${report.years.at(-1)}) ` +
      `written to ${argv.dataDir} in ${report.seconds.toFixed(1)} s (${Math.round(report.eventsPerSecond).toLocaleString('en-US')} events/s); head position ${report.head}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
  process.exit(1);
});

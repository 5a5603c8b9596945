/**
 * Enters a deterministic synthetic national year through the public HTTP API, the way each
 * unit's officers would: `npm run seed -- --year 2020 [--seed 42] [--cases 160]`.
 * The data are synthetic (names from syllables); the shape follows the NCCT report 2020.
 */
import { Presets, SingleBar } from 'cli-progress';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { cambodianDateAt } from '@casetrail/kernel';
import { LocalSigningKey, validateCasetrailConfig } from '@casetrail/platform-nest';
import { generateYear, MAX_CASES } from './generate-year';
import { SeedHttpClient } from './http-client';
import { formatSummary, summarisePlan } from './plan-summary';
import { acceptedKey, runPlan } from './run-plan';
import type { PlannedActor } from './year-plan';

const SHOWN_FAILURES = 5;

async function main(): Promise<number> {
  const today = cambodianDateAt(new Date().toISOString());
  const argv = await yargs(hideBin(process.argv))
    .scriptName('npm run seed --')
    .usage('$0 --year <year> [--seed 42] [--cases 160] [--url URL] [--concurrency 4] [--dry-run]\n\nEnters a synthetic year of police cases through the API (role police, tokens signed with the local key).')
    .option('year', { type: 'number', demandOption: true, describe: 'the year to enter (not in the future)' })
    .option('seed', { type: 'number', default: 42, describe: 'same seed, same year' })
    .option('cases', { type: 'number', default: 160, describe: `police cases to enter (1-${MAX_CASES}); the 2020 report counts 155` })
    .option('url', { type: 'string', default: `http://127.0.0.1:${process.env['CASETRAIL_PORT'] || 3000}`, describe: 'base URL of a running casetrail' })
    .option('concurrency', { type: 'number', default: 4, describe: 'cases entered at the same time (calls of one case stay in order)' })
    .option('dry-run', { type: 'boolean', default: false, describe: 'generate and print the counts; send nothing' })
    .example('$0 --year 2020', 'the 2020-sized year with seed 42')
    .check((a) => {
      if (!Number.isInteger(a.year)) throw new Error('--year must be a whole year, e.g. 2020');
      if (a.year > Number(today.slice(0, 4))) throw new Error(`--year ${a.year} is in the future (today is ${today} in Cambodia)`);
      if (!Number.isInteger(a.concurrency) || a.concurrency < 1) throw new Error('--concurrency must be a whole number of at least 1');
      return true;
    })
    .strict()
    .version(false)
    .help()
    .parse();

  const plan = generateYear({ year: argv.year, seed: argv.seed, cases: argv.cases, today });
  const totalCalls = plan.cases.reduce((n, c) => n + c.calls.length, 0);
  if (argv.dryRun) {
    console.log(`Dry run: year ${plan.year}, seed ${plan.seed}, dates ${plan.year}-01-01..${plan.lastDate}, ${totalCalls} calls planned`);
    console.log(formatSummary(summarisePlan(plan)));
    return 0;
  }

  const config = validateCasetrailConfig(process.env);
  if (config.CASETRAIL_AUTH_MODE !== 'local') {
    console.error('The seed signs tokens with the local key; CASETRAIL_AUTH_MODE must be "local".');
    return 2;
  }
  // Its own client, so the request counts below are the plan's alone.
  const probe = await new SeedHttpClient({ baseUrl: argv.url, maxAttempts: 2 }).get('/health/live');
  if (probe.status === 0) {
    console.error(`No casetrail answers at ${argv.url} (${probe.error ?? 'no answer'}). Start it with \`npm start\`, or pass --url.`);
    return 2;
  }

  const client = new SeedHttpClient({ baseUrl: argv.url });
  const key = LocalSigningKey.loadOrCreate(config.CASETRAIL_DATA_DIR, config.CASETRAIL_LOCAL_SIGNING_KEY_FILE);
  const tokens = new Map<string, Promise<string>>();
  const tokenFor = (actor: PlannedActor) => {
    const id = `${actor.unit}|${actor.provinces.join(',')}`;
    if (!tokens.has(id)) {
      tokens.set(id, key.sign(
        { sub: `seed-${actor.unit}`, role: 'police', unit: actor.unit, provinces: actor.provinces },
        { issuer: config.CASETRAIL_JWT_ISSUER, audience: config.CASETRAIL_JWT_AUDIENCE, expiresIn: '1h' },
      ));
    }
    return tokens.get(id)!;
  };

  const bar = new SingleBar({ format: 'seed [{bar}] {value}/{total} calls | {duration_formatted}', stream: process.stderr, hideCursor: true }, Presets.shades_classic);
  const started = Date.now();
  bar.start(totalCalls, 0);
  const result = await runPlan(plan, { client, concurrency: argv.concurrency, tokenFor, onCall: () => bar.increment() }).finally(() => bar.stop());
  const seconds = (Date.now() - started) / 1000;

  console.log(`Seeded year ${plan.year} (seed ${plan.seed}) into ${argv.url}`);
  console.log(formatSummary(summarisePlan(plan, (c, i) => result.accepted.has(acceptedKey(c, i)))));
  console.log(
    `requests  ${client.requests} sent (${client.retries} retries), ${result.accepted.size}/${totalCalls} calls accepted, ` +
      `${result.failures.length} failed, ${result.skipped} skipped; ${seconds.toFixed(1)} s (${(client.requests / Math.max(seconds, 0.001)).toFixed(0)} req/s)`,
  );
  if (result.failures.length === 0) return 0;
  console.error(`\n${result.failures.length} case(s) stopped on a refused call; the first ${Math.min(SHOWN_FAILURES, result.failures.length)}:`);
  for (const f of result.failures.slice(0, SHOWN_FAILURES)) {
    console.error(`  ${f.caseLabel} ${f.step}: ${f.status || 'no answer'} ${f.code ?? f.title ?? ''} ${f.detail ?? ''}${f.fields ? ` [fields: ${f.fields.join(', ')}]` : ''}`);
  }
  if (result.failures.some((f) => f.status === 401)) {
    console.error('  401: is CASETRAIL_DATA_DIR the same as the server\'s? The seed signs with <data dir>/keys/jwt-hs256.key.');
  }
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);

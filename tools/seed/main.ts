/**
 * Enters a deterministic synthetic national year through the public HTTP API, the way each
 * unit's officers would, then carries the forwarded cases through court as each court's
 * prosecutor and judge, and the victims handed over to social affairs through protection as the
 * province's social workers and the partners' workers, then the year's intake (receptions, screened
 * persons and their referrals, returned bodies) as the border officials of each place's province:
 * `npm run seed -- --year 2020 [--seed 42] [--cases 160] [--intake-scale 1]`.
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
import { formatIntakeSummary, MAX_INTAKE_SCALE, planIntakeYear, summariseIntakePlan } from './plan-intake';
import { runIntakePlan } from './run-intake';
import { acceptedKey, protectionKey, registrationKey, runPlan } from './run-plan';
import { REGISTRATIONS_PER_POLICE_CASE_2020, REPORT_CASES_2020 } from './year-profile';
import type { PlannedActor } from './year-plan';

const SHOWN_FAILURES = 5;

async function main(): Promise<number> {
  const today = cambodianDateAt(new Date().toISOString());
  const argv = await yargs(hideBin(process.argv))
    .scriptName('npm run seed --')
    .usage(
      '$0 --year <year> [--seed 42] [--cases 160] [--registrations 0] [--intake-scale 1] [--url URL] [--concurrency 4] [--court-file-wait 10] [--protection-case-wait 10] [--dry-run]\n\n' +
        'Enters a synthetic year of police cases through the API (role police), then takes the forwarded cases through court ' +
        '(roles prosecutor and judge of the court of the case\'s province): charges, prosecution decision, pre-trial detention, ' +
        'closing order, verdicts, compensation, in the proportions of the NCCT report 2020. Tokens are signed with the local key. ' +
        'The court file of a forwarded case is the one the server opens from the forwarding (id = police case id) when it does ' +
        'so within --court-file-wait seconds; a server that opens none (an older build) gets files the seed opens itself ' +
        '(OpenCourtFile, with the forwarded persons). Once the server has opened one, a file that does not come is a failure, never a second file. ' +
        'Each victim handed over to social affairs then goes on in protection (roles social_worker of the case\'s province and partner_worker ' +
        'of the partner that takes the person in): consent, referral, shelter, services, compensation claims, family assessment, integration, ' +
        'follow-up visits, in the proportions of the report\'s section II.D. The protection case is the one the hand-over reactor opens ' +
        '(person id = police victim id), awaited --protection-case-wait seconds; the seed never opens one itself. ' +
        'With --registrations, persons social affairs receives directly (from overseas authorities at airports and checkpoints, ' +
        'from judicial police, among the workers repatriated from Thailand) are registered by the social worker of the province ' +
        'and followed the same way. ' +
        'Then the year\'s intake (role border_official of each place\'s province, unit the receiving unit), in the proportions of the report\'s section II.D.1 ' +
        'times --intake-scale (1: its 63,793 returnees from the Thai authorities at Poipet and O Bei Choan, one group a day per checkpoint, 10,574 through the embassies, ' +
        '7,286 received by five police commissariats in 507 receptions, 220 received by social affairs, 99 bodies): receptions, the persons screened among them ' +
        '(the 106 suspected victims referred to partners, the 220 referred to their department of social affairs, suspected victims at the commissariats referred ' +
        'to the police and social affairs, whose cases the enforcement and protection reactors open), the returned bodies. Records are named by place and reference: ' +
        'entering the same seed again finds them there (409, counted as already recorded). A server without the intake routes is skipped with a note.',
    )
    .option('year', { type: 'number', demandOption: true, describe: 'the year to enter (not in the future)' })
    .option('seed', { type: 'number', default: 42, describe: 'same seed, same year' })
    .option('cases', { type: 'number', default: 160, describe: `police cases to enter (1-${MAX_CASES}); the 2020 report counts 155` })
    .option('registrations', {
      type: 'number',
      default: 0,
      describe: `persons received directly by social affairs (0-${MAX_CASES}); the 2020 report counts 365 beside its 155 police cases (${REGISTRATIONS_PER_POLICE_CASE_2020.toFixed(2)} per case)`,
    })
    .option('intake-scale', {
      type: 'number',
      describe:
        `intake volumes as a multiple of the 2020 report's (0-${MAX_INTAKE_SCALE.toLocaleString('en-US')}; 0: no intake; 1: about 1,430 receptions of 81,873 persons, 360 screened, 99 bodies, 2,250 calls); ` +
        `default: in the report's proportion to --cases (cases / ${REPORT_CASES_2020}), so a small seed stays small`,
    })
    .option('url', { type: 'string', default: `http://127.0.0.1:${process.env['CASETRAIL_PORT'] || 3000}`, describe: 'base URL of a running casetrail' })
    .option('concurrency', { type: 'number', default: 4, describe: 'cases entered at the same time (calls of one case stay in order)' })
    .option('court-file-wait', { type: 'number', default: 10, describe: 'seconds to wait for the court file opened from a forwarding before opening it (once one is opened by the seed, no more waiting)' })
    .option('protection-case-wait', { type: 'number', default: 10, describe: 'seconds to wait for the protection case opened from a hand-over to social affairs (when the first never comes, no more waiting)' })
    .option('dry-run', { type: 'boolean', default: false, describe: 'generate and print the counts; send nothing' })
    .example('$0 --year 2020', 'the 2020-sized year with seed 42')
    .check((a) => {
      if (!Number.isInteger(a.year)) throw new Error('--year must be a whole year, e.g. 2020');
      if (a.year > Number(today.slice(0, 4))) throw new Error(`--year ${a.year} is in the future (today is ${today} in Cambodia)`);
      if (!Number.isInteger(a.concurrency) || a.concurrency < 1) throw new Error('--concurrency must be a whole number of at least 1');
      if (!Number.isInteger(a.registrations) || a.registrations < 0) throw new Error('--registrations must be a whole number, 0 or more');
      const scale = a['intake-scale'] === undefined ? 0 : Number(a['intake-scale']);
      if (!(scale >= 0 && scale <= MAX_INTAKE_SCALE)) throw new Error(`--intake-scale must be a number from 0 to ${MAX_INTAKE_SCALE}`);
      for (const option of ['court-file-wait', 'protection-case-wait']) {
        const wait = Number(a[option]);
        if (!(wait >= 0 && wait <= 600)) throw new Error(`--${option} must be a number of seconds from 0 to 600`);
      }
      return true;
    })
    .strict()
    .version(false)
    .help()
    .parse();

  const plan = generateYear({ year: argv.year, seed: argv.seed, cases: argv.cases, registrations: argv.registrations, today });
  const intakeScale = argv.intakeScale ?? argv.cases / REPORT_CASES_2020;
  const intake = planIntakeYear({ year: argv.year, seed: argv.seed, scale: intakeScale, today });
  const intakeCalls = intake.records.reduce((n, r) => n + r.calls.length, 0);
  const totalCalls = plan.cases.reduce((n, c) => n + c.calls.length, 0);
  const protectionCalls =
    plan.cases.reduce((n, c) => n + c.protection.reduce((k, p) => k + p.calls.length, 0), 0) + plan.registrations.reduce((n, r) => n + r.protection.calls.length, 0);
  if (argv.dryRun) {
    console.log(`Dry run: year ${plan.year}, seed ${plan.seed}, dates ${plan.year}-01-01..${plan.lastDate}, ${totalCalls} calls planned, and ${protectionCalls} protection calls`);
    console.log(formatSummary(summarisePlan(plan)));
    console.log(formatIntakeSummary(summariseIntakePlan(intake)));
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

  // The rate limit's waits, shown on the progress bar as a countdown to the latest one's end.
  let waitingUntil = 0;
  const client = new SeedHttpClient({ baseUrl: argv.url, onRateLimited: (ms) => (waitingUntil = Math.max(waitingUntil, Date.now() + ms)) });
  const key = LocalSigningKey.loadOrCreate(config.CASETRAIL_DATA_DIR, config.CASETRAIL_LOCAL_SIGNING_KEY_FILE);
  // One token per unit, signed again after half its hour: a large year outlasts one token.
  const tokens = new Map<string, { token: Promise<string>; signedAt: number }>();
  const tokenFor = (actor: PlannedActor) => {
    const role = actor.role ?? 'police';
    const id = `${role}|${actor.unit}|${actor.provinces.join(',')}`;
    const cached = tokens.get(id);
    if (cached && Date.now() - cached.signedAt < 30 * 60_000) return cached.token;
    const token = key.sign(
      { sub: role === 'police' ? `seed-${actor.unit}` : `seed-${role}-${actor.unit}`, role, unit: actor.unit, provinces: actor.provinces },
      { issuer: config.CASETRAIL_JWT_ISSUER, audience: config.CASETRAIL_JWT_AUDIENCE, expiresIn: '1h' },
    );
    tokens.set(id, { token, signedAt: Date.now() });
    return token;
  };

  const bar = new SingleBar({ format: 'seed [{bar}] {value}/{total} calls | {duration_formatted}{status}', stream: process.stderr, hideCursor: true }, Presets.shades_classic);
  const started = Date.now();
  // A server without the intake context answers its routes 404: its part of the year is skipped, with a note.
  const intakeHosted = intakeCalls === 0 || (await client.get('/api/intake/receptions?pageSize=1', await tokenFor(intake.records[0]!.calls[0]!.actor))).status !== 404;
  bar.start(totalCalls + protectionCalls + (intakeHosted ? intakeCalls : 0), 0, { status: '' });
  const showWaiting = setInterval(() => {
    const left = Math.ceil((waitingUntil - Date.now()) / 1000);
    bar.update({ status: left > 0 ? ` | waiting ${left} s for the rate limit` : '' });
  }, 250);
  const result = await runPlan(plan, {
    client,
    concurrency: argv.concurrency,
    tokenFor,
    onCall: () => bar.increment(),
    courtFileWaitMs: argv.courtFileWait * 1000,
    protectionCaseWaitMs: argv.protectionCaseWait * 1000,
  })
    .then(async (result) => ({
      ...result,
      intake: intakeHosted ? await runIntakePlan(intake, { client, concurrency: argv.concurrency, tokenFor, onCall: () => bar.increment() }) : undefined,
    }))
    .finally(() => {
      clearInterval(showWaiting);
      bar.stop();
    });
  const seconds = (Date.now() - started) / 1000;

  console.log(`Seeded year ${plan.year} (seed ${plan.seed}) into ${argv.url}`);
  console.log(
    formatSummary(
      summarisePlan(
        plan,
        (c, i) => result.accepted.has(acceptedKey(c, i)),
        (c, p, i) => result.protectionAccepted.has(protectionKey(c, p, i)),
        (r, i) => result.protectionAccepted.has(registrationKey(r, i)),
      ),
    ),
  );
  console.log(
    `requests  ${client.requests} sent (${client.retries} retries), ${result.accepted.size}/${totalCalls} calls accepted, ` +
      `${result.failures.length} failed, ${result.skipped} skipped; ${seconds.toFixed(1)} s (${(client.requests / Math.max(seconds, 0.001)).toFixed(0)} req/s)`,
  );
  // The police and court calls first (as before protection was seeded), then the protection calls on their own line.
  console.log(
    `protection ${result.protectionAccepted.size}/${protectionCalls} protection calls accepted, ${result.protection.failures.length} failed, ${result.protection.skipped} skipped; ` +
      `${result.protection.received} cases opened by the server from the hand-over`,
  );
  if (result.intake) {
    console.log(formatIntakeSummary(summariseIntakePlan(intake)));
    console.log(
      `intake    ${result.intake.accepted}/${intakeCalls} intake calls accepted, ${result.intake.alreadyRecorded} already recorded (entered before), ` +
        `${result.intake.failures.length} failed, ${result.intake.skipped} skipped`,
    );
  } else if (intakeCalls > 0) {
    console.log(`intake    skipped: ${argv.url} has no intake routes (404); ${intakeCalls} intake calls not sent`);
  }
  const files = result.courtFiles;
  if (files.received + files.openedBySeed > 0) {
    console.log(`court     ${files.received} files opened by the server from the forwarding, ${files.openedBySeed} opened by the seed (no file came within ${argv.courtFileWait} s)`);
  }
  if (client.rateLimited > 0) {
    console.log(`rate limit ${client.rateLimited} answers 429 waited out as Retry-After asked (${(client.rateLimitWaitMs / 1000).toFixed(0)} s of waiting, summed over the ${argv.concurrency} lanes)`);
  }
  const failures = [...result.failures, ...result.protection.failures, ...(result.intake?.failures ?? [])];
  if (failures.length === 0) return 0;
  console.error(`\n${failures.length} case(s) or person(s) stopped on a refused call; the first ${Math.min(SHOWN_FAILURES, failures.length)}:`);
  for (const f of failures.slice(0, SHOWN_FAILURES)) {
    console.error(`  ${f.caseLabel} ${f.step}: ${f.status || 'no answer'} ${f.code ?? f.title ?? ''} ${f.detail ?? ''}${f.fields ? ` [fields: ${f.fields.join(', ')}]` : ''}`);
  }
  if (failures.some((f) => f.status === 401)) {
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

import 'reflect-metadata';
import { Body, Controller, HttpCode, Module, Param, Post, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { policeCaseCommands, type ClearPoliceCaseCommand } from '@casetrail/enforcement-api';
import type { CommandMetadata } from '@casetrail/event-sourcing';
import { CommandRunner } from '@casetrail/platform-commands';
import { configureHttpApp, LocalSigningKey, ProjectionHost, type AuthenticatedUser } from '@casetrail/platform-nest';
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { casetrailAppModule, CASETRAIL_HTTP_OPTIONS } from '../../apps/casetrail/src/app.module';
import type { BenchOptions, BenchRow, Benchmark } from './bench-row';
import type { LoadResult, LoadSpec } from './http-load';

/**
 * The HTTP command path (issue 11, section 4): "record an arrest" against the embedded runtime
 * as `npm start` composes it (SQLite on disk, synchronous=FULL, every guard, pipe and
 * interceptor), beside a bare NestJS route in the same process answering the same request.
 */

export const CONNECTIONS = 10;
const UNIT = { code: 'police-battambang', type: 'provincial_police' } as const;
const PROVINCE = 'battambang';
/** Suspects identified per seeded case: each request arrests a different one. */
const SUSPECTS_PER_CASE = 2;
/** How long seeding waits for the read models to take in what it stored. */
const SETTLE_TIMEOUT_MS = 120_000;
export const ARREST_BODY = JSON.stringify({ arrestedOn: '2020-03-16' });
export const arrestPath = (prefix: string, caseId: string, suspectId: string) => `${prefix}/${caseId}/suspects/${suspectId}/arrest`;

/**
 * The raw baseline: a bare NestJS app (Express, its default JSON body parser) with one route of
 * the same shape answering as the arrest does (200, `{ caseId, revision }`). A separate app on
 * its own port, not a route of ours: in our app it would pass through the very edges (logging,
 * security headers, rate limit, token check, validation) whose cost the comparison is to show.
 */
@Controller('bare/cases')
class BareArrestController {
  @Post(':caseId/suspects/:suspectId/arrest')
  @HttpCode(200)
  arrest(@Param('caseId') caseId: string, @Param('suspectId') _suspectId: string, @Body() _body: unknown) {
    return { caseId, revision: 3 };
  }
}

@Module({ controllers: [BareArrestController] })
export class BareArrestModule {}

export const urlOf = (app: INestApplication) => `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;

export interface Casetrail {
  app: INestApplication;
  url: string;
  token: string;
  runner: CommandRunner;
  projections: ProjectionHost;
}

/**
 * What the process does after an answer, for diagnostics (`http-command-stages.ts`): `'off'` has
 * the live projections or the reactors follow the bus, where the embedded runtime publishes
 * nothing, so this process does none of their work. That is the most that taking their work off
 * the event loop could give; the read models then stay empty. The benchmark keeps both on.
 */
export interface LiveWork {
  projections: 'on' | 'off';
  reactors: 'on' | 'off';
}

/** The environment of the embedded default, with the rate limit at its highest allowed budget (it stays on). */
export function embeddedEnv(dataDir: string, synchronous: 'FULL' | 'NORMAL' = 'FULL', live: LiveWork = { projections: 'on', reactors: 'on' }): Record<string, string> {
  return {
    CASETRAIL_DATA_DIR: dataDir,
    CASETRAIL_EVENT_STORE: 'sqlite',
    CASETRAIL_SQLITE_SYNCHRONOUS: synchronous,
    CASETRAIL_BUS: 'in-process',
    CASETRAIL_READ_MODELS: 'sqlite',
    CASETRAIL_PROJECTION_SOURCE: live.projections === 'on' ? 'store' : 'bus',
    CASETRAIL_REACTOR_SOURCE: live.reactors === 'on' ? 'store' : 'bus',
    CASETRAIL_PUBLISH_EVENTS: 'false',
    CASETRAIL_AUTH_MODE: 'local',
    // One line a request at info goes to stdout and would bury the table; warn keeps errors.
    CASETRAIL_LOG_LEVEL: process.env['CASETRAIL_BENCH_LOG_LEVEL'] ?? 'warn',
    CASETRAIL_RATE_LIMIT_PER_MINUTE: '100000',
  };
}

export async function startCasetrail(dataDir: string, synchronous: 'FULL' | 'NORMAL' = 'FULL', live?: LiveWork): Promise<Casetrail> {
  Object.assign(process.env, embeddedEnv(dataDir, synchronous, live));
  const app = await NestFactory.create(casetrailAppModule(), { bufferLogs: true, bodyParser: false });
  configureHttpApp(app, CASETRAIL_HTTP_OPTIONS);
  await app.listen(0, '127.0.0.1');
  // A token as `npm run token -- --role police --province battambang --unit police-battambang` prints it.
  const token = await LocalSigningKey.loadOrCreate(dataDir).sign(
    { sub: 'bench-officer', role: 'police', unit: UNIT.code, provinces: [PROVINCE] },
    { issuer: 'casetrail-local', audience: 'casetrail' },
  );
  return { app, url: urlOf(app), token, runner: app.get(CommandRunner), projections: app.get(ProjectionHost) };
}

/**
 * Identified suspects not yet arrested, made through the command runner (the deciders and the
 * store, as a request would, without HTTP): each case opened with one victim rescued and
 * `SUSPECTS_PER_CASE` suspects identified, names sealed as the API seals them. Seeding ends once
 * the read models have taken in every seeded event: the live projections follow the log on the
 * same event loop, and a timed run started before they catch up would pay for the seeding too.
 */
export class Suspects {
  private readonly pending: Array<{ caseId: string; suspectId: string }> = [];
  private readonly officer: AuthenticatedUser = { userId: 'bench-seeder', role: 'police', unit: UNIT.code, provinces: [PROVINCE] };
  private seeded = 0;

  constructor(
    private readonly runner: CommandRunner,
    private readonly projections: ProjectionHost,
  ) {}

  get available(): number {
    return this.pending.length;
  }

  /**
   * Seeds until `count` suspects wait; they are ordered so that consecutive arrests hit different
   * cases. Cases are seeded 16 at a time, so their appends share group commits.
   */
  async ensure(count: number): Promise<void> {
    const missing = Math.ceil((count - this.pending.length) / SUSPECTS_PER_CASE);
    const batch: Array<Array<{ caseId: string; suspectId: string }>> = [];
    for (let i = 0; i < missing; i += 16) {
      batch.push(...(await Promise.all(Array.from({ length: Math.min(16, missing - i) }, () => this.seedCase()))));
    }
    for (let s = 0; s < SUSPECTS_PER_CASE; s++) for (const suspects of batch) this.pending.push(suspects[s]!);
    const behind = this.projections.position;
    const waitStart = Date.now();
    await this.projections.waitUntilCurrent(SETTLE_TIMEOUT_MS);
    const waited = Date.now() - waitStart;
    if (waited >= 100) console.log(`  the read models caught up with the seeding in ${(waited / 1000).toFixed(1)} s (from position ${behind} to ${this.projections.position})`);
  }

  take(count: number): Array<{ caseId: string; suspectId: string }> {
    return this.pending.slice(0, count);
  }

  drop(count: number): void {
    this.pending.splice(0, count);
  }

  private async seedCase(): Promise<Array<{ caseId: string; suspectId: string }>> {
    const caseId = randomUUID();
    const n = ++this.seeded;
    const run = (build: (metadata: CommandMetadata) => ClearPoliceCaseCommand) =>
      this.runner.run(policeCaseCommands, caseId, build, { issuer: { user: this.officer }, correlationId: randomUUID() });
    await run((metadata) => ({ type: 'OpenPoliceCase', data: { caseId, unit: { ...UNIT }, province: PROVINCE, offences: ['trafficking_in_persons_with_purpose'], openedOn: '2020-03-14' }, metadata }));
    await run((metadata) => ({
      type: 'RescueVictim',
      data: { victimId: randomUUID(), sex: 'F', ageAtRescue: 16, nationality: 'KHM', exploitationType: 'sexual', rescuedOn: '2020-03-15', personal: { fullName: `Synthetic Victim ${n}` } },
      metadata,
    }));
    const suspects = [];
    for (let s = 0; s < SUSPECTS_PER_CASE; s++) {
      const suspectId = randomUUID();
      await run((metadata) => ({
        type: 'IdentifySuspect',
        data: { suspectId, sex: 'M', ageAtIdentification: 30 + s, nationality: 'KHM', identifiedOn: '2020-03-15', personal: { fullName: `Synthetic Suspect ${n}-${s}` } },
        metadata,
      }));
      suspects.push({ caseId, suspectId });
    }
    return suspects;
  }
}

/** Runs the load in a child process (see `http-load.ts`): autocannon at max rate, a paced sender at a fixed rate. */
export function load(spec: LoadSpec): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(join(__dirname, 'http-load.ts'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let answered = false;
    child.once('message', (message: { result?: LoadResult; error?: string }) => {
      answered = true;
      if (message.result) resolve(message.result);
      else reject(new Error(`load generator: ${message.error}`));
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (!answered) reject(new Error(`load generator exited with ${code} before answering`));
    });
    child.send(spec);
  });
}

const rateOf = (r: LoadResult) => r.twoHundreds / r.seconds;
const failuresOf = (r: LoadResult) => r.non2xx + r.errors;

function describeFailures(label: string, r: LoadResult, seeded = true): void {
  const ranOut = seeded && r.ranOut;
  if (failuresOf(r) === 0 && !ranOut) return;
  console.warn(`  ${label}: ${r.non2xx} non-2xx, ${r.errors} errors/timeouts, status codes ${JSON.stringify(r.statusCodes)}${ranOut ? ' (ran out of seeded suspects: repeats are refused)' : ''}`);
}

async function run(options: BenchOptions): Promise<BenchRow[]> {
  const seconds = options.quick ? 2 : 10;
  const warmupSeconds = options.quick ? 1 : 2;
  const dataDir = mkdtempSync(join(tmpdir(), 'casetrail-bench-http-'));
  const savedEnv = { ...process.env };
  let casetrail: Casetrail | undefined;
  let bare: INestApplication | undefined;
  try {
    bare = await NestFactory.create(BareArrestModule, { logger: false });
    await bare.listen(0, '127.0.0.1');
    casetrail = await startCasetrail(dataDir);
    const suspects = new Suspects(casetrail.runner, casetrail.projections);
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${casetrail.token}` };
    const bareRequests = Array.from({ length: 1000 }, () => ({ path: arrestPath('/bare/cases', randomUUID(), randomUUID()), body: ARREST_BODY }));
    const bareSpec = (durationSeconds: number, overallRate?: number): LoadSpec => ({ url: urlOf(bare!), connections: CONNECTIONS, durationSeconds, overallRate, headers, requests: bareRequests });
    const commandRun = async (durationSeconds: number, expectedRate: number, overallRate?: number) => {
      // Enough suspects for the run at the expected rate, and some more.
      await suspects.ensure(Math.ceil(expectedRate * durationSeconds * 1.5) + 200);
      const requests = suspects.take(suspects.available).map(({ caseId, suspectId }) => ({ path: arrestPath('/api/enforcement/cases', caseId, suspectId), body: ARREST_BODY }));
      const result = await load({ url: casetrail!.url, connections: CONNECTIONS, durationSeconds, overallRate, headers, requests });
      suspects.drop(result.begun);
      return result;
    };

    const seedStart = Date.now();
    await suspects.ensure(500);
    console.log(`  seeded ${suspects.available} suspects in ${((Date.now() - seedStart) / 1000).toFixed(1)} s`);
    // Warm-ups: JIT, the first fsyncs, the connection pools.
    await load(bareSpec(warmupSeconds));
    const warm = await commandRun(warmupSeconds, 1000);
    const bareMax = await load(bareSpec(seconds));
    // The warm-up's rate can be well below the max (JIT, a busy machine): seed for twice it, so the run does not run out.
    const commandMax = await commandRun(seconds, Math.max(rateOf(warm) * 2, 200));
    const half = Math.max(1, Math.floor(rateOf(commandMax) / 2));
    const commandHalf = await commandRun(seconds, half, half);
    const bareHalf = await load(bareSpec(seconds, half));
    describeFailures('warm-up', warm);
    describeFailures('arrest at max rate', commandMax);
    describeFailures('arrest at half rate', commandHalf);
    describeFailures('bare route at max rate', bareMax, false);
    describeFailures('bare route at half rate', bareHalf, false);
    const arrest = 'arrest a suspect (POST, 200)';
    return [
      {
        benchmark: arrest,
        setting: `max rate, ${CONNECTIONS} connections, synchronous=FULL`,
        events: commandMax.twoHundreds,
        eventsPerSecond: rateOf(commandMax),
        baselineEventsPerSecond: rateOf(bareMax),
        p50Ms: commandMax.p50Ms,
        p99Ms: commandMax.p99Ms,
        failures: failuresOf(commandMax),
      },
      {
        benchmark: arrest,
        setting: 'at half of its max rate',
        events: commandHalf.twoHundreds,
        eventsPerSecond: rateOf(commandHalf),
        p50Ms: commandHalf.p50Ms,
        p99Ms: commandHalf.p99Ms,
        failures: failuresOf(commandHalf),
      },
      {
        benchmark: 'bare NestJS route (POST, 200)',
        setting: `max rate, ${CONNECTIONS} connections`,
        events: bareMax.twoHundreds,
        eventsPerSecond: rateOf(bareMax),
        p50Ms: bareMax.p50Ms,
        p99Ms: bareMax.p99Ms,
        failures: failuresOf(bareMax),
      },
      {
        benchmark: 'bare NestJS route (POST, 200)',
        setting: "at half of the arrest's max rate",
        events: bareHalf.twoHundreds,
        eventsPerSecond: rateOf(bareHalf),
        p50Ms: bareHalf.p50Ms,
        p99Ms: bareHalf.p99Ms,
        failures: failuresOf(bareHalf),
      },
    ];
  } finally {
    await casetrail?.app.close();
    await bare?.close();
    // ConfigModule writes its defaults back into the environment: put it back as it was.
    for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
    Object.assign(process.env, savedEnv);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export const httpCommandBenchmark: Benchmark = {
  name: 'http-command',
  description:
    'POST arrest of an identified suspect through the embedded runtime (loopback, load from a child process: autocannon at max rate, evenly paced at half rate; ' +
    'SQLite synchronous=FULL, token, validation, rate limit, sealed names opened on load) against a bare NestJS ' +
    'route of the same shape in the same process (raw: Express + Nest routing + JSON body, nothing else)',
  run,
};

/**
 * Where the time of one arrest goes, stage by stage: the embedded runtime of
 * `http-command.bench.ts`, one connection (no request waits for another, so each stage's time is
 * its own), timers wrapped around the methods of each stage. A diagnostic for issue 11, not a
 * row of `npm run bench`; the timers themselves cost a few microseconds a call.
 *
 *   SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register tools/bench/http-command-stages.ts \
 *     [--seconds 10] [--synchronous FULL|NORMAL] [--connections 1] [--rate N] [--cpu-profile FILE] [--heap-profile FILE]
 *     [--live-projections on|off] [--reactors on|off]
 *
 * `--rate N` sends N requests a second, evenly paced, as the benchmark's half-rate row does (open
 * loop, on `--connections` connections), to see which stage makes the tail there: each stage's
 * p99 beside the event loop's delay and the longest garbage collections of the same run.
 *
 * `--live-projections off` and `--reactors off` leave that work out of the process (see `LiveWork`):
 * the upper bound of moving it to another thread or process, measured rather than guessed.
 *
 * `--cpu-profile` writes a V8 CPU profile of the server's process during the timed run only
 * (open it in Chrome DevTools, Performance, or VS Code). `--heap-profile` writes a sampling heap
 * profile of the same span: what the requests allocate, collected or not (Chrome DevTools, Memory).
 */
import 'reflect-metadata';
import { ValidationPipe } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { policeCaseCommands } from '@casetrail/enforcement-api';
import { SqliteEventStore } from '@casetrail/event-store-sqlite';
import { OpeningEventStore } from '@casetrail/personal-data';
import { CommandRunner } from '@casetrail/platform-commands';
import { AccessPolicyGuard, TokenVerifier } from '@casetrail/platform-nest';
import { ProjectionRunner } from '@casetrail/read-models';
import { SqliteReadModelStore } from '@casetrail/read-models-sqlite';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { constants, monitorEventLoopDelay, PerformanceObserver, type NodeGCPerformanceDetail } from 'node:perf_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { NestFactory } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { ARREST_BODY, arrestPath, BareArrestModule, load, startCasetrail, Suspects, urlOf } from './http-command.bench';

const samples = new Map<string, number[]>();
let recording = false;
const record = (stage: string, ms: number) => {
  if (!recording) return;
  let list = samples.get(stage);
  if (!list) samples.set(stage, (list = []));
  list.push(ms);
};

/** Wraps `target[method]` (sync or async) so that each call's time is recorded under `stage`. */
function time(target: object, method: string, stage: string): void {
  const holder = target as Record<string, (...args: unknown[]) => unknown>;
  const original = holder[method]!;
  if (typeof original !== 'function') throw new Error(`${stage}: no method ${method}`);
  holder[method] = function (this: unknown, ...args: unknown[]) {
    const start = performance.now();
    const done = () => record(stage, performance.now() - start);
    const result = original.apply(this, args);
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      return (result as Promise<unknown>).finally(done);
    }
    done();
    return result;
  };
}

/** CPU microseconds (`process.cpuUsage`) spread over the requests answered, in ms. */
function perRequestMs(cpuMicros: number, answered: number): string {
  return (cpuMicros / 1000 / answered).toFixed(3);
}

/** The client's view of a run, as both our route and the bare one print it. */
function clientLatency(result: { p50Ms: number; p99Ms: number }): string {
  return `client p50 ${result.p50Ms.toFixed(2)} ms, p99 ${result.p99Ms.toFixed(2)} ms`;
}

/** The kind of a `gc` performance entry (`perf_hooks.constants.NODE_PERFORMANCE_GC_*`). */
function gcKind(kind: number | undefined): string {
  switch (kind) {
    case constants.NODE_PERFORMANCE_GC_MINOR:
      return 'minor';
    case constants.NODE_PERFORMANCE_GC_MAJOR:
      return 'major';
    case constants.NODE_PERFORMANCE_GC_INCREMENTAL:
      return 'incremental';
    case constants.NODE_PERFORMANCE_GC_WEAKCB:
      return 'weak callbacks';
    default:
      return 'other';
  }
}

const STAGES: Array<[object, string, string]> = [
  [ThrottlerGuard.prototype, 'canActivate', 'rate limit (address and user guards)'],
  [AccessPolicyGuard.prototype, 'canActivate', 'access policy guard (token check included)'],
  [TokenVerifier.prototype, 'verify', '  token check (JWT HS256 verify, claims)'],
  [ValidationPipe.prototype, 'transform', 'DTO validation (body and params, all calls)'],
  [CommandRunner.prototype, 'run', 'command runner (load, fold, decide, append)'],
  [OpeningEventStore.prototype, 'readStream', '  load: stream read, sealed names opened'],
  [SqliteEventStore.prototype, 'readStream', '    load: SQLite readStream only'],
  [policeCaseCommands.decider, 'evolve', '  fold: evolve (all calls)'],
  [policeCaseCommands.decider, 'decide', '  decide'],
  [SqliteEventStore.prototype, 'append', '  append: queued, then group-committed (fsync)'],
  [SqliteEventStore.prototype, 'flush', '    group commit: one transaction and its commit (per group)'],
  [SqliteEventStore.prototype, 'appendInTransaction', '      statements of one append inside it'],
  [ProjectionRunner.prototype, 'applyBatch', 'projections (after the answer, not awaited)'],
  [SqliteReadModelStore.prototype, 'write', '  read models: one SQLite write (transaction, commit)'],
];

function summary(requests: number): string[] {
  const lines = ['stage                                                       calls   ms/request   p50 ms   p99 ms   max ms'];
  for (const [stage, list] of samples) {
    const sorted = [...list].sort((a, b) => a - b);
    const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
    const perRequest = list.reduce((a, b) => a + b, 0) / requests;
    lines.push(`${stage.padEnd(58)} ${String(list.length).padStart(6)}  ${perRequest.toFixed(3).padStart(10)}  ${at(50).toFixed(3).padStart(7)}  ${at(99).toFixed(3).padStart(7)}  ${sorted[sorted.length - 1]!.toFixed(3).padStart(7)}`);
  }
  return lines;
}

/** The same load (same connections, same pace if paced) on the bare NestJS route of the benchmark, for its CPU per request and latency beside ours. */
async function measureBareRoute(seconds: number, connections: number, rate: number | undefined, headers: Record<string, string>): Promise<void> {
  const bare = await NestFactory.create(BareArrestModule, { logger: false });
  try {
    await bare.listen(0, '127.0.0.1');
    const requests = Array.from({ length: 1000 }, () => ({ path: arrestPath('/bare/cases', randomUUID(), randomUUID()), body: ARREST_BODY }));
    await load({ url: urlOf(bare), connections, durationSeconds: 1, headers, requests });
    const before = process.cpuUsage();
    const result = await load({ url: urlOf(bare), connections, durationSeconds: seconds, overallRate: rate, headers, requests });
    const cpu = process.cpuUsage(before);
    console.log(`bare route, same load: ${(result.twoHundreds / result.seconds).toFixed(0)}/s, server CPU per request ${perRequestMs(cpu.user + cpu.system, result.answered)} ms, ${clientLatency(result)}`);
  } finally {
    await bare.close();
  }
}

async function main(): Promise<void> {
  const argv = await yargs(hideBin(process.argv))
    .option('seconds', { type: 'number', default: 10, describe: 'length of the timed run' })
    .option('synchronous', { choices: ['FULL', 'NORMAL'] as const, default: 'FULL' as const, describe: 'SQLite synchronous of the event store' })
    .option('connections', { type: 'number', default: 1, describe: 'concurrent connections (1: each stage time is its own; more: appends share group commits)' })
    .option('rate', { type: 'number', describe: 'requests a second, evenly paced (open loop); unset: as fast as the server answers' })
    .option('live-projections', { choices: ['on', 'off'] as const, default: 'on' as const, describe: 'off: no read model is kept in this process (upper bound of moving projections off it; diagnostic)' })
    .option('reactors', { choices: ['on', 'off'] as const, default: 'on' as const, describe: 'off: no reactor runs in this process (upper bound of moving reactors off it; diagnostic)' })
    .option('cpu-profile', { type: 'string', describe: 'write a CPU profile of the timed run to this file (.cpuprofile)' })
    .option('heap-profile', { type: 'string', describe: 'write a sampling heap profile of the timed run (every allocation, collected or not) to this file (.heapprofile)' })
    .check((a) => a.rate === undefined || (Number.isFinite(a.rate) && a.rate > 0) || `--rate must be a positive number of requests a second, not ${String(a.rate)}`)
    .strict()
    .help()
    .parse();
  for (const [target, method, stage] of STAGES) time(target, method, stage);
  // How many appends share each commit (a count, not a time: the "p50 ms" column reads as appends).
  const flush = (SqliteEventStore.prototype as unknown as Record<string, (this: { pending: unknown[] }) => void>)['flush']!;
  (SqliteEventStore.prototype as unknown as Record<string, unknown>)['flush'] = function (this: { pending: unknown[] }) {
    // An empty flush (the check after a commit's reactions found none) does nothing: not timed.
    if (this.pending.length === 0) return;
    record('    appends per group commit (count, not ms)', this.pending.length);
    return flush.call(this);
  };
  const dataDir = mkdtempSync(join(tmpdir(), 'casetrail-bench-stages-'));
  const casetrail = await startCasetrail(dataDir, argv.synchronous, { projections: argv.liveProjections, reactors: argv.reactors });
  try {
    const server = casetrail.app.getHttpServer() as import('node:http').Server;
    // The whole request in the server: from its arrival to the last byte of the answer handed to the socket.
    server.prependListener('request', (_req: IncomingMessage, res: ServerResponse) => {
      const start = performance.now();
      res.once('finish', () => record('whole request in the server (arrival to answer sent)', performance.now() - start));
    });
    const suspects = new Suspects(casetrail.runner, casetrail.projections);
    await suspects.ensure(Math.ceil(argv.seconds * 1500) + 3000);
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${casetrail.token}` };
    const requestsOf = () => suspects.take(suspects.available).map(({ caseId, suspectId }) => ({ path: arrestPath('/api/enforcement/cases', caseId, suspectId), body: ARREST_BODY }));
    suspects.drop((await load({ url: casetrail.url, connections: 1, durationSeconds: 2, headers, requests: requestsOf() })).begun);
    const session = argv.cpuProfile || argv.heapProfile ? new Session() : undefined;
    session?.connect();
    if (session && argv.cpuProfile) {
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
    }
    // One sample every 32 KiB allocated on average, objects collected since included: where the allocations come from.
    if (session && argv.heapProfile) await session.post('HeapProfiler.startSampling', { samplingInterval: 32 * 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
    const loopDelay = monitorEventLoopDelay({ resolution: 1 });
    const gcPauses: Array<{ ms: number; kind: string }> = [];
    const gcObserver = new PerformanceObserver((list) =>
      list.getEntries().forEach((entry) => gcPauses.push({ ms: entry.duration, kind: gcKind((entry as { detail?: NodeGCPerformanceDetail }).detail?.kind) })),
    );
    gcObserver.observe({ entryTypes: ['gc'] });
    loopDelay.enable();
    recording = true;
    const usageBefore = process.resourceUsage();
    const cpuBefore = process.cpuUsage();
    const result = await load({ url: casetrail.url, connections: argv.connections, durationSeconds: argv.seconds, overallRate: argv.rate, headers, requests: requestsOf() });
    recording = false;
    const cpu = process.cpuUsage(cpuBefore);
    const usage = process.resourceUsage();
    loopDelay.disable();
    gcObserver.disconnect();
    if (session && argv.cpuProfile) {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(argv.cpuProfile, JSON.stringify(profile));
    }
    if (session && argv.heapProfile) {
      const { profile } = await session.post('HeapProfiler.stopSampling');
      writeFileSync(argv.heapProfile, JSON.stringify(profile));
    }
    session?.disconnect();
    const left = [argv.liveProjections === 'off' && 'no live projections', argv.reactors === 'off' && 'no reactors'].filter(Boolean);
    console.log(`synchronous=${argv.synchronous}${left.length > 0 ? ` (${left.join(', ')})` : ''}, ${argv.connections} connection(s), ${argv.rate ? `paced at ${argv.rate}/s` : 'max rate'}, ${argv.seconds} s: ${result.twoHundreds} arrests (${(result.twoHundreds / result.seconds).toFixed(0)}/s), ${result.non2xx + result.errors} failures, ${clientLatency(result)}`);
    // CPU time of the server's process (the load runs in a child): less moved by other work on the machine than rates are.
    console.log(`server CPU per request: ${perRequestMs(cpu.user + cpu.system, result.answered)} ms (user ${perRequestMs(cpu.user, result.answered)}, system ${perRequestMs(cpu.system, result.answered)})`);
    // monitorEventLoopDelay counts from its 1 ms resolution timer, so the floor is about 1 ms.
    const ms = (ns: number) => (ns / 1e6).toFixed(1);
    const longestGc = gcPauses.sort((a, b) => b.ms - a.ms).slice(0, 5);
    const gcTotal = gcPauses.reduce((sum, gc) => sum + gc.ms, 0);
    console.log(`event loop delay: p50 ${ms(loopDelay.percentile(50))} ms, p99 ${ms(loopDelay.percentile(99))} ms, max ${ms(loopDelay.max)} ms; garbage collections: ${gcPauses.length} (${gcTotal.toFixed(0)} ms), longest ${longestGc.map((gc) => `${gc.ms.toFixed(1)} ${gc.kind}`).join(' / ')} ms`);
    // Taken off the CPU while runnable: the threads of this process (event loop, V8's GC helpers, libuv's pool) and the load generator share the cores.
    console.log(`context switches of the server's process: ${usage.involuntaryContextSwitches - usageBefore.involuntaryContextSwitches} involuntary, ${usage.voluntaryContextSwitches - usageBefore.voluntaryContextSwitches} voluntary`);
    for (const line of summary(result.answered)) console.log(line);
    await measureBareRoute(argv.seconds, argv.connections, argv.rate, headers);
  } finally {
    await casetrail.app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

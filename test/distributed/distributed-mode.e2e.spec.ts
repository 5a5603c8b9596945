import { topicForStream } from '@casetrail/messaging';
import { casePlan, emptyTally } from './support/case-tally';
import { CaseTraffic } from './support/case-traffic';
import { DISTRIBUTED_SKIP_LINE, distributedSuiteMode } from './support/distributed-availability';
import { DistributedRun } from './support/distributed-run';
import { eventIdCoverage } from './support/event-id-coverage';
import { rebuildFromEnforcementLog } from './support/expected-statistics';
import { killRepeatedly, projectionGroupOfStart } from './support/fault-injection';
import { readEventIdsFromTopic } from './support/kafka-topic-reader';
import { pollUntil } from './support/poll-until';
import { waitForStatisticsToEqual } from './support/convergence';
import { enforcementEnv, mongoUri, statisticsEnv, type DistributedRunSettings } from './support/service-env';
import { fetchLawEnforcementTable, mongoFactsSnapshot, nationalTotals } from './support/statistics-readers';

/**
 * The distributed mode as it is deployed: enforcement and statistics as separate OS processes,
 * events over a real Kafka broker, read models in a real MongoDB (FerretDB), and kill -9 faults.
 */
const YEAR = 2020;
const STATISTICS_KILLS = 12;
/**
 * Pause between driven cases (~9 events each): events keep flowing through every kill and
 * restart of the statistics service, at a pace the 2-core CI machine keeps up with while it
 * also runs both services, Kafka and FerretDB.
 */
const PAUSE_BETWEEN_CASES_MS = 800;
const ENFORCEMENT_KILLS = 5;
const ENFORCEMENT_PAUSE_MS = 200;
/** Enough groups that a group comes back only after its killed member expired (see projectionGroupOfStart). */
const PROJECTION_GROUPS = 8;
const mode = distributedSuiteMode();

describe('distributed test support (always runs)', () => {
  const settings: DistributedRunSettings = {
    kafkaBrokers: '127.0.0.1:9092',
    topicPrefix: 'test-x.',
    mongoServerUri: 'mongodb://127.0.0.1:27017/casetrail',
    mongoDatabase: 'run_db',
    signingKeyFile: '/tmp/k',
    logLevel: 'warn',
  };

  it('gives both services the same broker, topic prefix and key, and nothing else of the parent', () => {
    const parent = { PATH: '/bin', HOME: '/h', MONGODB_URI: 'mongodb://elsewhere/x', CASETRAIL_BUS: 'in-process' };
    const enforcement = enforcementEnv(settings, '/data/e', 4001, parent);
    const statistics = statisticsEnv(settings, '/data/s', 4002, 'projections-3', parent);
    for (const env of [enforcement, statistics]) {
      expect(env).toMatchObject({ PATH: '/bin', CASETRAIL_BUS: 'kafka', KAFKA_BROKERS: '127.0.0.1:9092', CASETRAIL_KAFKA_TOPIC_PREFIX: 'test-x.', CASETRAIL_LOCAL_SIGNING_KEY_FILE: '/tmp/k' });
    }
    expect(enforcement).toMatchObject({ CASETRAIL_PORT: '4001', CASETRAIL_DATA_DIR: '/data/e', CASETRAIL_EVENT_STORE: 'sqlite', CASETRAIL_PUBLISH_EVENTS: 'true' });
    expect(enforcement['MONGODB_URI']).toBeUndefined();
    expect(statistics).toMatchObject({
      CASETRAIL_PORT: '4002',
      CASETRAIL_EVENT_STORE: 'memory',
      CASETRAIL_PROJECTION_SOURCE: 'bus',
      CASETRAIL_PROJECTION_GROUP: 'projections-3',
      CASETRAIL_READ_MODELS: 'mongodb',
      MONGODB_URI: 'mongodb://127.0.0.1:27017/run_db',
    });
  });

  it('puts the run database into a MongoDB URI, keeping its options', () => {
    expect(mongoUri('mongodb://h:27017', 'db1')).toBe('mongodb://h:27017/db1');
    expect(mongoUri('mongodb://h:27017/other?directConnection=true', 'db1')).toBe('mongodb://h:27017/db1?directConnection=true');
    expect(() => mongoUri('http://h', 'db1')).toThrow('Not a MongoDB URI');
  });

  it('rotates the statistics consumer group so a restart never waits for a dead member', () => {
    expect([0, 1, 7, 8, 12].map((n) => projectionGroupOfStart(n, 8))).toEqual(['projections-0', 'projections-1', 'projections-7', 'projections-0', 'projections-4']);
  });

  it('finds stored events missing from a topic and counts duplicates', () => {
    expect(eventIdCoverage(['a', 'b', 'c'], ['a', 'b', 'b', 'c', 'a'])).toEqual({ stored: 3, delivered: 5, missing: [], duplicates: 2, unknown: [] });
    expect(eventIdCoverage(['a', 'b'], ['a', 'x'])).toMatchObject({ missing: ['b'], unknown: ['x'], duplicates: 0 });
  });

  it('plans cases with 1-3 victims and 1-2 suspects, not every suspect arrested', () => {
    const plans = Array.from({ length: 12 }, (_, n) => casePlan(n));
    expect(new Set(plans.map((p) => p.victims))).toEqual(new Set([1, 2, 3]));
    expect(plans.some((p) => p.arrests < p.suspects)).toBe(true);
    expect(emptyTally()).toEqual({ cases: 0, victims: 0, suspectsArrested: 0, commands: 0, failedCommands: 0 });
  });
});

if (mode === 'skip') {
  process.stdout.write(`${DISTRIBUTED_SKIP_LINE}\n`);
} else if (mode === 'fail') {
  describe('distributed mode', () => {
    it('needs Kafka and MongoDB under CI', () => {
      throw new Error(`No Kafka broker or MongoDB server (KAFKA_BROKERS=${process.env['KAFKA_BROKERS']}, MONGODB_URI=${process.env['MONGODB_URI']}): run npm run infra:up`);
    });
  });
} else {
  describe('distributed mode: separate processes, real Kafka and MongoDB', () => {
    const runs: DistributedRun[] = [];
    const newRun = async (label: string) => {
      const run = await DistributedRun.create({ label });
      runs.push(run);
      return run;
    };

    // Each test cleans up its run when it ends (guard); this catches a run a test never got to guard.
    afterAll(async () => {
      await Promise.all(runs.map((run) => run.cleanup()));
    }, 60_000);

    it('shows cases driven through enforcement in the statistics of the other process', async () => {
      const run = await newRun('happy');
      await run.guard(async () => {
        await run.startBoth();
        const traffic = new CaseTraffic(run.enforcement.url, await run.policeToken());
        for (let i = 0; i < 4; i++) await traffic.driveOneCase();
        const expected = casesOf(traffic.tally);
        expect(expected).toEqual({ cases: 4, victims: 1 + 2 + 3 + 1, suspectsArrested: 1 + 2 + 1 + 1 });

        const statistician = await run.statisticianToken();
        const totals = await pollUntil(
          'the statistics service to show the four cases',
          async () => {
            const t = nationalTotals(await fetchLawEnforcementTable(run.statistics.url, statistician, YEAR));
            return casesOf(t).cases === 4 && casesOf(t).victims === 7 && casesOf(t).suspectsArrested === 5 ? t : undefined;
          },
          { timeoutMs: 30_000, intervalMs: 250 },
        );
        expect(casesOf(totals)).toEqual(expected);
        const rebuilt = await rebuildFromEnforcementLog(run.enforcementEventsFile, YEAR);
        expect(nationalTotals(rebuilt.table)).toEqual(totals);
      });
    }, 120_000);

    it('kill -9 the statistics process repeatedly while events flow: the read models equal a rebuild, nothing missing, nothing counted twice', async () => {
      const run = await newRun('stats-kill');
      await run.guard(async () => {
        await run.startBoth();
        const traffic = new CaseTraffic(run.enforcement.url, await run.policeToken());
        const writer = traffic.run({ tolerateFailures: false, pauseMs: PAUSE_BETWEEN_CASES_MS });
        const started = Date.now();
        let kills;
        try {
          kills = await killRepeatedly(run.statistics, {
            times: STATISTICS_KILLS,
            minMs: 200,
            maxMs: 1500,
            beforeRestart: (kill) => run.statistics.setEnv({ CASETRAIL_PROJECTION_GROUP: projectionGroupOfStart(kill, PROJECTION_GROUPS) }),
          });
        } finally {
          await writer.stop();
        }
        const faultPhaseMs = Date.now() - started;
        expect(kills.kills).toBeGreaterThanOrEqual(10);
        expect(traffic.tally.failedCommands).toBe(0);

        const expected = await rebuildFromEnforcementLog(run.enforcementEventsFile, YEAR);
        // The log holds exactly what the driver was told was accepted.
        expect(casesOf(nationalTotals(expected.table))).toEqual(casesOf(traffic.tally));
        const convergedMs = await waitForStatisticsToEqual({ url: run.statistics.url, mongoUri: run.mongoUri }, await run.statisticianToken(), expected, { year: YEAR, timeoutMs: 120_000 });
        expect(await mongoFactsSnapshot(run.mongoUri)).toEqual(expected.facts);
        report(
          `statistics kill -9 x${kills.kills}: ${expected.events.length} events, ${traffic.tally.cases} cases in ${faultPhaseMs} ms; ` +
            `lived ${kills.livedMs.join('/')} ms; restart ${summary(kills.restartMs)}; converged ${convergedMs} ms after the writers stopped`,
        );
      });
    }, 300_000);

    it('kill -9 the enforcement publisher mid-stream: every appended event reaches Kafka, and the statistics converge to a rebuild', async () => {
      const run = await newRun('enf-kill');
      await run.guard(async () => {
        await run.startBoth();
        const traffic = new CaseTraffic(run.enforcement.url, await run.policeToken());
        const writer = traffic.run({ tolerateFailures: true, pauseMs: ENFORCEMENT_PAUSE_MS, ready: () => run.enforcement.whenHealthy() });
        let kills;
        try {
          kills = await killRepeatedly(run.enforcement, { times: ENFORCEMENT_KILLS, minMs: 500, maxMs: 2_500 });
          // A little traffic after the last restart, so it publishes old and new alike.
          const casesAtLastRestart = traffic.tally.cases;
          await pollUntil('two cases after the last restart', async () => (traffic.tally.cases >= casesAtLastRestart + 2 ? true : undefined), {
            timeoutMs: 30_000,
          });
        } finally {
          await writer.stop();
        }

        const expected = await rebuildFromEnforcementLog(run.enforcementEventsFile, YEAR);
        // What the driver was told was accepted is in the log (a killed request may have been too).
        const rebuilt = casesOf(nationalTotals(expected.table));
        expect(rebuilt.cases).toBeGreaterThanOrEqual(traffic.tally.cases);
        expect(rebuilt.victims).toBeGreaterThanOrEqual(traffic.tally.victims);
        expect(rebuilt.suspectsArrested).toBeGreaterThanOrEqual(traffic.tally.suspectsArrested);

        const convergedMs = await waitForStatisticsToEqual({ url: run.statistics.url, mongoUri: run.mongoUri }, await run.statisticianToken(), expected, { year: YEAR, timeoutMs: 120_000 });
        expect(await mongoFactsSnapshot(run.mongoUri)).toEqual(expected.facts);

        const topics = [...new Set(expected.events.map((e) => topicForStream(e.streamId)))];
        expect(topics).toEqual(['casetrail.enforcement']);
        const brokers = run.settings.kafkaBrokers.split(',');
        let readers = 0;
        const coverage = await pollUntil(
          'every stored event on the Kafka topic',
          async () => {
            const delivered = await readEventIdsFromTopic({ brokers, topic: run.kafkaTopic(topics[0]!), groupId: `${run.settings.topicPrefix}verify-${readers++}`, timeoutMs: 20_000 });
            const found = eventIdCoverage(expected.events.map((e) => e.eventId), delivered);
            return found.missing.length === 0 ? found : undefined;
          },
          { timeoutMs: 60_000, intervalMs: 1_000 },
        );
        expect(coverage).toMatchObject({ stored: expected.events.length, missing: [], unknown: [] });
        report(
          `enforcement kill -9 x${kills.kills}: ${coverage.stored} events stored, ${coverage.delivered} messages on Kafka, ${coverage.duplicates} duplicates; ` +
            `${traffic.tally.failedCommands} commands cut off; lived ${kills.livedMs.join('/')} ms; restart ${summary(kills.restartMs)}; statistics converged ${convergedMs} ms after the writers stopped`,
        );
      });
    }, 300_000);
  });
}

function summary(ms: number[]): string {
  const sorted = [...ms].sort((a, b) => a - b);
  return `min ${sorted[0]} / median ${sorted[Math.floor(sorted.length / 2)]} / max ${sorted.at(-1)} ms`;
}

/** One line per fault test for the reader of the run (figures, never asserted). */
function report(line: string): void {
  process.stdout.write(`distributed e2e: ${line}\n`);
}

function casesOf(figures: { cases: number; victims: number; suspectsArrested: number }) {
  return { cases: figures.cases, victims: figures.victims, suspectsArrested: figures.suspectsArrested };
}

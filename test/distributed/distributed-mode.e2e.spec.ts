import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { topicForStream } from '@casetrail/messaging';
import { casePlan, emptyTally } from './support/case-tally';
import { CaseTraffic } from './support/case-traffic';
import { DISTRIBUTED_SKIP_LINE, distributedSuiteMode } from './support/distributed-availability';
import { DistributedRun } from './support/distributed-run';
import { eventIdCoverage } from './support/event-id-coverage';
import { rebuildFromEnforcementLog } from './support/expected-statistics';
import { killRepeatedly, projectionGroupOfStart } from './support/fault-injection';
import { listTopics, messageBytes, readEventIdsFromTopic, readTopicMessages } from './support/kafka-topic-reader';
import { pollUntil } from './support/poll-until';
import { waitForStatisticsToEqual } from './support/convergence';
import { courtEnv, enforcementEnv, mongoUri, statisticsEnv, type DistributedRunSettings } from './support/service-env';
import { fetchLawEnforcementTable, mongoDatabaseDump, mongoFactsSnapshot, nationalTotals } from './support/statistics-readers';
import { PoliceCaseDriver } from '../support/police-case-driver';

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
    personKeysFile: '/tmp/p/person-keys.sqlite',
    logLevel: 'warn',
  };

  it('gives every service the same broker, topic prefix and key, and nothing else of the parent', () => {
    const parent = { PATH: '/bin', HOME: '/h', MONGODB_URI: 'mongodb://elsewhere/x', CASETRAIL_BUS: 'in-process', CASETRAIL_PERSON_KEYS_FILE: '/elsewhere/keys' };
    const enforcement = enforcementEnv(settings, '/data/e', 4001, parent);
    const statistics = statisticsEnv(settings, '/data/s', 4002, 'projections-3', parent);
    const court = courtEnv(settings, '/data/c', 4003, parent);
    for (const env of [enforcement, statistics, court]) {
      expect(env).toMatchObject({ PATH: '/bin', CASETRAIL_BUS: 'kafka', KAFKA_BROKERS: '127.0.0.1:9092', CASETRAIL_KAFKA_TOPIC_PREFIX: 'test-x.', CASETRAIL_LOCAL_SIGNING_KEY_FILE: '/tmp/k' });
    }
    expect(enforcement).toMatchObject({ CASETRAIL_PORT: '4001', CASETRAIL_DATA_DIR: '/data/e', CASETRAIL_EVENT_STORE: 'sqlite', CASETRAIL_PUBLISH_EVENTS: 'true' });
    expect(enforcement['MONGODB_URI']).toBeUndefined();
    expect(court).toMatchObject({
      CASETRAIL_PORT: '4003',
      CASETRAIL_DATA_DIR: '/data/c',
      CASETRAIL_EVENT_STORE: 'sqlite',
      CASETRAIL_PUBLISH_EVENTS: 'true',
      CASETRAIL_REACTOR_SOURCE: 'bus',
    });
    expect(court['MONGODB_URI']).toBeUndefined();
    // The court opens what the police sealed: one key store for both, and none for statistics.
    expect(court['CASETRAIL_PERSON_KEYS_FILE']).toBe('/tmp/p/person-keys.sqlite');
    expect(enforcement['CASETRAIL_PERSON_KEYS_FILE']).toBe(court['CASETRAIL_PERSON_KEYS_FILE']);
    expect(statistics['CASETRAIL_PERSON_KEYS_FILE']).toBeUndefined();
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
    /** A fresh run with both services started; the run is cleaned up whatever the body does. */
    const withBothServices = async (label: string, body: (run: DistributedRun) => Promise<void>, options: { logLevel?: string } = {}) => {
      const run = await DistributedRun.create({ label, ...options });
      runs.push(run);
      await run.guard(async () => {
        await run.startBoth();
        await body(run);
      });
    };

    // Each test cleans up its run when it ends (guard); this catches a run a test never got to guard.
    afterAll(async () => {
      await Promise.all(runs.map((run) => run.cleanup()));
    }, 60_000);

    it('shows cases driven through enforcement in the statistics of the other process', async () => {
      await withBothServices('happy', async (run) => {
        const traffic = new CaseTraffic(run.enforcement.url, await run.policeToken());
        for (let i = 0; i < 4; i++) await traffic.driveOneCase();
        const expected = casesOf(traffic.tally);
        expect(expected).toEqual({ cases: 4, victims: 1 + 2 + 3 + 1, suspectsArrested: 1 + 2 + 1 + 1 });

        // Every command was acknowledged, so the log is complete: wait for the whole row, not only
        // the counts (the last hand-over can arrive after the last victim: a race, seen under load).
        const rebuilt = nationalTotals((await rebuildFromEnforcementLog(run.enforcementEventsFile, YEAR)).table);
        expect(casesOf(rebuilt)).toEqual(expected);
        const statistician = await run.statisticianToken();
        let served: ReturnType<typeof nationalTotals> | undefined;
        const totals = await pollUntil(
          'the statistics service to show the four cases as the rebuild does',
          async () => {
            served = nationalTotals(await fetchLawEnforcementTable(run.statistics.url, statistician, YEAR));
            return isDeepStrictEqual(served, rebuilt) ? served : undefined;
          },
          { timeoutMs: 30_000, intervalMs: 250, describe: () => `served ${JSON.stringify(served)}, rebuilt ${JSON.stringify(rebuilt)}` },
        );
        expect(totals).toEqual(rebuilt);
      });
    }, 120_000);

    it('carries identifying data across no process boundary in clear: not on Kafka, not in MongoDB, not in a log or a data file', async () => {
      await withBothServices('privacy', async (run) => {
        const police = new PoliceCaseDriver(run.enforcement.url, await run.policeToken());
        const canaries = { suspectName: `CANARY-SUSPECT-${randomUUID()}`, victimName: `CANARY-VICTIM-${randomUUID()}`, suspectBirth: '1987-06-05', victimBirth: '2005-04-03' };
        const caseId = await police.open();
        const suspectId = await police.suspect(caseId, { ageAtIdentification: undefined, birthDate: canaries.suspectBirth, personal: { fullName: canaries.suspectName } });
        await police.arrest(caseId, suspectId);
        const victimId = await police.victim(caseId, { ageAtRescue: undefined, birthDate: canaries.victimBirth, personal: { fullName: canaries.victimName } });
        await police.forward(caseId);
        // Not vacuous: the police read the names back, so they were stored (sealed) and are readable.
        const view = JSON.stringify((await police.get(`/api/enforcement/cases/${caseId}`)).body);
        expect(view).toContain(canaries.suspectName);
        expect(view).toContain(canaries.victimName);

        const statistician = await run.statisticianToken();
        await pollUntil('the statistics service to show the case', async () => (casesOf(nationalTotals(await fetchLawEnforcementTable(run.statistics.url, statistician, YEAR))).cases === 1 ? true : undefined), {
          timeoutMs: 30_000,
          intervalMs: 250,
        });
        const admin = new PoliceCaseDriver(run.enforcement.url, await run.token('admin', ['*']));
        expect((await admin.post(`/api/admin/persons/${victimId}/forget`, { reason: 'Request of the person (synthetic test)' })).status).toBe(200);

        const needles = Object.values(canaries);
        const brokers = run.settings.kafkaBrokers.split(',');
        // Every topic of the run (the case events, the forget decision, the access audit, dead
        // letters), once the publisher has sent the forget decision too.
        let readers = 0;
        const onKafka = await pollUntil(
          'every event of the run on Kafka, the forget decision included',
          async () => {
            const topics = await listTopics(brokers, run.settings.topicPrefix);
            if (!topics.includes(run.kafkaTopic('casetrail.privacy'))) return undefined;
            const all: Buffer[] = [];
            for (const topic of topics) {
              const messages = await readTopicMessages({ brokers, topic, groupId: `${run.settings.topicPrefix}privacy-${readers++}`, timeoutMs: 20_000 });
              all.push(...messages.map(messageBytes));
            }
            // 5 case events, the police read that disclosed the names, the forget decision.
            return all.length >= 7 ? all : undefined;
          },
          { timeoutMs: 30_000, intervalMs: 500 },
        );
        const dump = await mongoDatabaseDump(run.mongoUri);
        expect([...dump.keys()].length).toBeGreaterThan(0);
        const files = filesUnder(run.root).concat(filesUnder(run.logDir));
        expect(files).toEqual(expect.arrayContaining([run.enforcement.logFile, run.statistics.logFile]));
        const logs = readFileSync(run.enforcement.logFile, 'utf8');
        // Every request was logged: the logs' silence about the names means something.
        expect(logs.split('request completed').length - 1).toBeGreaterThanOrEqual(7);
        for (const needle of needles) {
          expect(onKafka.filter((bytes) => bytes.includes(needle)).length).toBe(0);
          expect([...dump].filter(([, text]) => text.includes(needle)).map(([name]) => name)).toEqual([]);
          expect(files.filter((file) => readFileSync(file).includes(needle))).toEqual([]);
        }
        // The sealed form did travel: the envelope of each person is on the topic.
        expect(onKafka.filter((bytes) => bytes.includes(suspectId) && bytes.includes('A256GCM')).length).toBeGreaterThan(0);
      }, { logLevel: 'debug' });
    }, 120_000);

    it('kill -9 the statistics process repeatedly while events flow: the read models equal a rebuild, nothing missing, nothing counted twice', async () => {
      await withBothServices('stats-kill', async (run) => {
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
      await withBothServices('enf-kill', async (run) => {
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

/** Every file under a folder, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
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

import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { RecordedEvent } from '@casetrail/event-sourcing';
import { DEAD_LETTER_HEADERS, deadLetterTopicOf } from '@casetrail/messaging-kafka';
import { CaseTraffic } from './support/case-traffic';
import { waitForStatisticsToEqual } from './support/convergence';
import { courtFileCensus, forwardedCaseIds, readSqliteLog, type CourtFileCensus } from './support/court-log';
import { DISTRIBUTED_SKIP_LINE, distributedSuiteMode } from './support/distributed-availability';
import { DistributedRun } from './support/distributed-run';
import { rebuildFromEnforcementLog } from './support/expected-statistics';
import { killRepeatedly, type KillReport } from './support/fault-injection';
import { listTopics, readTopicMessages } from './support/kafka-topic-reader';
import { pollUntil } from './support/poll-until';
import { courtTotals, fetchCourtTable, fetchLawEnforcementTable, nationalTotals } from './support/statistics-readers';
import { CourtFileDriver } from '../support/court-file-driver';
import { PoliceCaseDriver } from '../support/police-case-driver';
import { reportSoakFigures, soakSetting } from '../support/soak';

/**
 * The court as its own OS process beside enforcement and statistics, on a real Kafka broker and
 * MongoDB (FerretDB): the court's reactor consumes law enforcement's topic and opens a court file
 * per forwarded case, across kill -9 of the court process.
 */
const YEAR = 2020;
/** kill -9 + restart of the court while forwardings flow (`npm run test:soak` sets it deeper). */
const COURT_KILLS = soakSetting('CASETRAIL_SOAK_COURT_KILLS', 4);
/** Between driven cases (~10 commands each, every one forwarded): a steady stream the 2-core CI machine keeps up with. */
const PAUSE_BETWEEN_CASES_MS = 300;
/** The reactor's consumer group and the subscriber its dead letters name (`reactorGroupId`). */
const REACTOR_SUBSCRIBER = 'reactor.court-opens-forwarded-cases';
const mode = distributedSuiteMode();

describe('court distributed test support (always runs)', () => {
  const event = (streamId: string, type: string): RecordedEvent => ({ streamId, type }) as RecordedEvent;

  it('reads the forwarded cases from the enforcement log, each once', () => {
    const log = [
      event('enforcement-case-b', 'enforcement.CaseOpened'),
      event('enforcement-case-b', 'enforcement.CaseForwardedToProsecutor'),
      event('enforcement-case-a', 'enforcement.CaseForwardedToProsecutor'),
      event('enforcement-case-b', 'enforcement.CaseForwardedToProsecutor'),
      event('enforcement-case-c', 'enforcement.CaseOpened'),
    ];
    expect(forwardedCaseIds(log)).toEqual(['a', 'b']);
  });

  it('finds files opened twice, forwarded cases without a file, files nobody asked for, and reactions given up', () => {
    const log = [
      event('court-file-a', 'court.PoliceCaseReceived'),
      event('court-file-a', 'court.PersonCharged'),
      event('court-file-b', 'court.PoliceCaseReceived'),
      event('court-file-b', 'court.PoliceCaseReceived'),
      event('court-file-x', 'court.CourtFileOpened'),
      event('reaction-failed-court-opens-forwarded-cases', 'reaction.ReactionFailed'),
      event('audit-access-1', 'audit.AccessRecorded'),
    ];
    expect(courtFileCensus(['a', 'b', 'c'], log)).toEqual({
      forwarded: 3,
      files: 3,
      duplicates: ['b'],
      missing: ['c'],
      unexpected: ['x'],
      reactionFailures: ['reaction-failed-court-opens-forwarded-cases'],
    });
    expect(courtFileCensus(['a'], [event('court-file-a', 'court.PoliceCaseReceived')])).toEqual({ forwarded: 1, files: 1, duplicates: [], missing: [], unexpected: [], reactionFailures: [] });
  });
});

if (mode === 'skip') {
  process.stdout.write(`${DISTRIBUTED_SKIP_LINE}\n`);
} else if (mode === 'fail') {
  describe('court distributed', () => {
    it('needs Kafka and MongoDB under CI', () => {
      throw new Error(`No Kafka broker or MongoDB server (KAFKA_BROKERS=${process.env['KAFKA_BROKERS']}, MONGODB_URI=${process.env['MONGODB_URI']}): run npm run infra:up`);
    });
  });
} else {
  describe('court distributed: enforcement, court and statistics as separate processes, real Kafka and MongoDB', () => {
    const runs: DistributedRun[] = [];
    /** A fresh run with the three services started; the run is cleaned up whatever the body does. */
    const withAllServices = async (label: string, body: (run: DistributedRun) => Promise<void>) => {
      const run = await DistributedRun.create({ label });
      runs.push(run);
      await run.guard(async () => {
        await run.startAll();
        await body(run);
      });
    };

    afterAll(async () => {
      await Promise.all(runs.map((run) => run.cleanup()));
    }, 60_000);

    it('opens the court file in the court process from a forwarding in the enforcement process; statistics count the case in every stage', async () => {
      await withAllServices('court-happy', async (run) => {
        const policeToken = await run.policeToken();
        const police = new PoliceCaseDriver(run.enforcement.url, policeToken);
        // Synthetic names, sealed by enforcement under the key store it shares with the court.
        const names = { accused: `Synthetic Accused ${randomUUID()}`, victim: `Synthetic Victim ${randomUUID()}` };
        const caseId = await police.open();
        const suspectId = await police.suspect(caseId, { personal: { fullName: names.accused } });
        await police.arrest(caseId, suspectId);
        const victimId = await police.victim(caseId, { personal: { fullName: names.victim } });
        await police.handOver(caseId, victimId);
        await police.forward(caseId, '2020-03-20');

        const prosecutor = new CourtFileDriver(run.court.url, await run.courtToken('prosecutor'));
        const judge = new CourtFileDriver(run.court.url, await run.courtToken('judge'));
        const file = await pollUntil(
          'the court process to open the file of the forwarded case',
          async () => {
            const res = await prosecutor.get(`/api/court/files/${caseId}`);
            return res.status === 200 ? (res.body as { state: CourtFileView }) : undefined;
          },
          { timeoutMs: 60_000, intervalMs: 250 },
        );
        expect(file.state).toMatchObject({ stage: 'prosecution', court: 'court-battambang', origin: { kind: 'police', policeCaseId: caseId } });
        expect(Object.keys(file.state.accused)).toEqual([suspectId]);
        expect(Object.keys(file.state.victims)).toEqual([victimId]);
        // The names the police sealed open in the court process.
        expect(file.state.accused[suspectId]!.personal).toEqual({ fullName: names.accused });
        expect(file.state.victims[victimId]!.personal).toEqual({ fullName: names.victim });

        await prosecutor.charge(caseId, suspectId, '2020-03-22');
        await prosecutor.decide(caseId, { action: 'submitted_for_investigation', decidedOn: '2020-03-25' });
        await judge.step(`/api/court/files/${caseId}/closing-order`, { outcome: 'sent_to_trial', issuedOn: '2020-10-05' });
        await judge.step(`/api/court/files/${caseId}/accused/${suspectId}/verdict`, { outcome: 'fine', deliveredOn: '2020-11-20', fine: { amount: 400000, currency: 'KHR' } });

        // The police read the outcome from the court process, with their own token.
        const outcome = await new PoliceCaseDriver(run.court.url, policeToken).get(`/api/court/police-cases/${caseId}/outcome`);
        expect(outcome.status).toBe(200);
        expect(outcome.body).toMatchObject({
          policeCaseId: caseId,
          hasCourtFile: true,
          stage: 'trial',
          accused: 1,
          charged: 1,
          prosecutionDecision: { action: 'submitted_for_investigation' },
          closingOrder: { outcome: 'sent_to_trial' },
          verdicts: [{ personId: suspectId, outcome: 'fine' }],
        });
        expect(JSON.stringify(outcome.body)).not.toContain('Synthetic');

        // Statistics consumes the two topics independently: wait for the whole law-enforcement row
        // (as a rebuild of enforcement's log gives it) and for the court's last steps.
        const rebuilt = nationalTotals((await rebuildFromEnforcementLog(run.enforcementEventsFile, YEAR)).table);
        expect(rebuilt).toMatchObject({ cases: 1, victims: 1, suspectsArrested: 1 });
        const statistician = await run.statisticianToken();
        let seen: object | undefined;
        const tables = await pollUntil(
          'the statistics process to show the case in the law-enforcement, prosecution and trial tables',
          async () => {
            const lawEnforcement = nationalTotals(await fetchLawEnforcementTable(run.statistics.url, statistician, YEAR));
            const prosecution = courtTotals(await fetchCourtTable(run.statistics.url, statistician, 'prosecution', YEAR));
            const trial = courtTotals(await fetchCourtTable(run.statistics.url, statistician, 'trial', YEAR));
            seen = { lawEnforcement, prosecution, trial };
            return isDeepStrictEqual(lawEnforcement, rebuilt) && prosecution['submittedForInvestigation'] === 1 && trial['fine'] === 1 ? { lawEnforcement, prosecution, trial } : undefined;
          },
          { timeoutMs: 60_000, intervalMs: 500, describe: () => JSON.stringify(seen) },
        );
        expect(tables.lawEnforcement).toEqual(rebuilt);
        expect(tables.prosecution).toMatchObject({ cases: 1, victims: 1, chargedPersons: 1, submittedForInvestigation: 1, processing: 0 });
        expect(tables.trial).toMatchObject({ cases: 1, victims: 1, accused: 1, fine: 1, processing: 0 });
      });
    }, 180_000);

    it(`kill -9 the court process x${COURT_KILLS} while the police forward cases: each forwarded case has exactly one court file, nothing dead-lettered, each counted once`, async () => {
      await withAllServices('court-kill', async (run) => {
        const traffic = new CaseTraffic(run.enforcement.url, await run.policeToken());
        const writer = traffic.run({ tolerateFailures: false, pauseMs: PAUSE_BETWEEN_CASES_MS });
        const started = Date.now();
        let kills: KillReport;
        // Cases the police opened (and went on to forward) while the court was down: its reactor catches up on them.
        let casesAtKill = 0;
        let casesWhileDown = 0;
        try {
          kills = await killRepeatedly(run.court, {
            times: COURT_KILLS,
            minMs: 300,
            maxMs: 2_500,
            beforeRestart: () => (casesAtKill = traffic.tally.cases),
            afterRestart: () => (casesWhileDown += traffic.tally.cases - casesAtKill),
          });
          // Forwardings after the last restart too: the restarted reactor takes old and new alike.
          const casesAtLastRestart = traffic.tally.cases;
          await pollUntil('two forwardings after the last restart', async () => (traffic.tally.cases >= casesAtLastRestart + 2 ? true : undefined), { timeoutMs: 60_000 });
        } finally {
          await writer.stop();
        }
        const faultPhaseMs = Date.now() - started;
        // Enforcement was never killed: every case the driver started was forwarded.
        expect(traffic.tally.failedCommands).toBe(0);
        const expected = await rebuildFromEnforcementLog(run.enforcementEventsFile, YEAR);
        const forwarded = forwardedCaseIds(expected.events);
        expect(forwarded).toHaveLength(traffic.tally.cases);
        // Mid-stream for real: the police went on while the court was dead, and their forwardings reached it after.
        expect(casesWhileDown).toBeGreaterThan(0);

        let census: CourtFileCensus | undefined;
        const filesAt = Date.now();
        await pollUntil(
          'a court file in the court process for every case forwarded in the enforcement process',
          async () => {
            census = courtFileCensus(forwarded, await readSqliteLog(run.courtEventsFile));
            return census.missing.length === 0 ? census : undefined;
          },
          { timeoutMs: 90_000, intervalMs: 500, describe: () => `${census?.files} files of ${forwarded.length}, missing ${census?.missing.length}` },
        );
        const filesMs = Date.now() - filesAt;
        expect(census).toEqual({ forwarded: forwarded.length, files: forwarded.length, duplicates: [], missing: [], unexpected: [], reactionFailures: [] });

        // Nothing set aside: law enforcement's dead-letter topic holds no letter, the reactor's or any other group's.
        const brokers = run.settings.kafkaBrokers.split(',');
        const dlq = run.kafkaTopic(deadLetterTopicOf('casetrail.enforcement'));
        expect(await listTopics(brokers, run.settings.topicPrefix)).toContain(dlq);
        const letters = await readTopicMessages({ brokers, topic: dlq, groupId: `${run.settings.topicPrefix}dlq-check`, timeoutMs: 20_000 });
        const subscribers = letters.map((m) => m.headers[DEAD_LETTER_HEADERS.subscriber]?.toString());
        expect(subscribers.filter((s) => s === REACTOR_SUBSCRIBER)).toEqual([]);
        expect(subscribers).toEqual([]);

        // The statistics process counts each forwarded case once at the prosecution stage.
        const statistician = await run.statisticianToken();
        let prosecution: Record<string, number> | undefined;
        await pollUntil(
          'the prosecution table to count every forwarded case',
          async () => {
            prosecution = courtTotals(await fetchCourtTable(run.statistics.url, statistician, 'prosecution', YEAR));
            return prosecution['cases'] === forwarded.length ? true : undefined;
          },
          { timeoutMs: 60_000, intervalMs: 500, describe: () => `cases ${prosecution?.['cases']} of ${forwarded.length}` },
        );
        expect(prosecution).toMatchObject({ cases: forwarded.length, processing: forwarded.length });
        // And the police side of the same cases as a rebuild of enforcement's log shows it.
        await waitForStatisticsToEqual({ url: run.statistics.url, mongoUri: run.mongoUri }, statistician, expected, { year: YEAR, timeoutMs: 60_000 });

        reportSoakFigures('court-distributed', {
          kills: kills!.kills,
          forwards: forwarded.length,
          'cases-while-down': casesWhileDown,
          files: census!.files,
          duplicates: census!.duplicates.length,
          missing: census!.missing.length,
          'dead-letters': letters.length,
          'prosecution-cases': prosecution!['cases']!,
          'fault-phase-ms': faultPhaseMs,
          'lived-ms': kills!.livedMs.join('/'),
          'restart-ms': kills!.restartMs.join('/'),
          'files-complete-ms': filesMs,
        });
      });
    }, 240_000 + COURT_KILLS * 30_000);
  });
}

/** The parts of `GET /api/court/files/:id` this suite reads. */
interface CourtFileView {
  stage: string;
  accused: Record<string, { personal?: unknown }>;
  victims: Record<string, { personal?: unknown }>;
}

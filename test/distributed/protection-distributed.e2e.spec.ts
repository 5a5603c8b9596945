import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '@casetrail/event-sourcing';
import { DEAD_LETTER_HEADERS, deadLetterTopicOf } from '@casetrail/messaging-kafka';
import { CaseTraffic } from './support/case-traffic';
import { readSqliteLog } from './support/court-log';
import { DISTRIBUTED_SKIP_LINE, distributedSuiteMode } from './support/distributed-availability';
import { DistributedRun } from './support/distributed-run';
import { rebuildFromEnforcementLog } from './support/expected-statistics';
import { killRepeatedly, type KillReport } from './support/fault-injection';
import { listTopics, readTopicMessages } from './support/kafka-topic-reader';
import { pollUntil } from './support/poll-until';
import { protectionCaseCensus, victimsHandedOverToProtection, type ProtectionCaseCensus } from './support/protection-log';
import { CourtFileDriver } from '../support/court-file-driver';
import { PoliceCaseDriver } from '../support/police-case-driver';
import { ProtectionCaseDriver } from '../support/protection-case-driver';
import { reportSoakFigures, soakSetting } from '../support/soak';

/**
 * Protection as its own OS process beside enforcement and statistics, on a real Kafka broker and
 * MongoDB (FerretDB): its hand-over reactor consumes law enforcement's topic and opens a protection
 * case per victim handed over to social affairs or a partner, across kill -9 of the protection
 * process; its award reactor consumes the court's topic and records a court's award on a followed
 * victim's case; statistics consumes the protection topic.
 */
const YEAR = 2020;
/** kill -9 + restart of protection while hand-overs flow (`npm run test:soak` sets it deeper). */
const PROTECTION_KILLS = soakSetting('CASETRAIL_SOAK_PROTECTION_KILLS', 4);
/** Between driven cases (~10 commands each, a third of the victims handed to social affairs, a third to a partner). */
const PAUSE_BETWEEN_CASES_MS = 300;
/** The hand-over reactor's consumer group and the subscriber its dead letters name (`reactorGroupId`). */
const REACTOR_SUBSCRIBER = 'reactor.protection-opens-handed-over-victims';
const mode = distributedSuiteMode();

describe('protection distributed test support (always runs)', () => {
  const event = (streamId: string, type: string, data: object = {}): RecordedEvent => ({ streamId, type, data }) as RecordedEvent;
  const handOver = (victimId: string, destination: string) => event('enforcement-case-c', 'enforcement.VictimHandedOver', { victimId, destination, handedOverOn: '2020-03-17' });

  it('reads the victims handed over to social affairs or a partner from the enforcement log, each once, never those sent home', () => {
    const log = [
      handOver('v3', 'family'),
      handOver('v2', 'partner_organisation'),
      handOver('v1', 'social_affairs'),
      handOver('v1', 'social_affairs'),
      event('enforcement-case-c', 'enforcement.VictimRescued', { victimId: 'v4' }),
    ];
    expect(victimsHandedOverToProtection(log)).toEqual(['v1', 'v2']);
  });

  it('finds cases opened twice, victims without a case, cases nobody handed over, and reactions given up', () => {
    const log = [
      event('protection-case-a', 'protection.ProtectionCaseOpened'),
      event('protection-case-a', 'protection.ConsentRecorded'),
      event('protection-case-b', 'protection.ProtectionCaseOpened'),
      event('protection-case-b', 'protection.ProtectionCaseOpened'),
      event('protection-case-x', 'protection.ProtectionCaseOpened'),
      event('reaction-failed-protection-opens-handed-over-victims', 'reaction.ReactionFailed'),
      event('audit-access-1', 'audit.AccessRecorded'),
    ];
    expect(protectionCaseCensus(['a', 'b', 'c'], log)).toEqual({
      handedOver: 3,
      cases: 3,
      duplicates: ['b'],
      missing: ['c'],
      unexpected: ['x'],
      reactionFailures: ['reaction-failed-protection-opens-handed-over-victims'],
    });
    expect(protectionCaseCensus(['a'], [event('protection-case-a', 'protection.ProtectionCaseOpened')])).toEqual({
      handedOver: 1,
      cases: 1,
      duplicates: [],
      missing: [],
      unexpected: [],
      reactionFailures: [],
    });
  });
});

if (mode === 'skip') {
  process.stdout.write(`${DISTRIBUTED_SKIP_LINE}\n`);
} else if (mode === 'fail') {
  describe('protection distributed', () => {
    it('needs Kafka and MongoDB under CI', () => {
      throw new Error(`No Kafka broker or MongoDB server (KAFKA_BROKERS=${process.env['KAFKA_BROKERS']}, MONGODB_URI=${process.env['MONGODB_URI']}): run npm run infra:up`);
    });
  });
} else {
  describe('protection distributed: enforcement, protection (and the court) and statistics as separate processes, real Kafka and MongoDB', () => {
    const runs: DistributedRun[] = [];
    /** A fresh run with enforcement, protection and statistics started; cleaned up whatever the body does. */
    const withServices = async (label: string, body: (run: DistributedRun) => Promise<void>) => {
      const run = await DistributedRun.create({ label });
      runs.push(run);
      await run.guard(async () => {
        await run.startWithProtection();
        await body(run);
      });
    };

    afterAll(async () => {
      await Promise.all(runs.map((run) => run.cleanup()));
    }, 60_000);

    it('opens the protection case in the protection process from a hand-over in the enforcement process, takes it to integration, and statistics count it', async () => {
      await withServices('protection-happy', async (run) => {
        const police = new PoliceCaseDriver(run.enforcement.url, await run.policeToken());
        // A synthetic name, sealed by enforcement under the key store it shares with protection.
        const name = `Synthetic Victim ${randomUUID()}`;
        const caseId = await police.open();
        const victimId = await police.victim(caseId, { ageAtRescue: 16, personal: { fullName: name } });
        await police.handOver(caseId, victimId, 'social_affairs', '2020-03-17');
        // A victim sent home has no protection case.
        const homeId = await police.victim(caseId, { ageAtRescue: 24 });
        await police.handOver(caseId, homeId, 'family', '2020-03-17');

        const social = new ProtectionCaseDriver(run.protection.url, await run.socialWorkerToken());
        const opened = await pollUntil(
          'the protection process to open the case of the victim handed over',
          async () => {
            const res = await social.get(`/api/protection/cases/${victimId}`);
            return res.status === 200 ? (res.body as { revision: number; state: ProtectionCaseView }) : undefined;
          },
          { timeoutMs: 60_000, intervalMs: 250 },
        );
        expect(opened.state).toMatchObject({
          stage: 'open',
          province: 'battambang',
          receivedOn: '2020-03-17',
          channel: 'police_hand_over',
          receivedBy: 'dosvy-battambang',
          person: { personId: victimId, sex: 'F', ageInYears: 16, ageBand: '15_17', ageBandOn: '2020-03-16' },
        });
        // The name the police sealed opens in the protection process, for the social worker.
        expect(opened.state.person.personal).toEqual({ fullName: name });

        await social.consent(victimId, [{ organisation: 'dosvy-battambang', purposes: ['case_management', 'reintegration', 'follow_up'] }], '2020-03-18');
        await social.step(victimId, '/family-assessment', { assessedOn: '2020-04-20', outcome: 'suitable', assessedBy: 'dosvy-battambang' });
        await social.step(victimId, '/integration', { integratedBy: 'dosvy-battambang', integratedOn: '2020-05-04', province: 'battambang' });
        const visit = await social.step(victimId, '/follow-ups', { visitedOn: '2020-06-05', outcome: 'stable', visitedBy: 'dosvy-battambang' });
        expect(visit.visitNumber).toBe(1);
        const integrated = await social.get(`/api/protection/cases/${victimId}`);
        expect(integrated.body.state).toMatchObject({ stage: 'integrated', integrations: [expect.objectContaining({ integratedBy: 'dosvy-battambang', integratedOn: '2020-05-04' })] });

        // Nothing was opened for the victim sent home.
        expect((await social.get(`/api/protection/cases/${homeId}`)).status).toBe(404);
        const census = protectionCaseCensus([victimId], await readSqliteLog(run.protectionEventsFile));
        expect(census).toEqual({ handedOver: 1, cases: 1, duplicates: [], missing: [], unexpected: [], reactionFailures: [] });

        // Statistics consumes the protection topic: the person received and integrated in the year.
        const statistician = await run.statisticianToken();
        let seen: object | undefined;
        const tables = await pollUntil(
          'the statistics process to count the person received and integrated',
          async () => {
            const received = protectionTotals(await fetchProtectionTable(run.statistics.url, statistician, 'received', YEAR));
            const integrations = protectionTotals(await fetchProtectionTable(run.statistics.url, statistician, 'integrations', YEAR));
            const followUps = protectionTotals(await fetchProtectionTable(run.statistics.url, statistician, 'follow-ups', YEAR));
            seen = { received, integrations, followUps };
            return received['persons'] === 1 && integrations['integrations'] === 1 && Object.values(followUps).some((n) => n > 0) ? { received, integrations } : undefined;
          },
          { timeoutMs: 60_000, intervalMs: 500, describe: () => JSON.stringify(seen) },
        );
        expect(tables.received).toMatchObject({ persons: 1, personsMinorFemale: 1 });
        expect(tables.integrations).toMatchObject({ integrations: 1, integrationsMinorFemale: 1 });
      });
    }, 180_000);

    it("records a court's award in the court process on the victim's protection case in the protection process, and statistics count the compensation", async () => {
      const run = await DistributedRun.create({ label: 'protection-court' });
      runs.push(run);
      await run.guard(async () => {
        await Promise.all([run.enforcement.start(), run.court.start(), run.protection.start(), run.statistics.start()]);
        const police = new PoliceCaseDriver(run.enforcement.url, await run.policeToken());
        const caseId = await police.open();
        const suspectId = await police.suspect(caseId);
        await police.arrest(caseId, suspectId);
        const victimId = await police.victim(caseId, { ageAtRescue: 24 });
        const otherId = await police.victim(caseId, { ageAtRescue: 30 });
        await police.handOver(caseId, victimId, 'social_affairs', '2020-03-17');
        // Sent home: followed by nobody, so the court's award to this victim reaches no case (and is no failure).
        await police.handOver(caseId, otherId, 'family', '2020-03-17');
        await police.forward(caseId, '2020-03-20');

        const prosecutor = new CourtFileDriver(run.court.url, await run.courtToken('prosecutor'));
        const judge = new CourtFileDriver(run.court.url, await run.courtToken('judge'));
        await pollUntil('the court process to open the file', async () => ((await prosecutor.get(`/api/court/files/${caseId}`)).status === 200 ? true : undefined), { timeoutMs: 60_000, intervalMs: 250 });
        const social = new ProtectionCaseDriver(run.protection.url, await run.socialWorkerToken());
        await pollUntil('the protection process to open the case', async () => ((await social.get(`/api/protection/cases/${victimId}`)).status === 200 ? true : undefined), { timeoutMs: 60_000, intervalMs: 250 });

        await prosecutor.charge(caseId, suspectId, '2020-03-22');
        await prosecutor.decide(caseId, { action: 'submitted_for_trial', decidedOn: '2020-03-25', trialRoute: 'direct_summons' });
        await judge.step(`/api/court/files/${caseId}/accused/${suspectId}/verdict`, { outcome: 'imprisonment', deliveredOn: '2020-06-10', termMonths: 60, custody: 'in_custody' });
        for (const victim of [victimId, otherId]) {
          await judge.step(`/api/court/files/${caseId}/compensation`, { victimId: victim, amount: 2_000_000_00, currency: 'KHR', awardedOn: '2020-06-10' });
        }

        // The award reaches the followed victim's case over the court's topic: a claim on the court file, awarded by the court.
        const claim = await pollUntil(
          "the protection process to record the court's award",
          async () => {
            const res = await social.get(`/api/protection/cases/${victimId}`);
            const claims = (res.body as { state?: { claims?: Record<string, ClaimView> } }).state?.claims ?? {};
            return claims[caseId]?.award ? claims[caseId] : undefined;
          },
          { timeoutMs: 60_000, intervalMs: 250 },
        );
        expect(claim).toMatchObject({ claimId: caseId, courtFileId: caseId, supportingOrganisation: 'dosvy-battambang', award: { amount: 2_000_000_00, currency: 'KHR', awardedOn: '2020-06-10', source: 'court' } });
        // The money received is recorded by the social worker on that claim.
        await social.step(victimId, `/claims/${caseId}/receipts`, { amount: 2_000_000_00, currency: 'KHR', receivedOn: '2020-07-01' });

        // Nothing opened for the victim sent home, nothing dead-lettered on the court's topic.
        expect((await social.get(`/api/protection/cases/${otherId}`)).status).toBe(404);
        const census = protectionCaseCensus([victimId], await readSqliteLog(run.protectionEventsFile));
        expect(census).toEqual({ handedOver: 1, cases: 1, duplicates: [], missing: [], unexpected: [], reactionFailures: [] });
        const brokers = run.settings.kafkaBrokers.split(',');
        const dlq = run.kafkaTopic(deadLetterTopicOf('casetrail.court'));
        expect(await listTopics(brokers, run.settings.topicPrefix)).toContain(dlq);
        const letters = await readTopicMessages({ brokers, topic: dlq, groupId: `${run.settings.topicPrefix}dlq-check`, timeoutMs: 10_000 });
        expect(letters).toEqual([]);

        // Statistics: the claim, the victim awarded and paid, in the award's currency.
        const statistician = await run.statisticianToken();
        let seen: unknown;
        await pollUntil(
          'the statistics process to count the compensation',
          async () => {
            const res = await fetch(`${run.statistics.url}/api/statistics/protection/compensation?year=${YEAR}`, { headers: { authorization: `Bearer ${statistician}`, accept: 'application/json' } });
            const table = JSON.parse(await res.text()) as { rows: Array<{ level: string; current: CompensationFigures }> };
            seen = table.rows?.find((r) => r.level === 'total')?.current;
            const total = seen as CompensationFigures | undefined;
            return total?.counts.victimsReceived === 1 ? total : undefined;
          },
          { timeoutMs: 60_000, intervalMs: 500, describe: () => JSON.stringify(seen) },
        ).then((total) => expect(total).toMatchObject({ counts: { claimsFiled: 1, victimsAwarded: 1, victimsReceived: 1 }, awarded: { KHR: 2_000_000_00 }, received: { KHR: 2_000_000_00 } }));
      });
    }, 180_000);

    it(`kill -9 the protection process x${PROTECTION_KILLS} while the police hand victims over: each victim handed over has exactly one case, nothing dead-lettered, each counted once`, async () => {
      await withServices('protection-kill', async (run) => {
        const traffic = new CaseTraffic(run.enforcement.url, await run.policeToken());
        const writer = traffic.run({ tolerateFailures: false, pauseMs: PAUSE_BETWEEN_CASES_MS });
        const started = Date.now();
        let kills: KillReport;
        // Cases the police drove (and handed victims over in) while protection was down: its reactor catches up on them.
        let casesAtKill = 0;
        let casesWhileDown = 0;
        try {
          kills = await killRepeatedly(run.protection, {
            times: PROTECTION_KILLS,
            minMs: 300,
            maxMs: 2_500,
            beforeRestart: () => (casesAtKill = traffic.tally.cases),
            afterRestart: () => (casesWhileDown += traffic.tally.cases - casesAtKill),
          });
          // Hand-overs after the last restart too: the restarted reactor takes old and new alike.
          const casesAtLastRestart = traffic.tally.cases;
          await pollUntil('two cases after the last restart', async () => (traffic.tally.cases >= casesAtLastRestart + 2 ? true : undefined), { timeoutMs: 60_000 });
        } finally {
          await writer.stop();
        }
        const faultPhaseMs = Date.now() - started;
        // Enforcement was never killed: every command the driver sent was accepted.
        expect(traffic.tally.failedCommands).toBe(0);
        const expected = await rebuildFromEnforcementLog(run.enforcementEventsFile, YEAR);
        const handedOver = victimsHandedOverToProtection(expected.events);
        // Many in flight: two victims in three of every case go to social affairs or a partner.
        expect(handedOver.length).toBeGreaterThan(PROTECTION_KILLS);
        // Mid-stream for real: the police went on while protection was dead, and those hand-overs reached it after.
        expect(casesWhileDown).toBeGreaterThan(0);

        let census: ProtectionCaseCensus | undefined;
        const casesAt = Date.now();
        await pollUntil(
          'a protection case in the protection process for every victim handed over in the enforcement process',
          async () => {
            census = protectionCaseCensus(handedOver, await readSqliteLog(run.protectionEventsFile));
            return census.missing.length === 0 ? census : undefined;
          },
          { timeoutMs: 90_000, intervalMs: 500, describe: () => `${census?.cases} cases of ${handedOver.length}, missing ${census?.missing.length}` },
        );
        const casesMs = Date.now() - casesAt;
        expect(census).toEqual({ handedOver: handedOver.length, cases: handedOver.length, duplicates: [], missing: [], unexpected: [], reactionFailures: [] });

        // Nothing set aside: law enforcement's dead-letter topic holds no letter, the reactor's or any other group's.
        const brokers = run.settings.kafkaBrokers.split(',');
        const dlq = run.kafkaTopic(deadLetterTopicOf('casetrail.enforcement'));
        expect(await listTopics(brokers, run.settings.topicPrefix)).toContain(dlq);
        const letters = await readTopicMessages({ brokers, topic: dlq, groupId: `${run.settings.topicPrefix}dlq-check`, timeoutMs: 20_000 });
        const subscribers = letters.map((m) => m.headers[DEAD_LETTER_HEADERS.subscriber]?.toString());
        expect(subscribers.filter((s) => s === REACTOR_SUBSCRIBER)).toEqual([]);
        expect(subscribers).toEqual([]);

        // The statistics process counts each person received once (all received in the year).
        const statistician = await run.statisticianToken();
        let received: Record<string, number> | undefined;
        await pollUntil(
          'the persons-received table to count every victim handed over',
          async () => {
            received = protectionTotals(await fetchProtectionTable(run.statistics.url, statistician, 'received', YEAR));
            return received['persons'] === handedOver.length ? true : undefined;
          },
          { timeoutMs: 60_000, intervalMs: 500, describe: () => `persons ${received?.['persons']} of ${handedOver.length}` },
        );
        expect(received).toMatchObject({ persons: handedOver.length });

        reportSoakFigures('protection-distributed', {
          kills: kills!.kills,
          'hand-overs': handedOver.length,
          'cases-while-down': casesWhileDown,
          cases: census!.cases,
          duplicates: census!.duplicates.length,
          missing: census!.missing.length,
          'dead-letters': letters.length,
          'persons-received': received!['persons']!,
          'fault-phase-ms': faultPhaseMs,
          'lived-ms': kills!.livedMs.join('/'),
          'restart-ms': kills!.restartMs.join('/'),
          'cases-complete-ms': casesMs,
        });
      });
    }, 240_000 + PROTECTION_KILLS * 30_000);
  });
}

/** A claim of `GET /api/protection/cases/:personId` (the parts this suite reads). */
interface ClaimView {
  claimId: string;
  award: { amount: number; currency: string; source: string } | null;
}

/** The total row of the compensation table. */
interface CompensationFigures {
  counts: Record<string, number>;
  awarded: Record<string, number>;
  received: Record<string, number>;
}

/** The parts of `GET /api/protection/cases/:personId` this suite reads. */
interface ProtectionCaseView {
  stage: string;
  person: { personId: string; personal?: unknown };
}

interface ProtectionTableAnswer {
  rows: Array<{ level: string; current: Record<string, number> }>;
}

/** A protection table (`received`, `integrations`, `follow-ups`…) as the statistics service answers it over HTTP. */
async function fetchProtectionTable(baseUrl: string, token: string, table: string, year: number): Promise<ProtectionTableAnswer> {
  const res = await fetch(`${baseUrl}/api/statistics/protection/${table}?year=${year}`, {
    headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    signal: AbortSignal.timeout(5_000),
  });
  if (res.status !== 200) throw new Error(`GET protection/${table}: HTTP ${res.status} ${await res.text()}`);
  // Parsed here, not by fetch: objects from fetch belong to another realm than jest's (deep equality fails).
  return JSON.parse(await res.text()) as ProtectionTableAnswer;
}

/** The total row's figures of a protection table for its year. */
function protectionTotals(table: ProtectionTableAnswer): Record<string, number> {
  const total = table.rows.find((r) => r.level === 'total');
  if (!total) throw new Error('the protection table has no total row');
  return total.current;
}

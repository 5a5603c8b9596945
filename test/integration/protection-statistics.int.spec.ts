// Across contexts: the protection decider writes a realistic log into SQLite while the statistics
// projections follow it live; a rebuild from the whole log must give the same facts and tables.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventTypeRegistry, RegistryEventStore, handleCommand, type CommandMetadata } from '@casetrail/event-sourcing';
import { SqliteEventStore } from '@casetrail/event-store-sqlite';
import { protectionCaseStreamId, registerProtectionEvents } from '@casetrail/protection-contracts';
import { protectionCaseDecider, type ProtectionCaseCommand } from '@casetrail/protection-domain';
import { InMemoryReadModelStore, ProjectionRunner, type ReadModelStore, type RebuildReport } from '@casetrail/read-models';
import { SqliteReadModelStore } from '@casetrail/read-models-sqlite';
import {
  PROTECTION_CASE_FACTS_COLLECTION,
  compensationTableFromReadModels,
  integrationDurationsFromReadModels,
  protectionTableFromReadModels,
  rebuildStatisticsReadModels,
  statisticsProjections,
} from '@casetrail/statistics-api';
import { PROTECTION_TABLES, protectionCaseFactsOf, type ProtectionCaseFacts } from '@casetrail/statistics-domain';

const now = '2021-06-30T03:00:00.000Z';
const worker: CommandMetadata = { actor: { userId: 'social-worker-1', role: 'social_worker' }, now };
const PROVINCES = ['battambang', 'kampot', 'phnom-penh', 'banteay-meanchey'];
const PARTNERS = ['ngo-aple', 'ngo-cwcc', 'ngo-chab-dai'];
const SHELTERS = ['ngo-aple', 'ngo-cwcc', 'mosvy'];

const day = (year: number, dayOfYear: number) => new Date(Date.UTC(year, 0, 1 + dayOfYear)).toISOString().slice(0, 10);
const command = (type: ProtectionCaseCommand['type'], data: object): ProtectionCaseCommand => ({ type, data, metadata: worker }) as unknown as ProtectionCaseCommand;

/**
 * The commands of synthetic case `i` (no real person): received in 2019 or 2020 by one of four
 * channels, most admitted to a shelter and leaving it, some with a compensation claim (in US
 * dollars or riel) awarded and paid in parts, most integrated (some into another province) and
 * visited; one recorded in error, one closed and reopened.
 */
function caseCommands(i: number): { personId: string; commands: ProtectionCaseCommand[] } {
  const personId = `synthetic-person-${i}`;
  const year = i % 3 === 0 ? 2019 : 2020;
  const province = PROVINCES[i % PROVINCES.length];
  const received = day(year, 10 + ((i * 7) % 150));
  const at = (days: number) => day(year, 10 + ((i * 7) % 150) + days);
  const channel = (['police_hand_over', 'overseas_authorities', 'ngo_referral', 'judicial_police'] as const)[i % 4];
  const commands: ProtectionCaseCommand[] = [
    command('RegisterProtectionCase', {
      personId,
      province,
      receivedOn: received,
      channel,
      ...(channel === 'police_hand_over' ? { policeCaseId: `synthetic-police-case-${i}`, handedOverBy: `police-${province}`, rescuedOn: at(-2) } : {}),
      ...(channel === 'overseas_authorities' ? { entryPoint: i % 8 === 1 ? 'poipet' : 'phnom-penh-airport', countryReturnedFrom: i % 8 === 1 ? 'THA' : 'CHN' } : {}),
      sex: i % 5 === 0 ? 'M' : 'F',
      nationality: channel === 'judicial_police' ? 'NPL' : 'KHM',
      ageInYears: i % 2 === 0 ? 13 : 24,
      exploitationType: (['sexual', 'labour', 'sexual_abuse', 'forced_marriage', 'at_risk'] as const)[i % 5],
    }),
  ];
  if (i % 7 !== 6) {
    commands.push(command('AdmitToShelter', { shelter: SHELTERS[i % 3], admittedOn: at(1), sentBy: i % 2 === 0 ? `dosvy-${province}` : PARTNERS[i % 3] }));
    commands.push(command('RecordShelterDeparture', { departedOn: at(60), reason: 'returned_to_family' }));
  }
  if (i % 4 === 1) {
    const currency = i % 8 === 1 ? 'USD' : 'KHR';
    const amount = currency === 'USD' ? 100_000 + i * 1_000 : 4_000_000;
    commands.push(command('FileCompensationClaim', { claimId: `claim-${i}`, supportingOrganisation: PARTNERS[i % 3], filedOn: at(5) }));
    commands.push(command('RecordCompensationAward', { claimId: `claim-${i}`, amount, currency, awardedOn: at(40) }));
    commands.push(command('RecordCompensationReceived', { claimId: `claim-${i}`, amount: amount / 2, currency, receivedOn: at(50) }));
    commands.push(command('RecordCompensationReceived', { claimId: `claim-${i}`, amount: amount / 2, currency, receivedOn: at(400) }));
  }
  if (i % 6 !== 5) {
    const into = i % 3 === 2 ? 'kampot' : province;
    commands.push(command('AssessFamily', { assessedOn: at(61), outcome: 'suitable', assessedBy: `dosvy-${province}` }));
    commands.push(command('IntegratePerson', { integratedBy: i % 2 === 0 ? `dosvy-${into}` : PARTNERS[i % 3], integratedOn: at(62 + i), province: into }));
    commands.push(command('RecordFollowUpVisit', { visitedOn: at(92 + i), outcome: 'stable', visitedBy: `dosvy-${into}` }));
    if (i % 2 === 0) commands.push(command('RecordFollowUpVisit', { visitedOn: at(250), outcome: 'needs_support', visitedBy: `dosvy-${into}` }));
  }
  if (i === 7) commands.push(command('CloseProtectionCase', { closedOn: at(300), reason: 'recorded_in_error' }));
  if (i === 10) {
    commands.push(command('CloseProtectionCase', { closedOn: at(300), reason: 'recorded_in_error' }));
    commands.push(command('ReopenProtectionCase', { reopenedOn: at(301), justification: 'Closed on the wrong case' }));
  }
  return { personId, commands };
}

const CASES = 40;
const bytes = (value: unknown) => JSON.stringify(value);

async function factDocuments(store: ReadModelStore) {
  const docs = await store.find(PROTECTION_CASE_FACTS_COLLECTION);
  // Versions count writes, which depend on batching; what was applied and the data must not.
  return docs.map(({ id, data, applied }) => ({ id, data, applied }));
}

const queries = [{ year: 2020 }, { year: 2020, province: 'kampot' }, { year: 2021 }, { year: 2020, provinces: ['battambang', 'phnom-penh'] as string[] }];

/** Every protection statistic, for each query, as bytes. */
async function everyStatistic(store: ReadModelStore): Promise<string[]> {
  const answers: string[] = [];
  for (const q of queries) {
    for (const table of PROTECTION_TABLES) answers.push(bytes(await protectionTableFromReadModels(store, table, q)));
    answers.push(bytes(await compensationTableFromReadModels(store, q)));
    answers.push(bytes(await integrationDurationsFromReadModels(store, q)));
  }
  return answers;
}

describe('protection statistics from protection events (decider → SQLite log → live projections → rebuild)', () => {
  let dir: string;
  let events: RegistryEventStore;
  const live = new InMemoryReadModelStore();
  const rebuilt = new InMemoryReadModelStore();
  let sqlite: SqliteReadModelStore;
  let sqliteLive: { facts: string; statistics: string[] };
  let appended = 0;
  let report: RebuildReport;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'casetrail-protection-statistics-'));
    const registry = registerProtectionEvents(new EventTypeRegistry());
    events = new RegistryEventStore(new SqliteEventStore({ filename: join(dir, 'events.sqlite') }), registry);
    sqlite = new SqliteReadModelStore({ filename: join(dir, 'read-models.sqlite') });
    const runners = [
      new ProjectionRunner(live, statisticsProjections, { batchSize: 7, pollIntervalMs: 20 }),
      new ProjectionRunner(sqlite, statisticsProjections, { batchSize: 5, pollIntervalMs: 20 }),
    ];
    const running = runners.map((runner) => runner.runLive(events));
    const cases = Array.from({ length: CASES }, (_, i) => caseCommands(i));
    // Interleave the cases' commands, as many workers would: batches mix streams.
    const longest = Math.max(...cases.map((c) => c.commands.length));
    for (let step = 0; step < longest; step += 1) {
      for (const c of cases) {
        const next = c.commands[step];
        if (!next) continue;
        const result = await handleCommand(events, registry, protectionCaseDecider, protectionCaseStreamId(c.personId), next, { correlationId: `synthetic-${c.personId}` });
        appended += result.events.length;
      }
    }
    for (const runner of runners) {
      await runner.waitForPosition(await events.headPosition(), 10_000);
      await runner.stop();
    }
    await Promise.all(running);
    report = await rebuildStatisticsReadModels(events, rebuilt);
    sqliteLive = { facts: bytes(await factDocuments(sqlite)), statistics: await everyStatistic(sqlite) };
    await rebuildStatisticsReadModels(events, sqlite);
  }, 60_000);

  afterAll(async () => {
    await sqlite.close();
    await events.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('replays every event of the log', () => {
    expect(appended).toBeGreaterThan(250);
    expect(report.events).toBe(appended);
  });

  it('keeps one fact document per case, the fold of its stream', async () => {
    const docs = await live.find<ProtectionCaseFacts>(PROTECTION_CASE_FACTS_COLLECTION);
    expect(docs).toHaveLength(CASES);
    for (const doc of docs) expect(doc.data).toMatchObject(protectionCaseFactsOf(await events.readStream(doc.id))!);
  });

  it('gives the same fact documents after a rebuild as live, in memory and byte for byte in SQLite', async () => {
    expect(await factDocuments(rebuilt)).toEqual(await factDocuments(live));
    expect(bytes(await factDocuments(sqlite))).toBe(sqliteLive.facts);
    expect(bytes(await factDocuments(sqlite))).toBe(bytes(await factDocuments(live)));
  });

  it('gives byte-identical statistics after a rebuild, from every store', async () => {
    const fromLive = await everyStatistic(live);
    expect(await everyStatistic(rebuilt)).toEqual(fromLive);
    expect(await everyStatistic(sqlite)).toEqual(fromLive);
    expect(sqliteLive.statistics).toEqual(fromLive);
  });

  it('answers figures that follow the decisions\' dates and provinces (not a comparison of empty tables)', async () => {
    const total = <R extends { level: string }>(t: { rows: R[] }) => t.rows.find((r) => r.level === 'total')!;
    const received = total(await protectionTableFromReadModels(live, 'received', { year: 2020 }));
    // Cases 1, 2, 4, 5, … (i % 3 ≠ 0) are received in 2020, less case 7 (recorded in error); case 10 was reopened and counts.
    const in2020 = Array.from({ length: CASES }, (_, i) => i).filter((i) => i % 3 !== 0 && i !== 7).length;
    expect([received.current['persons'], received.previous['persons']]).toEqual([in2020, Array.from({ length: CASES }, (_, i) => i).filter((i) => i % 3 === 0).length]);
    const kampot = total(await protectionTableFromReadModels(live, 'integrations', { year: 2020, province: 'kampot' }));
    expect(kampot.current['integrations']).toBeGreaterThan(0);
    const compensation = total(await compensationTableFromReadModels(live, { year: 2021 }));
    expect(compensation.current.counts.victimsReceived).toBeGreaterThan(0);
    expect(Object.keys(compensation.current.received).sort()).toEqual(['KHR', 'USD']);
    const durations = await integrationDurationsFromReadModels(live, { year: 2020 });
    expect(durations.rows.at(-1)!.current.rescueToIntegration.count).toBeGreaterThan(0);
  });
});

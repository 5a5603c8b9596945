// Across contexts: the intake deciders write a realistic log into SQLite (receptions corrected and
// withdrawn, persons screened, revised and referred on, bodies), the police and protection deciders
// receive the referrals as their reactors do, and the police rescue a person screened before; the
// statistics projections follow it live; a rebuild from the whole log must give the same facts and
// tables.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventTypeRegistry, RegistryEventStore, handleCommand, type Command, type CommandMetadata, type Decider, type DomainEvent } from '@casetrail/event-sourcing';
import { SqliteEventStore } from '@casetrail/event-store-sqlite';
import { enforcementEventTypes, policeCaseStreamId } from '@casetrail/enforcement-contracts';
import { referralCaseId, referredVictimCommand } from '@casetrail/enforcement-api';
import { policeCaseDecider, type PoliceCaseCommand } from '@casetrail/enforcement-domain';
import {
  intakeEventTypes,
  intakeRecordName,
  receptionStreamId,
  returnedBodyStreamId,
  screenedPersonStreamId,
  type PersonReferredData,
} from '@casetrail/intake-contracts';
import { receptionDecider, returnedBodyDecider, screenedPersonDecider, type ReceptionCommand, type ReturnedBodyCommand, type ScreenedPersonCommand } from '@casetrail/intake-domain';
import { nameBasedUuid, reactorActor } from '@casetrail/platform-commands';
import { protectionCaseStreamId, protectionEventTypes } from '@casetrail/protection-contracts';
import { receivingCommand } from '@casetrail/protection-api';
import { protectionCaseDecider, type ProtectionCaseCommand } from '@casetrail/protection-domain';
import { InMemoryReadModelStore, ProjectionRunner, type ReadModelStore, type RebuildReport } from '@casetrail/read-models';
import { SqliteReadModelStore } from '@casetrail/read-models-sqlite';
import {
  INTAKE_BODY_FACTS_COLLECTION,
  INTAKE_PERSON_FACTS_COLLECTION,
  INTAKE_RECEPTION_FACTS_COLLECTION,
  POLICE_CASE_FACTS_COLLECTION,
  PROTECTION_CASE_FACTS_COLLECTION,
  intakeTableFromReadModels,
  rebuildStatisticsReadModels,
  screeningYieldFromReadModels,
  statisticsProjections,
} from '@casetrail/statistics-api';
import { INTAKE_TABLES, receptionFactsOf, screenedPersonFactsOf } from '@casetrail/statistics-domain';

const now = '2021-06-30T03:00:00.000Z';
const official: CommandMetadata = { actor: { userId: 'border-official-1', role: 'border_official' }, now };
const reactor: CommandMetadata = { actor: reactorActor('intake-statistics-test'), now };

/** Where the synthetic receptions happen: the place, its province, the receiving unit, the country beyond. */
const PLACES = [
  { place: 'poipet', province: 'banteay-meanchey', unit: 'dosvy-banteay-meanchey', country: 'THA', returnedBy: 'foreign_authorities' },
  { place: 'o-bei-choan', province: 'banteay-meanchey', unit: 'police-commissariat-banteay-meanchey', country: 'THA', returnedBy: 'foreign_authorities' },
  { place: 'doung', province: 'battambang', unit: 'police-commissariat-battambang', country: 'THA', returnedBy: 'foreign_authorities' },
  { place: 'bavet', province: 'svay-rieng', unit: 'police-commissariat-svay-rieng', country: 'VNM', returnedBy: 'foreign_authorities' },
  { place: 'embassy-mys', province: 'phnom-penh', unit: 'mofaic', country: 'MYS', returnedBy: 'embassy' },
  { place: 'phnom-penh-airport', province: 'phnom-penh', unit: 'mosvy', country: 'CHN', returnedBy: 'foreign_authorities' },
] as const;
const OUTCOMES = ['suspected_victim', 'person_at_risk', 'not_identified', 'suspected_victim'] as const;

const day = (year: number, dayOfYear: number) => new Date(Date.UTC(year, 0, 1 + dayOfYear)).toISOString().slice(0, 10);
const command = <C extends Command>(type: C['type'], data: object, metadata = official): C => ({ type, data, metadata }) as unknown as C;
const idOf = (kind: 'reception' | 'screened-person' | 'body', place: string, reference: string) => nameBasedUuid(intakeRecordName(kind, place, reference));

const RECEPTIONS = 36;
const bytes = (value: unknown) => JSON.stringify(value);
const COLLECTIONS = [INTAKE_RECEPTION_FACTS_COLLECTION, INTAKE_PERSON_FACTS_COLLECTION, INTAKE_BODY_FACTS_COLLECTION, POLICE_CASE_FACTS_COLLECTION, PROTECTION_CASE_FACTS_COLLECTION];

async function factDocuments(store: ReadModelStore) {
  const all = [];
  for (const collection of COLLECTIONS) {
    // Versions count writes, which depend on batching; what was applied and the data must not.
    all.push(...(await store.find(collection)).map(({ id, data, applied }) => ({ collection, id, data, applied })));
  }
  return all;
}

const queries = [
  { year: 2020 },
  { year: 2020, month: 3 },
  { year: 2020, province: 'banteay-meanchey' },
  { year: 2021 },
  { year: 2020, provinces: ['battambang', 'phnom-penh'] as string[] },
];

/** Every intake statistic, for each query, as bytes. */
async function everyStatistic(store: ReadModelStore): Promise<string[]> {
  const answers: string[] = [];
  for (const q of queries) {
    for (const table of INTAKE_TABLES) answers.push(bytes(await intakeTableFromReadModels(store, table, q)));
    answers.push(bytes(await intakeTableFromReadModels(store, 'receptions', { ...q, receivedBy: 'mofaic' })));
    answers.push(bytes(await screeningYieldFromReadModels(store, q)));
  }
  return answers;
}

describe('intake statistics from intake events (deciders → SQLite log → live projections → rebuild)', () => {
  let dir: string;
  let events: RegistryEventStore;
  let registry: EventTypeRegistry;
  const live = new InMemoryReadModelStore();
  const rebuilt = new InMemoryReadModelStore();
  let sqlite: SqliteReadModelStore;
  let sqliteLive: { facts: string; statistics: string[] };
  let appended = 0;
  let report: RebuildReport;
  const screenedIds: string[] = [];

  async function run<S, C extends Command, E extends DomainEvent>(decider: Decider<S, C, E>, streamId: string, c: C) {
    const result = await handleCommand(events, registry, decider, streamId, c, { correlationId: `synthetic-${streamId}` });
    appended += result.events.length;
    return result.events;
  }

  /** What enforcement's and protection's reactors do with a referral (their own command builders). */
  async function receiveReferral(personId: string, referral: PersonReferredData) {
    if (referral.destination === 'police') {
      const caseId = referralCaseId(personId, referral.policeUnit!);
      await run(policeCaseDecider, policeCaseStreamId(caseId), referredVictimCommand(personId, caseId, referral, reactor));
    } else if (referral.destination !== 'family') {
      await run(protectionCaseDecider, protectionCaseStreamId(personId), receivingCommand(personId, referral, reactor) as ProtectionCaseCommand);
    }
  }

  /** Reception `i` (no real person): at one of six places in 2019 or 2020, some corrected, one withdrawn, with screened persons referred on. */
  async function reception(i: number) {
    const at = PLACES[i % PLACES.length]!;
    const year = i % 4 === 0 ? 2019 : 2020;
    const receivedOn = day(year, (i * 11) % 330);
    const reference = `SYN-${i}`;
    const receptionId = idOf('reception', at.place, reference);
    const figures = {
      place: at.place,
      receivedOn,
      receivedBy: at.unit,
      returnedBy: at.returnedBy,
      countryReturnedFrom: at.country,
      reason: at.place.startsWith('embassy') ? 'illegal_work' : i % 3 === 0 ? 'illegal_border_crossing' : 'illegal_work',
      counts: { men: 20 + i, women: 10 + (i % 7), boys: i % 5, girls: i % 3 },
    };
    await run(receptionDecider, receptionStreamId(receptionId), command<ReceptionCommand>('RecordReception', { receptionId, reference, ...figures }));
    if (i % 5 === 2) {
      await run(receptionDecider, receptionStreamId(receptionId), command<ReceptionCommand>('CorrectReception', { ...figures, counts: { ...figures.counts, men: figures.counts.men + 100 }, correctedOn: day(year, 340), justification: 'Recounted at the gate' }));
    }
    if (i === 7) await run(receptionDecider, receptionStreamId(receptionId), command<ReceptionCommand>('WithdrawReception', { withdrawnOn: day(year, 341), justification: 'Entered twice' }));
    // Two persons screened at each reception but the embassies'.
    if (at.place.startsWith('embassy')) return;
    for (const k of [0, 1]) {
      const n = i * 2 + k;
      const personReference = `SYN-P-${n}`;
      const personId = idOf('screened-person', at.place, personReference);
      const outcome = OUTCOMES[n % OUTCOMES.length]!;
      const stream = screenedPersonStreamId(personId);
      await run(
        screenedPersonDecider,
        stream,
        command<ScreenedPersonCommand>('ScreenPerson', {
          personId,
          reference: personReference,
          receptionId,
          receptionPlace: at.place,
          place: at.place,
          screenedOn: receivedOn,
          screenedBy: at.unit,
          outcome,
          ...(outcome === 'not_identified' ? {} : { exploitationIndicated: outcome === 'person_at_risk' ? 'at_risk' : 'labour' }),
          sex: n % 3 === 0 ? 'M' : 'F',
          nationality: 'KHM',
          countryReturnedFrom: at.country,
          ageInYears: n % 2 === 0 ? 16 : 29,
        }),
      );
      screenedIds.push(personId);
      if (n % 9 === 4) {
        await run(screenedPersonDecider, stream, command<ScreenedPersonCommand>('ReviseScreening', { outcome: 'suspected_victim', exploitationIndicated: 'sexual', revisedOn: day(year, ((i * 11) % 330) + 1), justification: 'Second interview' }));
      }
      const referredOn = day(year, ((i * 11) % 330) + 2);
      const referrals: object[] =
        outcome === 'not_identified' && n % 9 !== 4
          ? [{ destination: 'family', referredOn }]
          : n % 4 === 0
            ? [{ destination: 'police', referredOn, policeUnit: `police-${at.province}`, suspectedOffence: 'unlawful_recruitment_for_exploitation' }]
            : n % 4 === 1
              ? [{ destination: 'partner_organisation', referredOn, organisation: 'ngo-ijm' }, { destination: 'social_affairs', referredOn, organisation: `dosvy-${at.province}` }]
              : [{ destination: 'social_affairs', referredOn, organisation: 'mosvy' }];
      for (const r of referrals) {
        const [referred] = await run(screenedPersonDecider, stream, command<ScreenedPersonCommand>('ReferPerson', r));
        await receiveReferral(personId, referred!.data as PersonReferredData);
      }
    }
  }

  /** The Kampot police rescue, in 2020, three persons screened before and one never screened. */
  async function rescues() {
    const caseId = nameBasedUuid('casetrail:test:intake-statistics:rescue-case');
    const stream = policeCaseStreamId(caseId);
    const police: CommandMetadata = { actor: { userId: 'officer-1', role: 'police', unit: 'police-kampot', province: 'kampot' }, now };
    await run(policeCaseDecider, stream, command<PoliceCaseCommand>('OpenPoliceCase', { caseId, unit: { code: 'police-kampot', type: 'provincial_police' }, province: 'kampot', offences: ['procuring'], openedOn: '2020-11-01' }, police));
    for (const victimId of [screenedIds[1]!, screenedIds[6]!, screenedIds[11]!, nameBasedUuid('casetrail:test:intake-statistics:never-screened')]) {
      await run(policeCaseDecider, stream, command<PoliceCaseCommand>('RescueVictim', { victimId, sex: 'F', ageAtRescue: 22, nationality: 'KHM', exploitationType: 'sexual', rescuedOn: '2020-11-02' }, police));
    }
  }

  /** Bodies at Poipet and Doung, some corrected. */
  async function bodies() {
    for (let i = 0; i < 12; i += 1) {
      const place = i % 2 === 0 ? 'poipet' : 'doung';
      const reference = `SYN-B-${i}`;
      const bodyId = idOf('body', place, reference);
      const figures = {
        place,
        receivedOn: day(i % 3 === 0 ? 2019 : 2020, i * 20),
        receivedBy: place === 'poipet' ? 'border-liaison-office' : 'police-commissariat-battambang',
        broughtBy: place === 'poipet' ? 'foreign_authorities' : 'family',
        countryOfDeath: 'THA',
        sex: i % 4 === 0 ? 'F' : 'M',
        cause: i % 2 === 0 ? 'disease' : 'accident',
      };
      await run(returnedBodyDecider, returnedBodyStreamId(bodyId), command<ReturnedBodyCommand>('RecordBodyReceived', { bodyId, reference, ...figures }));
      if (i % 5 === 1) await run(returnedBodyDecider, returnedBodyStreamId(bodyId), command<ReturnedBodyCommand>('CorrectBodyRecord', { ...figures, cause: 'other', correctedOn: day(2020, 300), justification: 'Death certificate' }));
    }
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'casetrail-intake-statistics-'));
    registry = new EventTypeRegistry().register(...intakeEventTypes, ...enforcementEventTypes, ...protectionEventTypes);
    events = new RegistryEventStore(new SqliteEventStore({ filename: join(dir, 'events.sqlite') }), registry);
    sqlite = new SqliteReadModelStore({ filename: join(dir, 'read-models.sqlite') });
    const runners = [
      new ProjectionRunner(live, statisticsProjections, { batchSize: 7, pollIntervalMs: 20 }),
      new ProjectionRunner(sqlite, statisticsProjections, { batchSize: 5, pollIntervalMs: 20 }),
    ];
    const running = runners.map((runner) => runner.runLive(events));
    try {
      for (let i = 0; i < RECEPTIONS; i += 1) await reception(i);
      await rescues();
      await bodies();
      for (const runner of runners) await runner.waitForPosition(await events.headPosition(), 20_000);
    } finally {
      // Stopped whatever happened, so a refused command fails the suite instead of a runner writing to a closed store.
      for (const runner of runners) await runner.stop();
      await Promise.all(running);
    }
    report = await rebuildStatisticsReadModels(events, rebuilt);
    sqliteLive = { facts: bytes(await factDocuments(sqlite)), statistics: await everyStatistic(sqlite) };
    await rebuildStatisticsReadModels(events, sqlite);
  }, 120_000);

  afterAll(async () => {
    await sqlite?.close();
    await events?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('replays every event of the log', () => {
    expect(appended).toBeGreaterThan(250);
    expect(report.events).toBe(appended);
  });

  it('keeps one fact document per reception and screened person, the fold of its stream', async () => {
    const receptions = await live.find(INTAKE_RECEPTION_FACTS_COLLECTION);
    expect(receptions).toHaveLength(RECEPTIONS);
    for (const doc of receptions) expect(doc.data).toMatchObject(receptionFactsOf(await events.readStream(doc.id))!);
    const persons = await live.find(INTAKE_PERSON_FACTS_COLLECTION);
    expect(persons).toHaveLength(screenedIds.length);
    for (const doc of persons) expect(doc.data).toMatchObject(screenedPersonFactsOf(await events.readStream(doc.id))!);
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

  it('answers figures that follow the decisions (not a comparison of empty tables)', async () => {
    const total = <R extends { level: string }>(t: { rows: R[] }) => t.rows.find((r) => r.level === 'total')! as unknown as { current: Record<string, number>; previous: Record<string, number> };
    const receptions = total(await intakeTableFromReadModels(live, 'receptions', { year: 2020 }));
    // Receptions 1, 2, 3, 5, … (i % 4 ≠ 0) are in 2020, less reception 7 (withdrawn).
    const in2020 = Array.from({ length: RECEPTIONS }, (_, i) => i).filter((i) => i % 4 !== 0 && i !== 7);
    expect(receptions.current['receptions']).toBe(in2020.length);
    // Corrections replaced the men's count (+100) of receptions 2, 7 (withdrawn), 12, …
    const men = in2020.reduce((n, i) => n + 20 + i + (i % 5 === 2 ? 100 : 0), 0);
    expect(receptions.current['men']).toBe(men);
    const chain = total(await intakeTableFromReadModels(live, 'referral_chain', { year: 2020 }));
    expect(chain.current['referredToPolice']).toBeGreaterThan(0);
    expect(chain.current['becamePoliceVictims']).toBe(chain.current['referredToPolice']);
    expect(chain.current['referredToProtection']).toBeGreaterThan(0);
    expect(chain.current['protectionCasesOpened']).toBe(chain.current['referredToProtection']);
    expect([chain.current['policeRescues'], chain.current['rescuedAfterScreening']]).toEqual([4, 3]);
    const yieldTotal = (await screeningYieldFromReadModels(live, { year: 2020 })).rows.at(-1)!.current;
    expect(yieldTotal.suspectedVictims).toBeGreaterThan(0);
    expect(yieldTotal.returnees).toBe(receptions.current['persons']);
    const bodies = total(await intakeTableFromReadModels(live, 'bodies', { year: 2020 }));
    expect(bodies.current['bodies']).toBe(8);
  });
});

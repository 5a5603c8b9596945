// Across contexts: the police and court deciders write a realistic log; statistics projects it
// and answers the court tables, the justice funnel and the stage durations from it.
import { EventTypeRegistry, RegistryEventStore, handleCommand, type Command, type CommandMetadata, type Decider } from '@casetrail/event-sourcing';
import { InMemoryEventStore } from '@casetrail/event-store-memory';
import { enforcementEventTypes, policeCaseStreamId } from '@casetrail/enforcement-contracts';
import { policeCaseDecider } from '@casetrail/enforcement-domain';
import { courtEventTypes, courtFileStreamId } from '@casetrail/court-contracts';
import { courtFileDecider } from '@casetrail/court-domain';
import { ageBandOfYears, type Sex } from '@casetrail/kernel';
import { InMemoryReadModelStore } from '@casetrail/read-models';
import {
  COURT_FILE_FACTS_COLLECTION,
  courtDurationsFromReadModels,
  courtTableFromReadModels,
  justiceFunnelFromReadModels,
  rebuildStatisticsReadModels,
} from '@casetrail/statistics-api';
import { courtFileFactsOf, courtTableToCsv, type CourtFileFacts, type CourtTable } from '@casetrail/statistics-domain';

const metadata: CommandMetadata = { actor: { userId: 'clerk-1', role: 'prosecutor' }, now: '2021-06-30T03:00:00.000Z' };
const registry = new EventTypeRegistry().register(...enforcementEventTypes, ...courtEventTypes);
const events = new RegistryEventStore(new InMemoryEventStore(), registry);

async function decide<S, C extends Command, E extends { type: string; data: unknown }>(decider: Decider<S, C, E>, streamId: string, type: string, data: object, by = metadata) {
  await handleCommand(events, registry, decider as never, streamId, { type, data, metadata: by } as never, { correlationId: `synthetic-${streamId}` });
}
/** A police case is recorded by an officer of its own unit. */
const officerOf = (unit: string): CommandMetadata => ({ actor: { userId: `officer-${unit}`, role: 'police', unit }, now: metadata.now });
const police = (caseId: string, type: string, data: object, unit: string) => decide(policeCaseDecider, policeCaseStreamId(caseId), type, data, officerOf(unit));
const court = (fileId: string, type: string, data: object) => decide(courtFileDecider, courtFileStreamId(fileId), type, data);

interface Person {
  id: string;
  sex: Sex;
  age: number;
}

/**
 * A police case in a province: suspects identified and arrested, victims rescued, forwarded; then,
 * when `receivedOn` is given, the court file opened from the forwarding as the reactor will.
 */
async function forwardedCase(caseId: string, province: string, offence: string, on: { opened: string; arrested: string; forwarded: string; received?: string }, suspects: Person[], victims: Person[]) {
  const unit = `police-${province}`;
  await police(caseId, 'OpenPoliceCase', { caseId, unit: { code: unit, type: 'provincial_police' }, province, offences: [offence], openedOn: on.opened }, unit);
  for (const s of suspects) {
    await police(caseId, 'IdentifySuspect', { suspectId: s.id, sex: s.sex, ageAtIdentification: s.age, nationality: 'KHM', identifiedOn: on.opened }, unit);
    await police(caseId, 'ArrestSuspect', { suspectId: s.id, arrestedOn: on.arrested }, unit);
  }
  for (const v of victims) {
    await police(caseId, 'RescueVictim', { victimId: v.id, sex: v.sex, ageAtRescue: v.age, nationality: 'KHM', exploitationType: 'sexual', rescuedOn: on.opened }, unit);
  }
  await police(caseId, 'ForwardToProsecutor', { forwardedOn: on.forwarded }, unit);
  if (!on.received) return;
  const person = (p: Person) => ({ personId: p.id, sex: p.sex, nationality: 'KHM', ageInYears: p.age, ageBand: ageBandOfYears(p.age), ageBandOn: on.opened, personal: {} });
  await court(caseId, 'OpenCourtFileFromPoliceForwarding', {
    fileId: caseId,
    court: `court-${province}`,
    receivedOn: on.received,
    policeCaseId: caseId,
    forwardingUnit: unit,
    forwardedOn: on.forwarded,
    offences: [offence],
    accused: suspects.map((s) => ({ ...person(s), arrestedOn: on.arrested })),
    victims: victims.map((v) => ({ ...person(v), exploitationType: 'sexual' })),
  });
}

const charge = (fileId: string, personId: string, chargedOn: string) => court(fileId, 'ChargePerson', { personId, offences: ['procuring'], chargedOn });

describe('court statistics from court events (deciders → in-memory log → projection → queries)', () => {
  const readModels = new InMemoryReadModelStore();

  beforeAll(async () => {
    // PC-1, Battambang: investigated (one accused detained, one under supervision), tried in 2020, the last verdict in 2021.
    await forwardedCase('PC-1', 'battambang', 'procuring', { opened: '2020-02-01', arrested: '2020-02-03', forwarded: '2020-02-10', received: '2020-02-11' },
      [{ id: 'S1', sex: 'M', age: 35 }, { id: 'S2', sex: 'F', age: 16 }], [{ id: 'V1', sex: 'F', age: 14 }, { id: 'V2', sex: 'M', age: 25 }]);
    await charge('PC-1', 'S1', '2020-02-12');
    await charge('PC-1', 'S2', '2020-02-12');
    await court('PC-1', 'DecideProsecution', { action: 'submitted_for_investigation', decidedOn: '2020-02-20' });
    await court('PC-1', 'OrderPreTrialDetention', { personId: 'S1', orderedOn: '2020-02-21', offenceClass: 'felony' });
    await court('PC-1', 'PlaceUnderJudicialSupervision', { personId: 'S2', orderedOn: '2020-02-21' });
    await court('PC-1', 'AddVictim', { personId: 'V3', sex: 'F', nationality: 'KHM', ageInYears: 12, exploitationType: 'sexual', addedOn: '2020-05-01' });
    await court('PC-1', 'IssueClosingOrder', { outcome: 'sent_to_trial', issuedOn: '2020-08-01' });
    await court('PC-1', 'DeliverVerdict', { personId: 'S1', outcome: 'imprisonment', deliveredOn: '2020-11-02', termMonths: 60, custody: 'in_custody' });
    await court('PC-1', 'DeliverVerdict', { personId: 'S2', outcome: 'deferral', deliveredOn: '2020-11-02' });
    await court('PC-1', 'AwardCompensation', { victimId: 'V1', amount: 500_000, currency: 'USD', awardedOn: '2020-11-02' });
    await court('PC-1', 'DeliverVerdict', { personId: 'S2', outcome: 'acquittal', deliveredOn: '2021-03-01' });

    // PC-2, Kampot, trafficking: immediate appearance, fined within the month.
    await forwardedCase('PC-2', 'kampot', 'unlawful_removal_cross_border', { opened: '2020-05-30', arrested: '2020-06-01', forwarded: '2020-06-05', received: '2020-06-06' },
      [{ id: 'T1', sex: 'M', age: 40 }], [{ id: 'W1', sex: 'F', age: 20 }]);
    await charge('PC-2', 'T1', '2020-06-07');
    await court('PC-2', 'DecideProsecution', { action: 'submitted_for_trial', decidedOn: '2020-06-08', trialRoute: 'immediate_appearance' });
    await court('PC-2', 'DeliverVerdict', { personId: 'T1', outcome: 'fine', deliveredOn: '2020-06-15', fine: { amount: 100_000, currency: 'KHR' } });

    // PC-3, Battambang: at the prosecutor at the end of 2020, retained in 2021.
    await forwardedCase('PC-3', 'battambang', 'procuring', { opened: '2020-10-30', arrested: '2020-11-01', forwarded: '2020-11-20', received: '2020-11-25' }, [{ id: 'U1', sex: 'M', age: 30 }], []);
    await charge('PC-3', 'U1', '2020-12-01');
    await court('PC-3', 'DecideProsecution', { action: 'retained_without_processing', decidedOn: '2021-01-15', reason: 'insufficient_evidence' });

    // PC-4, Battambang, forwarded in 2019: detained into 2020, dismissed in 2020.
    await forwardedCase('PC-4', 'battambang', 'procuring', { opened: '2019-11-30', arrested: '2019-12-01', forwarded: '2019-12-10', received: '2019-12-12' }, [{ id: 'X1', sex: 'M', age: 50 }], [{ id: 'Y1', sex: 'F', age: 16 }]);
    await charge('PC-4', 'X1', '2019-12-13');
    await court('PC-4', 'DecideProsecution', { action: 'submitted_for_investigation', decidedOn: '2019-12-20' });
    await court('PC-4', 'OrderPreTrialDetention', { personId: 'X1', orderedOn: '2019-12-21', offenceClass: 'felony' });
    await court('PC-4', 'EndPreTrialDetention', { personId: 'X1', endedOn: '2020-01-20', reason: 'release_order' });
    await court('PC-4', 'IssueClosingOrder', { outcome: 'dismissed', issuedOn: '2020-04-01' });

    // PC-5, Kampot: forwarded, the court file not opened yet.
    await forwardedCase('PC-5', 'kampot', 'procuring', { opened: '2020-08-30', arrested: '2020-08-31', forwarded: '2020-09-01' }, [{ id: 'Z1', sex: 'M', age: 22 }], []);

    // CF-1, Phnom Penh: opened directly, a minor charged, no decision yet.
    await court('CF-1', 'OpenCourtFile', { fileId: 'CF-1', court: 'court-phnom-penh', openedOn: '2020-03-01', offences: ['pornography'] });
    await court('CF-1', 'AddAccused', { personId: 'M1', sex: 'F', nationality: 'KHM', ageInYears: 17, addedOn: '2020-03-02' });
    await charge('CF-1', 'M1', '2020-03-03');

    await rebuildStatisticsReadModels(events, readModels);
  });

  const total = (t: CourtTable<string>) => t.rows.find((r) => r.level === 'total')!;

  it('keeps one fact document per court file, the fold of its stream', async () => {
    const docs = await readModels.find<CourtFileFacts>(COURT_FILE_FACTS_COLLECTION);
    expect(docs.map((d) => d.id).sort()).toEqual(['CF-1', 'PC-1', 'PC-2', 'PC-3', 'PC-4'].map(courtFileStreamId));
    for (const doc of docs) expect(doc.data).toEqual(courtFileFactsOf(await events.readStream(doc.id)));
  });

  it('answers the prosecution table', async () => {
    const table = total(await courtTableFromReadModels(readModels, 'prosecution', { year: 2020 }));
    expect(table.current).toMatchObject({
      cases: 4, submittedForInvestigation: 1, submittedForTrial: 1, retainedWithoutProcessing: 0, processing: 2,
      victims: 3, victimsMinorFemale: 1, victimsAdultMale: 1, victimsAdultFemale: 1,
      chargedPersons: 5, chargedAdultMale: 3, chargedMinorFemale: 2,
    });
    expect(table.previous).toMatchObject({ cases: 1, submittedForInvestigation: 1, chargedPersons: 1 });
    const next = total(await courtTableFromReadModels(readModels, 'prosecution', { year: 2021 }));
    expect(next.current).toMatchObject({ cases: 2, retainedWithoutProcessing: 1, processing: 1 });
  });

  it('answers the investigating judges\' table', async () => {
    const table = total(await courtTableFromReadModels(readModels, 'investigating_judges', { year: 2020 }));
    expect(table.current).toMatchObject({
      cases: 2, sentToTrial: 1, dismissed: 1, processing: 0,
      victims: 4, accused: 3, inJail: 2, inJailAdultMale: 2, outOfJail: 1, outOfJailMinorFemale: 1,
    });
  });

  it('answers the trial table, for 2020 and for 2021', async () => {
    const table = total(await courtTableFromReadModels(readModels, 'trial', { year: 2020 }));
    expect(table.current).toMatchObject({ cases: 2, victims: 4, accused: 3, imprisonment: 1, imprisonmentInCustody: 1, deferral: 1, fine: 1, processing: 0 });
    const next = total(await courtTableFromReadModels(readModels, 'trial', { year: 2021 }));
    expect(next.current).toMatchObject({ cases: 1, accused: 1, acquittal: 1 });
    expect(next.change.cases).toEqual({ absolute: -1, percent: -50 });
  });

  it('filters by province and writes the same rows as CSV', async () => {
    const kampot = await courtTableFromReadModels(readModels, 'trial', { year: 2020, province: 'kampot' });
    expect(kampot.rows.map((r) => [r.level, r.category, r.current.cases])).toEqual([['category', 'trafficking', 1], ['category', 'sexual_exploitation', 0], ['total', null, 1]]);
    const csv = courtTableToCsv(kampot);
    expect(csv.split('\r\n')[3]).toMatch(/^2020,2019,kampot,total,,Total,1,0,1,/);
  });

  it('follows the 2020 forwardings down the funnel', async () => {
    const funnel = await justiceFunnelFromReadModels(readModels, { year: 2020, asOf: '2020-12-31', provinces: ['battambang', 'kampot'] });
    expect(funnel.rows.map((r) => [r.province, r.counts])).toEqual([
      ['battambang', { forwarded: 2, received: 2, charged: 2, sentToTrial: 1, convicted: 1, acquitted: 0, judgmentPending: 0 }],
      ['kampot', { forwarded: 2, received: 1, charged: 1, sentToTrial: 1, convicted: 1, acquitted: 0, judgmentPending: 0 }],
      [null, { forwarded: 4, received: 3, charged: 3, sentToTrial: 2, convicted: 2, acquitted: 0, judgmentPending: 0 }],
    ]);
    const early = await justiceFunnelFromReadModels(readModels, { year: 2020, asOf: '2020-06-10', province: 'kampot' });
    expect(early.rows[0].counts).toMatchObject({ forwarded: 1, sentToTrial: 1, judgmentPending: 1 });
  });

  it('measures the stage durations that ended in 2020', async () => {
    const durations = await courtDurationsFromReadModels(readModels, { year: 2020, provinces: ['battambang', 'kampot'] });
    const [battambang, kampot] = durations.rows;
    expect(battambang.durations).toEqual({
      arrestToCharge: { count: 3, medianDays: 9, p90Days: 30 },
      chargeToClosingOrder: { count: 2, medianDays: 110, p90Days: 171 },
      closingOrderToVerdict: { count: 1, medianDays: 93, p90Days: 93 },
    });
    expect(kampot.durations.arrestToCharge).toEqual({ count: 1, medianDays: 6, p90Days: 6 });
  });
});

import { isIntakePlaceCode, isIntakeUnitCode, intakePlaceByCode, intakeRecordName, type PersonCounts } from '@casetrail/intake-contracts';
import { nameBasedUuid } from '@casetrail/platform-commands';
import { isOrganisationCode } from '@casetrail/protection-contracts';
import { policeUnitByCode } from '@casetrail/enforcement-contracts';
import { ageBandAt, isMinor, offenceByCode } from '@casetrail/kernel';
import { SeedHttpClient } from './http-client';
import { planIntakeYear, summariseIntakePlan, type IntakeYearPlan, type PlannedIntakeCall } from './plan-intake';
import { runIntakePlan } from './run-intake';
import type { PlannedActor } from './year-plan';

const TODAY = '2026-03-01';
const plan2020 = planIntakeYear({ year: 2020, seed: 42, scale: 1, today: TODAY });
const callsOf = (plan: IntakeYearPlan) => plan.records.flatMap((r) => r.calls);
const receptionsBy = (plan: IntakeYearPlan, keep: (b: Record<string, unknown>) => boolean) =>
  callsOf(plan).filter((c) => c.step === 'record-reception' && keep(c.body)).map((c) => c.body['counts'] as PersonCounts);
const total = (counts: PersonCounts[]) => counts.reduce((t, c) => ({ men: t.men + c.men, women: t.women + c.women, boys: t.boys + c.boys, girls: t.girls + c.girls }), { men: 0, women: 0, boys: 0, girls: 0 });
const persons = (c: PersonCounts) => c.men + c.women + c.boys + c.girls;

describe('planIntakeYear at scale 1: the figures of II.D.1 of the 2020 report', () => {
  it('receives 63,793 from the Thai authorities at Poipet and O Bei Choan, one group a day per checkpoint, by sex and age as the report counts them', () => {
    const thai = receptionsBy(plan2020, (b) => b['receivedBy'] === 'dosvy-banteay-meanchey' && b['returnedBy'] === 'foreign_authorities' && /^SEED\d+-\d+-THA-/.test(String(b['reference'])));
    expect(total(thai)).toEqual({ men: 31_733, women: 25_580, boys: 3_318, girls: 3_162 });
    const thaiCalls = callsOf(plan2020).filter((c) => c.step === 'record-reception' && /^SEED\d+-\d+-THA-/.test(String(c.body['reference'])));
    for (const place of ['poipet', 'o-bei-choan']) {
      const days = thaiCalls.filter((c) => c.body['place'] === place).map((c) => c.body['receivedOn']);
      expect(new Set(days).size).toBe(days.length);
      expect(days.length).toBe(365);
    }
  });

  it('repatriates 10,574 (4,275 females) through the embassies, by country and reason as the embassy table', () => {
    const embassy = (country: string) => receptionsBy(plan2020, (b) => b['place'] === `embassy-${country.toLowerCase()}` && b['countryReturnedFrom'] === country && b['returnedBy'] === 'embassy');
    const table: Array<[string, number, number]> = [['MYS', 54, 16], ['CHN', 82, 82], ['SGP', 2, 2], ['VNM', 25, 25], ['THA', 10_406, 4_147], ['LAO', 2, 2], ['IDN', 3, 1]];
    for (const [country, all, females] of table) {
      const t = total(embassy(country));
      expect([country, persons(t), t.women + t.girls]).toEqual([country, all, females]);
    }
    const reasons = callsOf(plan2020).filter((c) => c.body['receivedBy'] === 'mofaic').map((c) => `${c.body['countryReturnedFrom']}:${c.body['reason']}`);
    expect(new Set(reasons)).toEqual(new Set(['MYS:illegal_work', 'CHN:suspected_trafficking', 'SGP:workload', 'VNM:illegal_border_crossing', 'THA:illegal_work', 'LAO:illegal_border_crossing', 'IDN:illegal_border_crossing']));
  });

  it('has five police commissariats receive 7,286 in 507 receptions: per province the receptions, persons, females and minors of the report', () => {
    const rows: Array<[string, number, number, number, number]> = [
      ['banteay-meanchey', 275, 4_240, 1_420, 490],
      ['battambang', 93, 1_863, 814, 122],
      ['pailin', 20, 786, 364, 29],
      ['koh-kong', 111, 322, 99, 8],
      ['svay-rieng', 8, 75, 47, 38],
    ];
    for (const [province, receptions, all, females, minors] of rows) {
      const counts = receptionsBy(plan2020, (b) => b['receivedBy'] === `police-commissariat-${province}`);
      const t = total(counts);
      expect([province, counts.length, persons(t), t.women + t.girls, t.boys + t.girls]).toEqual([province, receptions, all, females, minors]);
    }
  });

  it('has social affairs receive 220 from overseas authorities (25 M, 184 F, 4 boys, 7 girls) at the places and from the countries of the report, each screened and referred to the department', () => {
    const isSocial = (b: Record<string, unknown>) => String(b['reference']).includes('-SA-');
    expect(total(receptionsBy(plan2020, isSocial))).toEqual({ men: 25, women: 184, boys: 4, girls: 7 });
    const at = (place: string) => persons(total(receptionsBy(plan2020, (b) => isSocial(b) && b['place'] === place)));
    expect([at('phnom-penh-airport'), at('sihanoukville-airport'), at('poipet'), at('bavet')]).toEqual([152, 2, 38, 28]);
    const from = (country: string) => persons(total(receptionsBy(plan2020, (b) => isSocial(b) && b['countryReturnedFrom'] === country)));
    expect(['MYS', 'IDN', 'CHN', 'VNM', 'THA', 'SGP'].map(from)).toEqual([11, 3, 139, 28, 38, 1]);
    const screened = callsOf(plan2020).filter((c) => c.step === 'screen-person' && String(c.body['reference']).includes('-SA-'));
    expect(screened).toHaveLength(220);
    expect(screened.filter((c) => c.body['outcome'] === 'person_at_risk').every((c) => c.body['exploitationIndicated'] === 'at_risk')).toBe(true);
  });

  it('screens 106 suspected victims among the Thai returnees (9 M, 27 F, 49 boys, 21 girls), each referred to one of the three partners', () => {
    const records = plan2020.records.filter((r) => /^SEED\d+-\d+-THA-/.test(r.label));
    const screened = records.flatMap((r) => r.calls).filter((c) => c.step === 'screen-person');
    expect(screened).toHaveLength(106);
    expect(screened.every((c) => c.body['outcome'] === 'suspected_victim')).toBe(true);
    const minor = (c: PlannedIntakeCall) => isMinor(ageBandAt((c.body['ageInYears'] as number | undefined) ?? String(c.body['birthDate']), String(c.body['screenedOn'])));
    const count = (sex: string, isMinor: boolean) => screened.filter((c) => c.body['sex'] === sex && minor(c) === isMinor).length;
    expect([count('M', false), count('F', false), count('M', true), count('F', true)]).toEqual([9, 27, 49, 21]);
    const referrals = records.flatMap((r) => r.calls).filter((c) => c.step === 'refer-person');
    expect(referrals).toHaveLength(106);
    expect(new Set(referrals.map((c) => c.body['organisation']))).toEqual(new Set(['ngo-samaritans-purse', 'ngo-ijm', 'ngo-hope-for-justice']));
  });

  it('receives 58 bodies at Poipet (12 female) by the Border Liaison Office and 41 at Doung (9 female) brought by families', () => {
    const bodies = callsOf(plan2020).filter((c) => c.step === 'record-body').map((c) => c.body);
    const at = (place: string) => bodies.filter((b) => b['place'] === place);
    expect([at('poipet').length, at('poipet').filter((b) => b['sex'] === 'F').length, at('doung').length, at('doung').filter((b) => b['sex'] === 'F').length]).toEqual([58, 12, 41, 9]);
    expect(at('poipet').every((b) => b['receivedBy'] === 'border-liaison-office' && b['broughtBy'] === 'foreign_authorities')).toBe(true);
    expect(at('doung').every((b) => b['receivedBy'] === 'police-commissariat-battambang' && b['broughtBy'] === 'family')).toBe(true);
  });

  it('refers suspected victims at the commissariats to the province police for an offence, some to social affairs as well', () => {
    const police = callsOf(plan2020).filter((c) => c.step === 'refer-person' && c.body['destination'] === 'police');
    expect(police.length).toBe(15);
    for (const c of police) {
      expect(policeUnitByCode(String(c.body['policeUnit']))?.province).toBe(c.actor.provinces[0]);
      expect(offenceByCode(String(c.body['suspectedOffence']))).toBeDefined();
    }
  });
});

describe('planIntakeYear, any scale', () => {
  it('is deterministic, names valid places, units and organisations, dates in the year before today, references unique per place, screenings after their reception', () => {
    for (const [year, scale] of [[2020, 1], [2026, 0.05]] as const) {
      const plan = planIntakeYear({ year, seed: 7, scale, today: TODAY });
      expect(planIntakeYear({ year, seed: 7, scale, today: TODAY })).toEqual(plan);
      const references = new Set<string>();
      for (const record of plan.records) {
        const [first, ...rest] = record.calls;
        expect(['record-reception', 'record-body']).toContain(first!.step);
        for (const call of record.calls) {
          const b = call.body;
          const date = String(b['receivedOn'] ?? b['screenedOn'] ?? b['referredOn']);
          expect(date >= `${year}-01-01` && date < TODAY && date <= `${year}-12-31`).toBe(true);
          expect(call.actor).toMatchObject({ role: 'border_official' });
          if (call.step === 'refer-person') {
            if (b['organisation'] !== undefined) expect(isOrganisationCode(b['organisation'])).toBe(true);
            continue;
          }
          expect(isIntakePlaceCode(b['place'])).toBe(true);
          expect(call.actor.provinces).toEqual([intakePlaceByCode(String(b['place']))!.province]);
          expect(isIntakeUnitCode(b['receivedBy'] ?? b['screenedBy'])).toBe(true);
          const key = `${call.step}:${b['place']}:${b['reference']}`;
          expect(references.has(key)).toBe(false);
          references.add(key);
          if (call.step === 'screen-person') {
            expect(b['receptionReference']).toBe(first!.body['reference']);
            expect(String(b['screenedOn']) >= String(first!.body['receivedOn'])).toBe(true);
          }
        }
        expect(rest.every((c) => c.step !== 'record-reception' && c.step !== 'record-body')).toBe(true);
      }
      const dates = plan.records.map((r) => r.date);
      expect([...dates].sort()).toEqual(dates);
    }
  });

  it('scales every line: a tenth of the returnees and bodies, none at 0', () => {
    const tenth = summariseIntakePlan(planIntakeYear({ year: 2020, seed: 42, scale: 0.1, today: TODAY }));
    expect(Math.abs(persons(tenth.persons) - 8_187)).toBeLessThanOrEqual(3);
    expect(tenth.bodies).toBe(10);
    expect(tenth.referrals['partner_organisation']).toBe(11);
    expect(planIntakeYear({ year: 2020, seed: 42, scale: 0, today: TODAY }).records).toEqual([]);
    expect(() => planIntakeYear({ year: 2020, seed: 42, scale: -1, today: TODAY })).toThrow(RangeError);
  });
});

describe('runIntakePlan', () => {
  const plan = planIntakeYear({ year: 2020, seed: 3, scale: 0.02, today: TODAY });
  const tokenFor = async (actor: PlannedActor) => `token:${actor.role}:${actor.unit}:${actor.provinces.join(',')}`;

  /** A stand-in server answering name-based ids, 409 for a record or referral it already has. */
  function fakeServer(refuse: (path: string, body: Record<string, unknown>) => boolean = () => false) {
    const seen = new Set<string>();
    const calls: Array<{ path: string; body: Record<string, unknown>; token: string }> = [];
    const fetch = (async (url: string, init: RequestInit) => {
      const path = new URL(url).pathname;
      const body = JSON.parse(String(init.body)) as Record<string, unknown>;
      calls.push({ path, body, token: (init.headers as Record<string, string>)['authorization']! });
      if (refuse(path, body)) return new Response(JSON.stringify({ status: 422, code: 'TEST_REFUSAL', detail: 'refused' }), { status: 422 });
      const kind = path === '/api/intake/receptions' ? 'reception' : path === '/api/intake/screenings' ? 'screened-person' : path === '/api/intake/bodies' ? 'body' : null;
      const key = kind ? `${kind}:${body['place']}:${body['reference']}` : `${path}:${body['destination']}:${body['organisation'] ?? body['policeUnit'] ?? ''}`;
      if (seen.has(key)) return new Response(JSON.stringify({ status: 409, code: 'ALREADY' }), { status: 409 });
      seen.add(key);
      const id = kind ? nameBasedUuid(intakeRecordName(kind, String(body['place']), String(body['reference']))) : undefined;
      const field = kind === 'reception' ? 'receptionId' : kind === 'screened-person' ? 'personId' : 'bodyId';
      return new Response(JSON.stringify(id ? { [field]: id, revision: 0 } : { revision: 1 }), { status: kind ? 201 : 200 });
    }) as unknown as typeof globalThis.fetch;
    return { calls, client: new SeedHttpClient({ baseUrl: 'http://seed.test', fetch, retryDelayMs: 0 }) };
  }

  it('sends every call in order, referrals to the id the screening answered, and a second run finds everything already recorded', async () => {
    const server = fakeServer();
    const planned = plan.records.reduce((n, r) => n + r.calls.length, 0);
    let ticks = 0;
    const first = await runIntakePlan(plan, { client: server.client, concurrency: 3, tokenFor, onCall: () => ticks++ });
    expect(first).toEqual({ accepted: planned, alreadyRecorded: 0, failures: [], skipped: 0 });
    expect(ticks).toBe(planned);
    const referral = server.calls.find((c) => c.path.endsWith('/referrals'))!;
    const screening = server.calls.filter((c) => c.path === '/api/intake/screenings').find((c) => referral.path.includes(nameBasedUuid(intakeRecordName('screened-person', String(c.body['place']), String(c.body['reference'])))));
    expect(screening).toBeDefined();
    expect(referral.token).toBe(`Bearer token:border_official:${screening!.body['screenedBy']}:${intakePlaceByCode(String(screening!.body['place']))!.province}`);
    // The same seed again: the ids are the records' own, so the referrals still reach their persons.
    const again = await runIntakePlan(plan, { client: server.client, concurrency: 3, tokenFor });
    expect(again).toEqual({ accepted: 0, alreadyRecorded: planned, failures: [], skipped: 0 });
  });

  it("stops a refused reception's screenings, a refused screening's referrals, and nothing else", async () => {
    const withScreenings = plan.records.find((r) => r.calls.filter((c) => c.step === 'screen-person').length >= 1 && r.calls.some((c) => c.step === 'refer-person'))!;
    const refusedScreening = withScreenings.calls.find((c) => c.step === 'screen-person')!;
    const referralsOfIt = withScreenings.calls.slice(withScreenings.calls.indexOf(refusedScreening) + 1).findIndex((c) => c.step !== 'refer-person');
    const followers = referralsOfIt === -1 ? withScreenings.calls.length - withScreenings.calls.indexOf(refusedScreening) - 1 : referralsOfIt;
    const refusedBody = plan.records.find((r) => r.kind === 'body')!;
    const byReference = fakeServer((path, body) => (path === '/api/intake/screenings' && body['reference'] === refusedScreening.body['reference']) || (path === '/api/intake/bodies' && body['reference'] === refusedBody.label));
    const result = await runIntakePlan(plan, { client: byReference.client, concurrency: 2, tokenFor });
    expect(result.failures.map((f) => [f.caseLabel, f.step, f.status, f.code])).toEqual(
      expect.arrayContaining([
        [withScreenings.label, 'screen-person', 422, 'TEST_REFUSAL'],
        [refusedBody.label, 'record-body', 422, 'TEST_REFUSAL'],
      ]),
    );
    expect(result.failures).toHaveLength(2);
    expect(result.skipped).toBe(followers);
  });
});

import fc from 'fast-check';
import { AGE_BANDS, EXPLOITATION_TYPES } from '@casetrail/kernel';
import { FOLLOW_UP_OUTCOMES, RECEPTION_CHANNELS } from '@casetrail/protection-contracts';
import { sumFigures, zeroFiguresOf, type Figures } from '../court/court-figures';
import { buildCompensationTable, type CompensationTable } from './compensation-table';
import { buildFollowUpsTable } from './follow-ups-table';
import { buildIntegrationDurations } from './integration-durations';
import { buildIntegrationsTable } from './integrations-table';
import type { ProtectionCaseFacts } from './protection-case-facts';
import type { ProtectionTable, ProtectionTableOptions } from './protection-table';
import { buildReceivedTable } from './received-table';
import { buildShelterAdmissionsTable } from './shelter-admissions-table';

/*
 * Random protection cases (dates in 2018–2022, several provinces, admissions, claims in two
 * currencies, integrations that move the case, visits, some cases recorded in error): every table
 * adds up by construction, whatever the facts.
 */

const PROVINCES = ['battambang', 'kampot', 'phnom-penh'];
const YEARS = [2018, 2019, 2020, 2021, 2022];
const ORGANISATIONS = ['mosvy', 'dosvy-battambang', 'dosvy-phnom-penh', 'ngo-aple', 'ngo-chab-dai'];
const dateOf = (days: number) => new Date(Date.UTC(2018, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);
const sex = fc.constantFrom('F' as const, 'M' as const);
const band = fc.constantFrom(...AGE_BANDS);
const exploitation = fc.constantFrom(...EXPLOITATION_TYPES);
const organisation = fc.constantFrom(...ORGANISATIONS);
const province = fc.constantFrom(...PROVINCES);
const money = fc.record({ after: fc.nat(400), amount: fc.integer({ min: 1, max: 1_000_000 }), currency: fc.constantFrom('USD', 'KHR') });

const caseArb = fc.record({
  province,
  received: fc.nat(4 * 365),
  rescued: fc.option(fc.nat(30)),
  channel: fc.constantFrom(...RECEPTION_CHANNELS),
  country: fc.option(fc.constantFrom('THA', 'CHN')),
  sex,
  band,
  exploitation,
  admissions: fc.array(fc.record({ after: fc.nat(400), sentBy: organisation, sex, band, exploitation }), { maxLength: 3 }),
  claims: fc.array(fc.record({ after: fc.nat(300), by: organisation, awards: fc.array(money, { maxLength: 2 }), receipts: fc.array(money, { maxLength: 2 }) }), { maxLength: 2 }),
  integrations: fc.array(
    fc.record({ after: fc.nat(500), by: organisation, province, sex, band, exploitation, visits: fc.array(fc.record({ after: fc.nat(400), by: organisation, outcome: fc.constantFrom(...FOLLOW_UP_OUTCOMES) }), { maxLength: 3 }) }),
    { maxLength: 2 },
  ),
  inError: fc.boolean(),
});

type RawCase = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function toFacts(raw: RawCase, i: number): ProtectionCaseFacts {
  const received = raw.received;
  // Integrations in date order; each moves the case (the provinces of later facts are not checked against dates here).
  const integrations = [...raw.integrations].sort((a, b) => a.after - b.after);
  return {
    personId: `P${i}`,
    province: raw.province,
    currentProvince: integrations.at(-1)?.province ?? raw.province,
    receivedOn: dateOf(received),
    channel: raw.channel,
    receivedBy: `dosvy-${raw.province}`,
    entryPoint: raw.channel === 'overseas_authorities' ? 'poipet' : null,
    countryReturnedFrom: raw.country,
    rescuedOn: raw.rescued === null ? null : dateOf(Math.max(0, received - raw.rescued)),
    sex: raw.sex,
    ageBand: raw.band,
    exploitationType: raw.exploitation,
    admissions: raw.admissions.map((a) => ({ shelter: 'ngo-aple', admittedOn: dateOf(received + a.after), sentBy: a.sentBy, exploitationType: a.exploitation, sex: a.sex, ageBand: a.band, province: raw.province, departedOn: null })),
    claims: raw.claims.map((c, k) => ({
      claimId: `K${k}`,
      supportingOrganisation: c.by,
      filedOn: dateOf(received + c.after),
      province: raw.province,
      awards: c.awards.map((m, j) => ({ amount: m.amount, currency: m.currency, awardedOn: dateOf(received + c.after + m.after), source: 'recorded' as const, province: PROVINCES[(i + j) % 3] })),
      receipts: c.receipts.map((m, j) => ({ amount: m.amount, currency: m.currency, receivedOn: dateOf(received + c.after + m.after), province: PROVINCES[(i + j + 1) % 3] })),
    })),
    integrations: integrations.map((n) => ({
      integratedBy: n.by,
      integratedOn: dateOf(received + n.after),
      province: n.province,
      exploitationType: n.exploitation,
      sex: n.sex,
      ageBand: n.band,
      visits: n.visits.map((v, j) => ({ visitNumber: j + 1, visitedOn: dateOf(received + n.after + v.after), outcome: v.outcome, visitedBy: v.by })),
    })),
    closure: raw.inError ? { closedOn: dateOf(received + 1), reason: 'recorded_in_error' } : null,
  };
}

const casesArb = fc.array(caseArb, { maxLength: 25 }).map((raws) => raws.map(toFacts));

const CELLS = ['AdultMale', 'AdultFemale', 'MinorMale', 'MinorFemale'];

/** Each breakdown's rows add up to the total; the total is the sum of the provinces'; each person group is the sum of its cells; changes are current − previous. */
function checkTable<F extends string, D extends string>(
  build: (facts: readonly ProtectionCaseFacts[], options: ProtectionTableOptions) => ProtectionTable<F, D>,
  facts: readonly ProtectionCaseFacts[],
  year: number,
  personGroups: readonly string[],
): void {
  const table = build(facts, { year });
  const zero = zeroFiguresOf(table.figures);
  const total = table.rows.find((r) => r.level === 'total')!;
  for (const period of ['current', 'previous'] as const) {
    for (const dimension of table.dimensions) {
      const rows = table.rows.filter((r) => r.dimension === dimension).map((r) => r[period]);
      expect(rows.reduce((a, b) => sumFigures(table.figures, a, b), zero)).toEqual(total[period]);
    }
    const provinces = PROVINCES.map((p) => build(facts, { year, province: p }).rows.find((r) => r.level === 'total')![period]);
    expect(provinces.reduce((a, b) => sumFigures(table.figures, a, b), zero)).toEqual(total[period]);
    const scoped = build(facts, { year, provinces: ['battambang', 'kampot'] }).rows.find((r) => r.level === 'total')![period];
    expect(scoped).toEqual(sumFigures(table.figures, provinces[0], provinces[1]));
    for (const row of table.rows) {
      const f = row[period] as Record<string, number>;
      for (const group of personGroups) expect(CELLS.reduce((n, c) => n + f[`${group}${c}`], 0)).toBe(f[group]);
    }
  }
  for (const row of table.rows) for (const f of table.figures) expect(row.change[f].absolute).toBe(row.current[f] - row.previous[f]);
}

function checkCompensation(facts: readonly ProtectionCaseFacts[], year: number): void {
  const table: CompensationTable = buildCompensationTable(facts, { year });
  const total = table.rows.find((r) => r.level === 'total')!;
  const byProvince = PROVINCES.map((p) => buildCompensationTable(facts, { year, province: p }).rows.find((r) => r.level === 'total')!);
  for (const period of ['current', 'previous'] as const) {
    const organisations = table.rows.filter((r) => r.level === 'organisation').map((r) => r[period]);
    const zero: Figures<string> = zeroFiguresOf(table.figures);
    expect(organisations.map((o) => o.counts).reduce((a, b) => sumFigures(table.figures, a, b), zero)).toEqual(total[period].counts);
    expect(byProvince.map((p) => p[period].counts).reduce((a, b) => sumFigures(table.figures, a, b), zero)).toEqual(total[period].counts);
    for (const kind of ['awarded', 'received'] as const) {
      for (const currency of table.currencies) {
        expect(organisations.reduce((n, o) => n + o[kind][currency], 0)).toBe(total[period][kind][currency]);
        expect(byProvince.reduce((n, p) => n + (p[period][kind][currency] ?? 0), 0)).toBe(total[period][kind][currency]);
      }
    }
    // A victim awarded or paid is counted once, so never more than the money events.
    expect(total[period].counts.victimsAwarded).toBeLessThanOrEqual(facts.length);
  }
}

describe('protection tables add up by construction (fast-check)', () => {
  it('generates cases that reach every figure (the properties are not checked on empty tables)', () => {
    const facts = fc.sample(casesArb, { numRuns: 100, seed: 2020 }).flat().map((f, i) => ({ ...f, personId: `S${i}` }));
    const empty = (t: { rows: Array<{ level: string; current: object }> }) =>
      Object.entries(t.rows.find((r) => r.level === 'total')!.current).filter(([, n]) => n === 0).map(([f]) => f);
    expect(empty(buildReceivedTable(facts, { year: 2020 }))).toEqual([]);
    expect(empty(buildShelterAdmissionsTable(facts, { year: 2020 }))).toEqual([]);
    expect(empty(buildIntegrationsTable(facts, { year: 2020 }))).toEqual([]);
    expect(empty(buildFollowUpsTable(facts, { year: 2020 }))).toEqual([]);
    const compensation = buildCompensationTable(facts, { year: 2020 }).rows.at(-1)!.current;
    expect(Object.values(compensation.counts).every((n) => n > 0)).toBe(true);
    expect(compensation.received).toEqual({ KHR: expect.any(Number), USD: expect.any(Number) });
    expect(buildIntegrationDurations(facts, { year: 2020, provinces: PROVINCES }).rows.at(-1)!.current.rescueToIntegration.count).toBeGreaterThan(0);
  });

  it('received, shelter admissions, integrations and follow-ups: breakdowns, provinces and person cells add up to the total', () => {
    fc.assert(
      fc.property(casesArb, fc.constantFrom(...YEARS), (facts, year) => {
        checkTable(buildReceivedTable, facts, year, ['persons']);
        checkTable(buildShelterAdmissionsTable, facts, year, ['persons']);
        checkTable(buildIntegrationsTable, facts, year, ['integrations']);
        checkTable(buildFollowUpsTable, facts, year, ['persons']);
      }),
      { numRuns: 120 },
    );
  });

  it('compensation: organisations and provinces add up to the total, count by count and currency by currency', () => {
    fc.assert(
      fc.property(casesArb, fc.constantFrom(...YEARS), (facts, year) => checkCompensation(facts, year)),
      { numRuns: 150 },
    );
  });

  it('durations: the pooled count is the sum of the provinces\' counts', () => {
    fc.assert(
      fc.property(casesArb, fc.constantFrom(...YEARS), (facts, year) => {
        const durations = buildIntegrationDurations(facts, { year, provinces: PROVINCES });
        const total = durations.rows.at(-1)!;
        for (const measure of durations.measures) {
          for (const period of ['current', 'previous'] as const) {
            expect(durations.rows.slice(0, -1).reduce((n, r) => n + r[period][measure].count, 0)).toBe(total[period][measure].count);
          }
        }
        const integrations = buildIntegrationsTable(facts, { year }).rows.at(-1)!.current.integrations;
        expect(total.current.receptionToIntegration.count).toBe(integrations);
      }),
      { numRuns: 150 },
    );
  });
});

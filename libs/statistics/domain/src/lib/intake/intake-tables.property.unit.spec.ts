import fc from 'fast-check';
import { AGE_BANDS, isMinor } from '@casetrail/kernel';
import { REFERRAL_DESTINATIONS, SCREENING_OUTCOMES } from '@casetrail/intake-contracts';
import { sumFigures, zeroFiguresOf, type Figures } from '../court/court-figures';
import { buildBodiesTable } from './bodies-table';
import type { IntakeTable, IntakeTableOptions } from './intake-table';
import { buildPoliceReceptionsTable } from './police-receptions-table';
import { buildReceptionsTable } from './receptions-table';
import { buildScreeningYield } from './screening-yield';
import { buildScreeningsTable } from './screenings-table';
import { aBody, aReception, aScreenedPerson } from './intake.test-fixtures';

/*
 * Random receptions, screened persons and bodies (dates in 2019–2021, three places in three
 * provinces, some receptions withdrawn): every breakdown adds up to the total of the figures its
 * rows carry, and the provinces' tables add up to the national one, whatever the facts.
 */

const PLACES = [
  { place: 'poipet', province: 'banteay-meanchey', unit: 'police-commissariat-banteay-meanchey' },
  { place: 'bavet', province: 'svay-rieng', unit: 'dosvy-svay-rieng' },
  { place: 'embassy-mys', province: 'phnom-penh', unit: 'mofaic' },
] as const;
const dateOf = (days: number) => new Date(Date.UTC(2019, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);
const where = fc.constantFrom(...PLACES);
const day = fc.nat(3 * 365 - 1);
const count = fc.nat(50);

const records = fc.record({
  receptions: fc.array(fc.record({ where, day, men: count, women: count, boys: count, girls: count, withdrawn: fc.boolean() }), { maxLength: 30 }),
  persons: fc.array(
    fc.record({ where, day, outcome: fc.constantFrom(...SCREENING_OUTCOMES), band: fc.constantFrom(...AGE_BANDS), female: fc.boolean(), referrals: fc.array(fc.record({ to: fc.constantFrom(...REFERRAL_DESTINATIONS), after: fc.nat(60) }), { maxLength: 3 }) }),
    { maxLength: 30 },
  ),
  bodies: fc.array(fc.record({ where, day, female: fc.boolean() }), { maxLength: 10 }),
});
const query = fc.record({ year: fc.constantFrom(2020, 2021), month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }) });

function factsOf(r: typeof records extends fc.Arbitrary<infer T> ? T : never) {
  return {
    receptions: r.receptions.map((x, i) =>
      aReception({ receptionId: `R${i}`, place: x.where.place, province: x.where.province, receivedBy: x.where.unit, receivedByKind: x.where.unit.startsWith('police') ? 'police_commissariat' : 'social_affairs', receivedOn: dateOf(x.day), counts: { men: x.men + 1, women: x.women, boys: x.boys, girls: x.girls }, withdrawnOn: x.withdrawn ? dateOf(x.day) : null }),
    ),
    persons: r.persons.map((x, i) =>
      aScreenedPerson({
        personId: `P${i}`,
        place: x.where.place,
        province: x.where.province,
        screenedOn: dateOf(x.day),
        outcome: x.outcome,
        exploitationType: x.outcome === 'not_identified' ? null : x.outcome === 'person_at_risk' ? 'at_risk' : 'labour',
        ageBand: x.band,
        minor: isMinor(x.band),
        sex: x.female ? 'F' : 'M',
        referrals: x.referrals.map((ref) => ({ destination: ref.to, referredOn: dateOf(x.day + ref.after), organisation: null, policeUnit: null, province: x.where.province })),
      }),
    ),
    bodies: r.bodies.map((x, i) => aBody({ bodyId: `B${i}`, place: x.where.place, province: x.where.province, receivedOn: dateOf(x.day), sex: x.female ? 'F' : 'M' })),
  };
}

/** Problems of one table: a breakdown whose rows do not add up to the total for the figures its rows carry. */
function problemsOf<F extends string, D extends string>(table: IntakeTable<F, D>, partial: Partial<Record<D, readonly F[]>> = {}): string[] {
  const total = table.rows.at(-1)!;
  const problems: string[] = [];
  for (const d of table.dimensions) {
    const rows = table.rows.filter((r) => r.dimension === d);
    for (const period of ['current', 'previous'] as const) {
      const sum = rows.reduce<Figures<F>>((s, r) => sumFigures(table.figures, s, r[period]), zeroFiguresOf(table.figures));
      for (const f of partial[d] ?? table.figures) if (sum[f] !== total[period][f]) problems.push(`${d} ${period} ${f}: ${sum[f]} ≠ ${total[period][f]}`);
    }
  }
  return problems;
}

const REFERRAL_FIGURES = ['referrals', 'referralsAdultMale', 'referralsAdultFemale', 'referralsMinorMale', 'referralsMinorFemale'] as const;

describe('the intake tables, over random records', () => {
  it('add up: every breakdown to the total, and the provinces to the nation', () => {
    fc.assert(
      fc.property(records, query, (r, q) => {
        const { receptions, persons, bodies } = factsOf(r);
        const options: IntakeTableOptions = q;
        const tables = (o: IntakeTableOptions) => [buildReceptionsTable(receptions, o), buildPoliceReceptionsTable(receptions, o), buildScreeningsTable(persons, o), buildBodiesTable(bodies, o)] as IntakeTable<string, string>[];
        const national = tables(options);
        expect(problemsOf(national[0])).toEqual([]);
        expect(problemsOf(national[1])).toEqual([]);
        expect(problemsOf(national[2], { destination: REFERRAL_FIGURES })).toEqual([]);
        expect(problemsOf(national[3])).toEqual([]);
        const perProvince = PLACES.map((p) => tables({ ...options, province: p.province }));
        national.forEach((t, k) => {
          const summed = perProvince.reduce((s, ts) => sumFigures(t.figures, s, ts[k].rows.at(-1)!.current), zeroFiguresOf(t.figures));
          expect(summed).toEqual(t.rows.at(-1)!.current);
        });
        const yieldTotal = buildScreeningYield(receptions, persons, options).rows.at(-1)!.current;
        const receptionsTotal = national[0].rows.at(-1)!.current;
        expect(yieldTotal.returnees).toBe(receptionsTotal['persons']);
        expect(yieldTotal.suspectedVictims).toBe(national[2].rows.find((x) => x.dimension === 'outcome' && x.code === 'suspected_victim')!.current['persons']);
      }),
      { numRuns: 150 },
    );
  });
});

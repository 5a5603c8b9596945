import fc from 'fast-check';
import type { HandOverDestination } from '@casetrail/enforcement-contracts';
import { AGE_BANDS, OFFENCES, yearOf } from '@casetrail/kernel';
import { LAW_ENFORCEMENT_FIGURES, addFigures, zeroFigures } from './law-enforcement-figures';
import type { LawEnforcementFigures } from './law-enforcement-figures';
import { buildLawEnforcementTable } from './law-enforcement-table';
import type { PoliceCaseFacts } from './police-case-facts';
import { aCase, aSuspect, aVictim } from './law-enforcement.test-fixtures';

/**
 * fast-check settings of the property suites: a fixed seed (every run checks the same sets; a
 * failure prints its seed and a shrunk counterexample), and a number of runs small enough for
 * CI, larger on demand: `FC_NUM_RUNS=2000 npx jest law-enforcement-table.property`.
 */
const settings = { seed: Number(process.env['FC_SEED'] ?? 2020), numRuns: Number(process.env['FC_NUM_RUNS'] ?? 100) };

const date = fc
  .record({ year: fc.constantFrom(2018, 2019, 2020, 2021), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(({ year, month, day }) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
const destination = fc.constantFrom<HandOverDestination | null>('social_affairs', 'family', 'partner_organisation', null);

const victim = fc.record({ ageBand: fc.constantFrom(...AGE_BANDS), rescuedOn: date, handedOverTo: destination });
const suspect = fc.record({
  sex: fc.constantFrom('F' as const, 'M' as const),
  minor: fc.boolean(),
  nationality: fc.constantFrom('KHM', 'KHM', 'CHN', 'VNM', 'THA'),
  arrestedOn: fc.option(date, { nil: null, freq: 5 }),
});
const policeCase = fc.record({
  principalOffence: fc.constantFrom(...OFFENCES.map((o) => o.code)),
  openedOn: date,
  province: fc.constantFrom('battambang', 'kampot', 'phnom-penh'),
  closed: fc.constantFrom(null, 'recorded_in_error' as const, 'insufficient_evidence' as const),
  victims: fc.array(victim, { maxLength: 4 }),
  suspects: fc.array(suspect, { maxLength: 3 }),
});

const factSets = fc.array(policeCase, { maxLength: 60, size: 'medium' }).map((cases): PoliceCaseFacts[] =>
  cases.map((c, i) =>
    aCase({
      caseId: `C${i}`,
      principalOffence: c.principalOffence,
      openedOn: c.openedOn,
      province: c.province,
      status: c.closed ? 'closed' : 'open',
      closureReason: c.closed,
      victims: c.victims.map((v, j) => aVictim({ victimId: `V${j}`, ageBand: v.ageBand, minor: v.ageBand !== '18_plus', rescuedOn: v.rescuedOn, handedOverTo: v.handedOverTo })),
      suspects: c.suspects.map((s, j) =>
        aSuspect({ suspectId: `S${j}`, sex: s.sex, female: s.sex === 'F', minor: s.minor, ageBand: s.minor ? '15_17' : '18_plus', nationality: s.nationality, foreign: s.nationality !== 'KHM', arrestedOn: s.arrestedOn }),
      ),
    }),
  ),
);

const sum = (xs: LawEnforcementFigures[]) => xs.reduce(addFigures, zeroFigures());

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Every way the table of `year` fails to add up, as readable lines (none when it adds up). */
function problemsOf(facts: PoliceCaseFacts[], year: number): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => void (ok || problems.push(what));
  const { rows } = buildLawEnforcementTable(facts, { year });
  const offenceRows = rows.filter((r) => r.level === 'offence');
  const categoryRows = rows.filter((r) => r.level === 'category');
  const total = rows.find((r) => r.level === 'total')!;

  for (const period of ['current', 'previous'] as const) {
    for (const c of categoryRows) {
      check(same(c[period], sum(offenceRows.filter((o) => o.category === c.category).map((o) => o[period]))), `${c.label} ${period} is not the sum of its offences`);
    }
    check(same(total[period], sum(categoryRows.map((c) => c[period]))), `total ${period} is not the sum of the categories`);
    for (const row of rows) {
      const f = row[period];
      const at = `${row.label} ${period}`;
      check(f.victimsUnder15 + f.victims15To17 + f.victims18Plus === f.victims, `${at}: age bands do not add up to victims`);
      check(f.victimsToSocialAffairs + f.victimsToFamily + f.victimsToPartnerOrganisation + f.victimsNotHandedOver === f.victims, `${at}: destinations do not add up to victims`);
      check(f.suspectsFemale <= f.suspectsArrested && f.suspectsMinor <= f.suspectsArrested, `${at}: more female or minor suspects than arrested`);
      const nationalities = Object.values(row.foreignNationalities[period]).reduce((a, b) => a + b, 0);
      check(nationalities === f.suspectsForeign, `${at}: nationalities do not add up to foreign suspects`);
    }
  }
  for (const row of rows) {
    for (const f of LAW_ENFORCEMENT_FIGURES) check(row.change[f].absolute === row.current[f] - row.previous[f], `${row.label}: change of ${f}`);
  }

  // The total equals a count made independently from the facts: nothing lost, nothing twice.
  const counted = facts.filter((f) => !(f.status === 'closed' && f.closureReason === 'recorded_in_error'));
  check(total.current.cases === counted.filter((f) => yearOf(f.openedOn) === year).length, 'total cases');
  check(total.current.victims === counted.flatMap((f) => f.victims).filter((v) => yearOf(v.rescuedOn) === year).length, 'total victims');
  check(
    total.current.suspectsArrested === counted.flatMap((f) => f.suspects).filter((s) => s.arrestedOn !== null && yearOf(s.arrestedOn) === year).length,
    'total suspects arrested',
  );
  return problems;
}

describe('law-enforcement table adds up by construction (fast-check fact sets)', () => {
  it.each([2019, 2020, 2021])('for %i: rows add up to categories and the total, and the total counts every fact once', (year) => {
    fc.assert(
      fc.property(factSets, (facts) => {
        expect(problemsOf(facts, year)).toEqual([]);
      }),
      settings,
    );
  }, Math.max(30_000, settings.numRuns * 20)); // a deep run (FC_NUM_RUNS) takes longer
});

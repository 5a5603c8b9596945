import type { AgeBand } from '@casetrail/kernel';
import type { HandOverDestination } from '@casetrail/enforcement-contracts';
import { OFFENCES, yearOf } from '@casetrail/kernel';
import { LAW_ENFORCEMENT_FIGURES, addFigures, zeroFigures } from './law-enforcement-figures';
import type { LawEnforcementFigures } from './law-enforcement-figures';
import { buildLawEnforcementTable } from './law-enforcement-table';
import type { PoliceCaseFacts } from './police-case-facts';
import { aCase, aSuspect, aVictim } from './law-enforcement.test-fixtures';

/** Seeded PRNG (mulberry32): every run checks the same sets, and a failure names its seed. */
function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomFacts(seed: number): PoliceCaseFacts[] {
  const r = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const date = () => `${pick([2018, 2019, 2020, 2021])}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`;
  const bands: AgeBand[] = ['under_15', '15_17', '18_plus'];
  const destinations: (HandOverDestination | null)[] = ['social_affairs', 'family', 'partner_organisation', null];
  return Array.from({ length: Math.floor(r() * 60) }, (_, i) => {
    const offence = pick(OFFENCES).code;
    return aCase({
      caseId: `C${i}`,
      principalOffence: offence,
      openedOn: date(),
      province: pick(['battambang', 'kampot', 'phnom-penh']),
      status: r() < 0.1 ? 'closed' : 'open',
      closureReason: r() < 0.5 ? 'recorded_in_error' : null,
      victims: Array.from({ length: Math.floor(r() * 5) }, (_, j) => {
        const ageBand = pick(bands);
        return aVictim({ victimId: `V${j}`, ageBand, minor: ageBand !== '18_plus', rescuedOn: date(), handedOverTo: pick(destinations) });
      }),
      suspects: Array.from({ length: Math.floor(r() * 4) }, (_, j) => {
        const nationality = pick(['KHM', 'KHM', 'CHN', 'VNM', 'THA']);
        return aSuspect({
          suspectId: `S${j}`,
          sex: pick(['F', 'M'] as const),
          female: r() < 0.3,
          minor: r() < 0.2,
          nationality,
          foreign: nationality !== 'KHM',
          arrestedOn: r() < 0.2 ? null : date(),
        });
      }),
    });
  });
}

const sum = (xs: LawEnforcementFigures[]) => xs.reduce(addFigures, zeroFigures());

describe('law-enforcement table adds up by construction (random fact sets)', () => {
  it.each(Array.from({ length: 40 }, (_, i) => [1000 + i]))('seed %i', (seed) => {
    const facts = randomFacts(seed);
    for (const year of [2019, 2020, 2021]) {
      const { rows } = buildLawEnforcementTable(facts, { year });
      const offenceRows = rows.filter((r) => r.level === 'offence');
      const categoryRows = rows.filter((r) => r.level === 'category');
      const total = rows.find((r) => r.level === 'total')!;

      for (const period of ['current', 'previous'] as const) {
        for (const c of categoryRows) {
          expect(c[period]).toEqual(sum(offenceRows.filter((o) => o.category === c.category).map((o) => o[period])));
        }
        expect(total[period]).toEqual(sum(categoryRows.map((c) => c[period])));
        for (const row of rows) {
          const f = row[period];
          expect(f.victimsUnder15 + f.victims15To17 + f.victims18Plus).toBe(f.victims);
          expect(f.victimsToSocialAffairs + f.victimsToFamily + f.victimsToPartnerOrganisation + f.victimsNotHandedOver).toBe(f.victims);
          expect(f.suspectsFemale).toBeLessThanOrEqual(f.suspectsArrested);
          expect(f.suspectsMinor).toBeLessThanOrEqual(f.suspectsArrested);
          const nationalities = Object.values(row.foreignNationalities[period]).reduce((a, b) => a + b, 0);
          expect(nationalities).toBe(f.suspectsForeign);
        }
      }
      for (const row of rows) {
        for (const f of LAW_ENFORCEMENT_FIGURES) expect(row.change[f].absolute).toBe(row.current[f] - row.previous[f]);
      }

      // The total equals a count made independently from the facts: nothing lost, nothing twice.
      const counted = facts.filter((f) => !(f.status === 'closed' && f.closureReason === 'recorded_in_error'));
      expect(total.current.cases).toBe(counted.filter((f) => yearOf(f.openedOn) === year).length);
      expect(total.current.victims).toBe(counted.flatMap((f) => f.victims).filter((v) => yearOf(v.rescuedOn) === year).length);
      expect(total.current.suspectsArrested).toBe(
        counted.flatMap((f) => f.suspects).filter((s) => s.arrestedOn !== null && yearOf(s.arrestedOn) === year).length,
      );
    }
  });
});

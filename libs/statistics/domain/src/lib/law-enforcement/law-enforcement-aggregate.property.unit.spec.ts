import fc from 'fast-check';
import { OFFENCES } from '@casetrail/kernel';
import { LawEnforcementAggregate } from './law-enforcement-aggregate';
import { buildLawEnforcementTable } from './law-enforcement-table';
import type { PoliceCaseFacts } from './police-case-facts';
import { aCase, aSuspect, aVictim } from './law-enforcement.test-fixtures';

const settings = { seed: Number(process.env['FC_SEED'] ?? 2021), numRuns: Number(process.env['FC_NUM_RUNS'] ?? 100) };

const date = fc
  .record({ year: fc.constantFrom(2018, 2019, 2020, 2021), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(({ year, month, day }) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);

/** One version of a case's document: its facts, or deleted (null). */
const caseVersion = (caseId: string) =>
  fc.option(
    fc
      .record({
        principalOffence: fc.constantFrom(...OFFENCES.map((o) => o.code)),
        openedOn: date,
        province: fc.constantFrom('battambang', 'kampot', 'phnom-penh'),
        unit: fc.constantFrom('police-a', 'police-b'),
        closed: fc.constantFrom(null, null, 'recorded_in_error' as const),
        victims: fc.array(fc.record({ rescuedOn: date, minor: fc.boolean() }), { maxLength: 3 }),
        suspects: fc.array(fc.record({ nationality: fc.constantFrom('KHM', 'CHN', 'VNM', 'THA'), arrestedOn: fc.option(date, { nil: null }) }), { maxLength: 3 }),
      })
      .map(
        (c): PoliceCaseFacts =>
          aCase({
            caseId,
            principalOffence: c.principalOffence,
            openedOn: c.openedOn,
            province: c.province,
            unit: { code: c.unit, type: 'provincial_police' },
            status: c.closed ? 'closed' : 'open',
            closureReason: c.closed,
            victims: c.victims.map((v, j) => aVictim({ victimId: `V${j}`, rescuedOn: v.rescuedOn, minor: v.minor, ageBand: v.minor ? '15_17' : '18_plus' })),
            suspects: c.suspects.map((s, j) =>
              aSuspect({ suspectId: `S${j}`, nationality: s.nationality, foreign: s.nationality !== 'KHM', arrestedOn: s.arrestedOn }),
            ),
          }),
      ),
    { nil: null, freq: 6 },
  );

/** Per case, its successive documents (version 1, 2, ...); then the order the puts arrive in, with repeats and stale copies. */
const histories = fc
  .array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 12 })
  .chain((lengths) =>
    fc.tuple(
      fc.tuple(...lengths.map((n, i) => fc.array(caseVersion(`C${i}`), { minLength: n, maxLength: n }))),
      fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 40 }),
    ),
  );

const bytes = (value: unknown) => JSON.stringify(value);

describe('LawEnforcementAggregate', () => {
  it('equals the table over the latest documents, whatever order, repeats and stale copies the puts arrive in', () => {
    fc.assert(
      fc.property(histories, ([cases, noise]) => {
        const aggregate = new LawEnforcementAggregate();
        // Every version in order, interleaved with redeliveries of any version of any case.
        const puts: Array<[string, number, PoliceCaseFacts | null]> = [];
        cases.forEach((versions, i) => versions.forEach((facts, v) => puts.push([`C${i}`, v + 1, facts])));
        for (const [at, pick] of noise) {
          const i = pick % cases.length;
          const v = pick % cases[i]!.length;
          puts.splice(at % (puts.length + 1), 0, [`C${i}`, v + 1, cases[i]![v]!]);
        }
        for (const [id, version, facts] of puts) aggregate.put(id, version, facts);
        const latest = cases.map((versions) => versions[versions.length - 1]!).filter((f): f is PoliceCaseFacts => f !== null);
        for (const year of [2018, 2019, 2020, 2021, 2022]) {
          for (const filter of [{}, { province: 'kampot' }, { unitCode: 'police-a' }, { province: 'battambang', unitCode: 'police-b' }]) {
            expect(bytes(aggregate.table({ year, ...filter }))).toBe(bytes(buildLawEnforcementTable(latest, { year, ...filter })));
          }
          // A reader scoped to some provinces sees only theirs; a province outside them, nothing.
          const scoped = latest.filter((f) => f.province !== 'kampot');
          expect(bytes(aggregate.table({ year, provinces: ['battambang', 'phnom-penh'] }))).toBe(bytes(buildLawEnforcementTable(scoped, { year })));
          expect(bytes(aggregate.table({ year, province: 'kampot', provinces: ['battambang'] }))).toBe(
            bytes(buildLawEnforcementTable([], { year, province: 'kampot' })),
          );
        }
      }),
      settings,
    );
  });

  it('ignores a version it already holds or an older one', () => {
    const aggregate = new LawEnforcementAggregate();
    const opened = aCase({ caseId: 'C1', openedOn: '2020-02-01' });
    expect(aggregate.put('C1', 2, opened)).toBe(true);
    expect(aggregate.put('C1', 2, opened)).toBe(false);
    expect(aggregate.put('C1', 1, null)).toBe(false);
    expect(aggregate.table({ year: 2020 }).rows.at(-1)!.current.cases).toBe(1);
    expect(aggregate.put('C1', 3, null)).toBe(true);
    expect(aggregate.table({ year: 2020 }).rows.at(-1)!.current.cases).toBe(0);
  });
});

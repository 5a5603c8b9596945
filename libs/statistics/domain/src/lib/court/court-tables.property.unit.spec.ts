import fc from 'fast-check';
import { AGE_BANDS, OFFENCES, RECORDED_AGE_BANDS, offenceByCode } from '@casetrail/kernel';
import { CLOSING_ORDER_OUTCOMES, PROSECUTION_ACTIONS, VERDICT_OUTCOMES, isFinalVerdictOutcome } from '@casetrail/court-contracts';
import type { CourtFileFacts, VerdictFacts } from './court-file-facts';
import { PERSON_CELLS, VICTIM_CELLS, sumFigures, zeroFiguresOf, type Figures } from './court-figures';
import type { CourtTable } from './court-table';
import { buildInvestigatingJudgesTable } from './investigating-judges-table';
import { buildProsecutionTable } from './prosecution-table';
import { buildTrialTable } from './trial-table';

/*
 * Random court files (dates in 2018–2022, any stage, persons of every band including `unknown`):
 * every table adds up by construction, whatever the facts.
 */

const PROVINCES = ['battambang', 'kampot', 'phnom-penh'];
const YEARS = [2018, 2019, 2020, 2021, 2022];
const dateOf = (days: number) => new Date(Date.UTC(2018, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);
const sex = fc.constantFrom('F' as const, 'M' as const);
const recordedBand = fc.constantFrom(...RECORDED_AGE_BANDS);

const accusedArb = fc.record({
  sex,
  charges: fc.array(fc.record({ after: fc.nat(300), band: recordedBand, byJudge: fc.boolean() }), { maxLength: 2 }),
  detentions: fc.array(fc.record({ after: fc.nat(500), lasts: fc.option(fc.nat(300)), band: recordedBand }), { maxLength: 2 }),
  verdicts: fc.array(fc.record({ outcome: fc.constantFrom(...VERDICT_OUTCOMES), after: fc.nat(800), band: recordedBand, atLiberty: fc.boolean() }), { maxLength: 3 }),
});

const fileArb = fc.record({
  province: fc.constantFrom(...PROVINCES),
  offence: fc.constantFrom(...OFFENCES.map((o) => o.code)),
  opened: fc.nat(4 * 365),
  decision: fc.option(fc.record({ action: fc.constantFrom(...PROSECUTION_ACTIONS), after: fc.nat(400) })),
  closing: fc.option(fc.record({ outcome: fc.constantFrom(...CLOSING_ORDER_OUTCOMES), after: fc.nat(400) })),
  victims: fc.array(fc.record({ sex, band: fc.constantFrom(...AGE_BANDS), after: fc.nat(700) }), { maxLength: 4 }),
  accused: fc.array(accusedArb, { maxLength: 4 }),
});

type RawFile = typeof fileArb extends fc.Arbitrary<infer T> ? T : never;

function toFacts(raw: RawFile, i: number): CourtFileFacts {
  const opened = raw.opened;
  const decidedOn = raw.decision ? opened + raw.decision.after : null;
  const action = raw.decision?.action ?? null;
  const investigation = action === 'submitted_for_investigation' ? decidedOn : null;
  const closing = investigation !== null && raw.closing ? { outcome: raw.closing.outcome, issuedOn: investigation + raw.closing.after } : null;
  const trial = action === 'submitted_for_trial' ? decidedOn : closing?.outcome === 'sent_to_trial' ? closing.issuedOn : null;
  const category = offenceByCode(raw.offence)!.category;
  return {
    fileId: `F${i}`,
    court: `court-${raw.province}`,
    province: raw.province,
    origin: { kind: 'police', policeCaseId: `F${i}`, forwardingUnit: `police-${raw.province}`, forwardedOn: dateOf(opened) },
    offences: [raw.offence],
    principalOffence: raw.offence,
    principalCategory: category,
    openedOn: dateOf(opened),
    receivedOn: dateOf(opened),
    entered: { prosecution: dateOf(opened), investigation: investigation === null ? null : dateOf(investigation), trial: trial === null ? null : dateOf(trial) },
    closedOn: null,
    prosecutionDecision: action && decidedOn !== null ? { action, decidedOn: dateOf(decidedOn) } : null,
    closingOrder: closing ? { outcome: closing.outcome, issuedOn: dateOf(closing.issuedOn) } : null,
    victims: raw.victims.map((v, j) => ({ personId: `V${j}`, sex: v.sex, ageBand: v.band, minor: v.band !== '18_plus', enteredOn: dateOf(opened + v.after) })),
    accused: raw.accused.map((a, j) => {
      const verdicts: VerdictFacts[] = [];
      for (const v of [...a.verdicts].sort((x, y) => x.after - y.after)) {
        if (verdicts.some((w) => w.final)) break;
        verdicts.push({
          outcome: v.outcome,
          deliveredOn: dateOf((trial ?? opened) + v.after),
          final: isFinalVerdictOutcome(v.outcome),
          custody: v.outcome === 'imprisonment' ? (v.atLiberty ? 'at_liberty' : 'in_custody') : null,
          sex: a.sex,
          ageBand: v.band,
        });
      }
      return {
        personId: `A${j}`,
        sex: a.sex,
        enteredOn: dateOf(opened),
        source: 'police' as const,
        arrestedOn: dateOf(opened - 5),
        charges: [...a.charges]
          .sort((x, y) => x.after - y.after)
          .map((c) => ({ chargedOn: dateOf(opened + c.after), chargedBy: c.byJudge ? ('investigating_judge' as const) : ('prosecutor' as const), offences: [raw.offence], sex: a.sex, ageBand: c.band })),
        detentions: [...a.detentions]
          .sort((x, y) => x.after - y.after)
          .map((d) => ({ orderedOn: dateOf(opened + d.after), endedOn: d.lasts === null ? null : dateOf(opened + d.after + d.lasts), sex: a.sex, ageBand: d.band })),
        supervisions: [],
        verdicts,
      };
    }),
    compensation: [],
    appeals: [],
  };
}

const filesArb = fc.array(fileArb, { maxLength: 20 }).map((raws) => raws.map(toFacts));

const sumOf = <F extends string>(t: CourtTable<F>, f: Figures<F>, prefix: string, cells: readonly string[]) =>
  cells.reduce((n, c) => n + (f as Record<string, number>)[`${prefix}${c}`], 0);

function checkTotals<F extends string>(table: CourtTable<F>, byProvince: CourtTable<F>[]): void {
  const zero = zeroFiguresOf(table.figures);
  const total = table.rows.find((r) => r.level === 'total')!;
  for (const period of ['current', 'previous'] as const) {
    const categories = table.rows.filter((r) => r.level === 'category').map((r) => r[period]);
    expect(total[period]).toEqual(categories.reduce((a, b) => sumFigures(table.figures, a, b), zero));
    const provinces = byProvince.map((t) => t.rows.find((r) => r.level === 'total')![period]);
    expect(total[period]).toEqual(provinces.reduce((a, b) => sumFigures(table.figures, a, b), zero));
  }
  for (const row of table.rows) for (const f of table.figures) expect(row.change[f].absolute).toBe(row.current[f] - row.previous[f]);
}

describe('court tables add up by construction (fast-check)', () => {
  it('generates files that reach every column (the properties are not checked on empty tables)', () => {
    const files = fc.sample(filesArb, { numRuns: 200, seed: 2020 }).flat().map((f, i) => ({ ...f, fileId: `S${i}` }));
    const reached = (figures: Record<string, number>) => Object.entries(figures).filter(([, n]) => n === 0).map(([f]) => f);
    const totalOf = <F extends string>(t: CourtTable<F>) => t.rows.find((r) => r.level === 'total')!.current as Record<string, number>;
    expect(reached(totalOf(buildProsecutionTable(files, { year: 2020 })))).toEqual([]);
    expect(reached(totalOf(buildInvestigatingJudgesTable(files, { year: 2020 })))).toEqual([]);
    expect(reached(totalOf(buildTrialTable(files, { year: 2020 })))).toEqual([]);
  });

  it('prosecution: cases = the four actions; victims and charged persons = their cells; national = the sum of provinces', () => {
    fc.assert(
      fc.property(filesArb, fc.constantFrom(...YEARS), (files, year) => {
        const table = buildProsecutionTable(files, { year });
        checkTotals(table, PROVINCES.map((province) => buildProsecutionTable(files, { year, province })));
        for (const row of table.rows) {
          for (const f of [row.current, row.previous]) {
            expect(f.submittedForInvestigation + f.retainedWithoutProcessing + f.submittedForTrial + f.processing).toBe(f.cases);
            expect(sumOf(table, f, 'victims', VICTIM_CELLS)).toBe(f.victims);
            expect(sumOf(table, f, 'charged', PERSON_CELLS)).toBe(f.chargedPersons);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('investigating judges: cases = the three actions; in jail + out of jail = accused, cell by cell', () => {
    fc.assert(
      fc.property(filesArb, fc.constantFrom(...YEARS), (files, year) => {
        const table = buildInvestigatingJudgesTable(files, { year });
        checkTotals(table, PROVINCES.map((province) => buildInvestigatingJudgesTable(files, { year, province })));
        for (const row of table.rows) {
          for (const f of [row.current, row.previous]) {
            expect(f.sentToTrial + f.dismissed + f.processing).toBe(f.cases);
            expect(sumOf(table, f, 'victims', VICTIM_CELLS)).toBe(f.victims);
            expect(sumOf(table, f, 'accused', PERSON_CELLS)).toBe(f.accused);
            expect(sumOf(table, f, 'inJail', PERSON_CELLS)).toBe(f.inJail);
            expect(sumOf(table, f, 'outOfJail', PERSON_CELLS)).toBe(f.outOfJail);
            expect(f.inJail + f.outOfJail).toBe(f.accused);
            const cells = f as Record<string, number>;
            for (const c of PERSON_CELLS) expect(cells[`inJail${c}`] + cells[`outOfJail${c}`]).toBe(cells[`accused${c}`]);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('trial: the accused by outcome = the accused; imprisonment = in custody + at liberty', () => {
    fc.assert(
      fc.property(filesArb, fc.constantFrom(...YEARS), (files, year) => {
        const table = buildTrialTable(files, { year });
        checkTotals(table, PROVINCES.map((province) => buildTrialTable(files, { year, province })));
        for (const row of table.rows) {
          for (const f of [row.current, row.previous]) {
            expect(f.suspendedSentence + f.fine + f.acquittal + f.deferral + f.imprisonment + f.releasedOnBail + f.processing).toBe(f.accused);
            expect(f.imprisonmentInCustody + f.imprisonmentAtLiberty).toBe(f.imprisonment);
            expect(sumOf(table, f, 'victims', VICTIM_CELLS)).toBe(f.victims);
            expect(sumOf(table, f, 'accused', PERSON_CELLS)).toBe(f.accused);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

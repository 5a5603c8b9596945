import { offenceByCode, yearOf } from '@casetrail/kernel';
import { LAW_ENFORCEMENT_FIGURES, type NationalityCounts } from './law-enforcement-figures';
import {
  addCaseYear,
  emptyYearTally,
  lawEnforcementTableOfTallies,
  type LawEnforcementTable,
  type LawEnforcementTally,
  type YearTally,
} from './law-enforcement-table';
import type { PoliceCaseFacts } from './police-case-facts';

export interface LawEnforcementAggregateQuery {
  year: number;
  province?: string;
  unitCode?: string;
  /** The provinces the reader may see (`all` or absent: every one); a `province` outside them selects nothing. */
  provinces?: readonly string[] | 'all';
}

/** The cases of one principal offence, province and unit, summed for one year. */
interface Group {
  offence: string;
  province: string;
  unitCode: string;
  tally: YearTally;
  cases: number;
}

/** What one case adds to the table: its group and its tally for each year it counts in. */
interface Contribution {
  offence: string;
  province: string;
  unitCode: string;
  years: Array<[year: number, tally: YearTally]>;
}

interface HeldCase {
  version: number;
  contribution: Contribution | null;
}

/**
 * The law-enforcement table kept up to date as case facts change, instead of re-reading every
 * case of the year at each query. It is a function of the current case documents, not of events:
 * `put(id, version, facts)` replaces what the case added (its previous part is subtracted, the new
 * one added) and is ignored unless `version` is newer than the one held, so applying a document
 * twice, or an older copy after a newer one (a load page racing a write), changes nothing. The
 * documents themselves get their exactly-once effect from the projection's markers.
 *
 * Per year, the cases are summed per (principal offence, province, unit): a table is the sum of
 * the groups its filters select for the year and the year before, assembled by the same code as
 * `buildLawEnforcementTable`, so both give the same table byte for byte. Holds a few numbers per
 * case, never the facts.
 */
export class LawEnforcementAggregate {
  private readonly cases = new Map<string, HeldCase>();
  private readonly years = new Map<number, Map<string, Group>>();

  /** How many case documents (live or deleted) are held. */
  get size(): number {
    return this.cases.size;
  }

  /**
   * The case document `id` at `version` (null facts: deleted). Returns false, changing nothing,
   * when the version held is the same or newer.
   */
  put(id: string, version: number, facts: PoliceCaseFacts | null): boolean {
    const held = this.cases.get(id);
    if (held && held.version >= version) return false;
    const contribution = facts === null ? null : contributionOf(facts);
    if (held?.contribution) this.add(held.contribution, -1);
    if (contribution) this.add(contribution, 1);
    this.cases.set(id, { version, contribution });
    return true;
  }

  clear(): void {
    this.cases.clear();
    this.years.clear();
  }

  /** The table of `query.year` (and the year before) over the cases its filters select. */
  table(query: LawEnforcementAggregateQuery): LawEnforcementTable {
    const allowed = query.provinces === undefined || query.provinces === 'all' ? null : new Set(query.provinces);
    const selects = (g: Group) =>
      (query.province !== undefined ? g.province === query.province && (!allowed || allowed.has(query.province)) : !allowed || allowed.has(g.province)) &&
      (query.unitCode === undefined || g.unitCode === query.unitCode);
    const perOffence = new Map<string, LawEnforcementTally>();
    for (const [which, year] of [['current', query.year], ['previous', query.year - 1]] as const) {
      for (const group of this.years.get(year)?.values() ?? []) {
        if (!selects(group)) continue;
        let tally = perOffence.get(group.offence);
        if (!tally) {
          if (!offenceByCode(group.offence)) throw new Error(`Cases have principal offence ${group.offence}, not in the catalogue`);
          tally = { current: emptyYearTally(), previous: emptyYearTally() };
          perOffence.set(group.offence, tally);
        }
        addYearTally(tally[which], group.tally, 1);
      }
    }
    return lawEnforcementTableOfTallies(perOffence, { year: query.year, province: query.province, unitCode: query.unitCode });
  }

  private add(contribution: Contribution, sign: 1 | -1): void {
    const key = `${contribution.offence}\u0000${contribution.province}\u0000${contribution.unitCode}`;
    for (const [year, tally] of contribution.years) {
      let groups = this.years.get(year);
      if (!groups) this.years.set(year, (groups = new Map()));
      let group = groups.get(key);
      if (!group) {
        group = { offence: contribution.offence, province: contribution.province, unitCode: contribution.unitCode, tally: emptyYearTally(), cases: 0 };
        groups.set(key, group);
      }
      addYearTally(group.tally, tally, sign);
      group.cases += sign;
      if (group.cases === 0) groups.delete(key);
    }
  }
}

/** What a case adds to each year it counts in; null for a case recorded in error (it counts nowhere). */
function contributionOf(f: PoliceCaseFacts): Contribution | null {
  if (f.status === 'closed' && f.closureReason === 'recorded_in_error') return null;
  const years = new Set<number>([yearOf(f.openedOn)]);
  for (const v of f.victims) years.add(yearOf(v.rescuedOn));
  for (const s of f.suspects) if (s.arrestedOn !== null) years.add(yearOf(s.arrestedOn));
  const tallies: Contribution['years'] = [];
  for (const year of years) {
    const tally = emptyYearTally();
    addCaseYear(tally, f, year);
    tallies.push([year, tally]);
  }
  return { offence: f.principalOffence, province: f.province, unitCode: f.unit.code, years: tallies };
}

/** `into += sign * tally`, in place; a nationality whose count falls to 0 is removed (as if never added). */
function addYearTally(into: YearTally, tally: YearTally, sign: 1 | -1): void {
  for (const figure of LAW_ENFORCEMENT_FIGURES) into.figures[figure] += sign * tally.figures[figure];
  const nationalities: NationalityCounts = into.nationalities;
  for (const [code, n] of Object.entries(tally.nationalities)) {
    const sum = (nationalities[code] ?? 0) + sign * n;
    if (sum === 0) delete nationalities[code];
    else nationalities[code] = sum;
  }
}

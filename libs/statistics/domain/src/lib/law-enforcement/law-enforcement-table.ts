import type { OffenceCategory } from '@casetrail/kernel';
import {
  OFFENCE_CATEGORIES,
  OFFENCE_CATEGORY_NAMES,
  offenceByCode,
  offencesInCategory,
  yearOf,
} from '@casetrail/kernel';
import type {
  FigureChange,
  LawEnforcementFigure,
  LawEnforcementFigures,
  NationalityCounts,
} from './law-enforcement-figures';
import {
  LAW_ENFORCEMENT_FIGURES,
  addFigures,
  addNationalities,
  changesOf,
  zeroFigures,
} from './law-enforcement-figures';
import type { PoliceCaseFacts } from './police-case-facts';

export interface LawEnforcementTableOptions {
  year: number;
  /** Only cases handled in this province (province code). */
  province?: string;
  /** Only cases of this reporting unit (unit code). */
  unitCode?: string;
}

export interface LawEnforcementRow {
  level: 'offence' | 'category' | 'total';
  /** Offence code on offence rows, else null. */
  offence: string | null;
  /** Category on offence and category rows, null on the total row. */
  category: OffenceCategory | null;
  label: string;
  current: LawEnforcementFigures;
  previous: LawEnforcementFigures;
  change: Record<LawEnforcementFigure, FigureChange>;
  foreignNationalities: { current: NationalityCounts; previous: NationalityCounts };
}

export interface LawEnforcementTable {
  year: number;
  previousYear: number;
  province: string | null;
  unitCode: string | null;
  figures: readonly LawEnforcementFigure[];
  /** Per category: one row per catalogue offence, then the category subtotal; last, the total. */
  rows: LawEnforcementRow[];
}

/**
 * The law-enforcement table of report II.C.1.1 for a year (and the year before), computed from
 * the facts of every police case. One definition per figure (docs/statistics.md):
 * - a case counts in the year it was opened (`openedOn`);
 * - a victim counts in the year of the rescue (`rescuedOn`), with the age band at the rescue and
 *   the hand-over destination recorded so far (`not handed over` when none);
 * - a suspect counts in the year of the first arrest (`arrestedOn`; detained and sent to court),
 *   female / minor (age band at the arrest) / foreign (nationality other than KHM);
 * - everything of a case is attributed to its principal (first) offence and that offence's
 *   category, so offence rows add up to category subtotals and those to the total;
 * - a case closed as `recorded_in_error` (and not reopened) counts nowhere.
 * Filters select cases by their province and reporting unit. Pure.
 */
export function buildLawEnforcementTable(
  facts: readonly PoliceCaseFacts[],
  options: LawEnforcementTableOptions,
): LawEnforcementTable {
  const { year } = options;
  const previousYear = year - 1;
  const selected = facts.filter(
    (f) =>
      !(f.status === 'closed' && f.closureReason === 'recorded_in_error') &&
      (options.province === undefined || f.province === options.province) &&
      (options.unitCode === undefined || f.unit.code === options.unitCode),
  );

  // Each case is added into its offence's tally in place: one pass, no object per case (the
  // table of a decade of national cases walks tens of thousands of them per query).
  const perOffence = new Map<string, LawEnforcementTally>();
  for (const f of selected) {
    let tally = perOffence.get(f.principalOffence);
    if (!tally) {
      if (!offenceByCode(f.principalOffence)) {
        throw new Error(`Case ${f.caseId} has principal offence ${f.principalOffence}, not in the catalogue`);
      }
      tally = emptyTally();
      perOffence.set(f.principalOffence, tally);
    }
    addCaseYear(tally.current, f, year);
    addCaseYear(tally.previous, f, previousYear);
  }
  return lawEnforcementTableOfTallies(perOffence, options);
}

/**
 * The table from what each principal offence adds up to in the year and the year before: offence
 * rows in catalogue order, category subtotals, the total. Nationalities are listed by code, so two
 * ways of adding the same cases give the same table byte for byte. Shared by
 * `buildLawEnforcementTable` and `LawEnforcementAggregate` (tallies kept as documents change).
 */
export function lawEnforcementTableOfTallies(
  perOffence: ReadonlyMap<string, LawEnforcementTally>,
  options: LawEnforcementTableOptions,
): LawEnforcementTable {
  const { year } = options;
  const rows: LawEnforcementRow[] = [];
  let total = emptyTally();
  for (const category of OFFENCE_CATEGORIES) {
    let subtotal = emptyTally();
    for (const offence of offencesInCategory(category)) {
      const tally = perOffence.get(offence.code) ?? emptyTally();
      rows.push(row('offence', offence.code, category, offence.name, tally));
      subtotal = addTally(subtotal, tally);
    }
    rows.push(row('category', null, category, OFFENCE_CATEGORY_NAMES[category], subtotal));
    total = addTally(total, subtotal);
  }
  rows.push(row('total', null, null, 'Total', total));

  return {
    year,
    previousYear: year - 1,
    province: options.province ?? null,
    unitCode: options.unitCode ?? null,
    figures: LAW_ENFORCEMENT_FIGURES,
    rows,
  };
}

/** What some cases add up to in one year: the figures and the foreign suspects' nationalities. */
export interface YearTally {
  figures: LawEnforcementFigures;
  nationalities: NationalityCounts;
}
/** What the cases of one principal offence add up to in the table's year (`current`) and the year before. */
export interface LawEnforcementTally {
  current: YearTally;
  previous: YearTally;
}
type Tally = LawEnforcementTally;

export const emptyYearTally = (): YearTally => ({ figures: zeroFigures(), nationalities: {} });
const emptyYear = emptyYearTally;
const emptyTally = (): Tally => ({ current: emptyYear(), previous: emptyYear() });
const addYear = (a: YearTally, b: YearTally): YearTally => ({
  figures: addFigures(a.figures, b.figures),
  nationalities: addNationalities(a.nationalities, b.nationalities),
});
const addTally = (a: Tally, b: Tally): Tally => ({
  current: addYear(a.current, b.current),
  previous: addYear(a.previous, b.previous),
});

/** Adds what one case contributes to one year into `into` (figures and nationalities, in place). */
export function addCaseYear(into: YearTally, f: PoliceCaseFacts, year: number): void {
  const t = into.figures;
  const nationalities = into.nationalities;
  if (yearOf(f.openedOn) === year) t.cases += 1;
  for (const v of f.victims) {
    if (yearOf(v.rescuedOn) !== year) continue;
    t.victims += 1;
    if (v.ageBand === 'under_15') t.victimsUnder15 += 1;
    else if (v.ageBand === '15_17') t.victims15To17 += 1;
    else t.victims18Plus += 1;
    if (v.handedOverTo === 'social_affairs') t.victimsToSocialAffairs += 1;
    else if (v.handedOverTo === 'family') t.victimsToFamily += 1;
    else if (v.handedOverTo === 'partner_organisation') t.victimsToPartnerOrganisation += 1;
    else t.victimsNotHandedOver += 1;
  }
  for (const s of f.suspects) {
    if (s.arrestedOn === null || yearOf(s.arrestedOn) !== year) continue;
    t.suspectsArrested += 1;
    if (s.female) t.suspectsFemale += 1;
    if (s.minor) t.suspectsMinor += 1;
    if (s.foreign) {
      t.suspectsForeign += 1;
      nationalities[s.nationality] = (nationalities[s.nationality] ?? 0) + 1;
    }
  }
}

function row(
  level: LawEnforcementRow['level'],
  offence: string | null,
  category: OffenceCategory | null,
  label: string,
  tally: Tally,
): LawEnforcementRow {
  return {
    level,
    offence,
    category,
    label,
    current: tally.current.figures,
    previous: tally.previous.figures,
    change: changesOf(tally.current.figures, tally.previous.figures),
    foreignNationalities: { current: byCode(tally.current.nationalities), previous: byCode(tally.previous.nationalities) },
  };
}

/** The counts with their codes in order (a fresh object: the tallies stay the caller's). */
function byCode(counts: NationalityCounts): NationalityCounts {
  const sorted: NationalityCounts = {};
  for (const code of Object.keys(counts).sort()) sorted[code] = counts[code]!;
  return sorted;
}

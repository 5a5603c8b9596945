import { INTAKE_PLACES } from '@casetrail/intake-contracts';
import { changeOf, type FigureChange } from '../law-enforcement/law-enforcement-figures';
import { intakePlaceLabel } from './intake-breakdowns';
import { receptionCounts, type ReceptionFacts, type ScreenedPersonFacts } from './intake-facts';
import { coversIntakeProvince, periodOf, type IntakeTableOptions, type Period } from './intake-table';

export interface ScreeningYieldFigures {
  /** Persons received at the place in the month (every reception's men, women, boys and girls). */
  returnees: number;
  /** Persons screened there in the month whose latest outcome is `suspected_victim`. */
  suspectedVictims: number;
  /** suspectedVictims ÷ returnees × 1,000, 2 decimals; null without returnees. */
  perThousand: number | null;
}

export interface ScreeningYieldRow {
  /** `month`: one place, one month; `place`: one place, the whole period; `total`: every place covered. */
  level: 'month' | 'place' | 'total';
  place: string | null;
  month: number | null;
  label: string;
  current: ScreeningYieldFigures;
  previous: ScreeningYieldFigures;
  change: { returnees: FigureChange; suspectedVictims: FigureChange; perThousand: number | null };
}

export interface ScreeningYield {
  table: 'screening_yield';
  year: number;
  previousYear: number;
  month: number | null;
  province: string | null;
  /** Per place with a returnee or a screening in either year (reference order): its months, then the place; then the total. */
  rows: ScreeningYieldRow[];
}

type Counts = Record<Period, { returnees: number; suspectedVictims: number }>;

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/**
 * Beyond the report: the screening yield per place (airport, checkpoint, embassy) and month, the
 * suspected victims found per 1,000 people received. Returnees count by `receivedOn`, suspected
 * victims by `screenedOn`, both in the place's province; a withdrawn reception counts nowhere.
 * A place's and the total's yield are computed from their summed counts, never averaged.
 */
export function buildScreeningYield(receptions: readonly ReceptionFacts[], screened: readonly ScreenedPersonFacts[], options: IntakeTableOptions): ScreeningYield {
  const months = options.month !== undefined ? [options.month] : MONTHS;
  const cells = new Map<string, Map<number, Counts>>();
  const add = (place: string, date: string, province: string, figure: 'returnees' | 'suspectedVictims', n: number) => {
    const period = periodOf(date, options);
    if (period === null || !coversIntakeProvince(options, province)) return;
    const byMonth = cells.get(place) ?? new Map<number, Counts>();
    const month = Number(date.slice(5, 7));
    const counts = byMonth.get(month) ?? emptyCounts();
    counts[period][figure] += n;
    byMonth.set(month, counts);
    cells.set(place, byMonth);
  };
  for (const r of receptions) {
    if (!receptionCounts(r)) continue;
    const { men, women, boys, girls } = r.counts;
    add(r.place, r.receivedOn, r.province, 'returnees', men + women + boys + girls);
  }
  for (const p of screened) if (p.outcome === 'suspected_victim') add(p.place, p.screenedOn, p.province, 'suspectedVictims', 1);

  const rows: ScreeningYieldRow[] = [];
  const total = emptyCounts();
  for (const place of INTAKE_PLACES.map((p) => p.code).filter((c) => cells.has(c))) {
    const byMonth = cells.get(place)!;
    const sum = emptyCounts();
    for (const month of months) {
      const counts = byMonth.get(month) ?? emptyCounts();
      rows.push(row('month', place, month, `${intakePlaceLabel(place)}, ${String(month).padStart(2, '0')}`, counts));
      addCounts(sum, counts);
    }
    rows.push(row('place', place, null, intakePlaceLabel(place), sum));
    addCounts(total, sum);
  }
  rows.push(row('total', null, null, 'Total', total));
  return { table: 'screening_yield', year: options.year, previousYear: options.year - 1, month: options.month ?? null, province: options.province ?? null, rows };
}

function emptyCounts(): Counts {
  return { current: { returnees: 0, suspectedVictims: 0 }, previous: { returnees: 0, suspectedVictims: 0 } };
}

function addCounts(into: Counts, counts: Counts): void {
  for (const period of ['current', 'previous'] as const) {
    into[period].returnees += counts[period].returnees;
    into[period].suspectedVictims += counts[period].suspectedVictims;
  }
}

/** Per 1,000, to 2 decimals; null without returnees. */
export function perThousand(suspectedVictims: number, returnees: number): number | null {
  return returnees === 0 ? null : Math.round((suspectedVictims / returnees) * 100_000) / 100;
}

function figuresOf(c: { returnees: number; suspectedVictims: number }): ScreeningYieldFigures {
  return { returnees: c.returnees, suspectedVictims: c.suspectedVictims, perThousand: perThousand(c.suspectedVictims, c.returnees) };
}

function row(level: ScreeningYieldRow['level'], place: string | null, month: number | null, label: string, counts: Counts): ScreeningYieldRow {
  const current = figuresOf(counts.current);
  const previous = figuresOf(counts.previous);
  return {
    level,
    place,
    month,
    label,
    current,
    previous,
    change: {
      returnees: changeOf(current.returnees, previous.returnees),
      suspectedVictims: changeOf(current.suspectedVictims, previous.suspectedVictims),
      perThousand: current.perThousand === null || previous.perThousand === null ? null : Math.round((current.perThousand - previous.perThousand) * 100) / 100,
    },
  };
}

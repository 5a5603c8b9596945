import { yearOf } from '@casetrail/kernel';
import { changeOf, type FigureChange } from '../law-enforcement/law-enforcement-figures';
import { figureChanges, sumFigures, zeroFiguresOf, type Figures } from '../court/court-figures';
import { countsInStatistics, type ProtectionCaseFacts } from './protection-case-facts';
import { organisationKindOf, organisationLabel, type OrganisationKindRow } from './protection-breakdowns';
import { coversProvince, type ProtectionTableOptions } from './protection-table';

/** The counts of the legal-aid and compensation table (report II.D.2), in column order. Definitions: docs/statistics.md. */
export const COMPENSATION_FIGURES = ['claimsFiled', 'victimsAwarded', 'victimsReceived'] as const;
export type CompensationFigure = (typeof COMPENSATION_FIGURES)[number];

/** Sums of money per ISO 4217 currency, in integer minor units; never converted. */
export type CurrencyAmounts = Record<string, number>;

export interface CompensationYear {
  counts: Figures<CompensationFigure>;
  /** Every currency of the table, 0 where none. */
  awarded: CurrencyAmounts;
  received: CurrencyAmounts;
}

export interface CompensationRow {
  level: 'organisation' | 'total';
  /** The supporting organisation's code; null on the total row. */
  organisation: string | null;
  kind: OrganisationKindRow | null;
  label: string;
  current: CompensationYear;
  previous: CompensationYear;
  change: { counts: Record<CompensationFigure, FigureChange>; awarded: Record<string, FigureChange>; received: Record<string, FigureChange> };
}

export interface CompensationTable {
  table: 'compensation';
  year: number;
  previousYear: number;
  province: string | null;
  figures: readonly CompensationFigure[];
  /** The currencies that occur in either year, by code: every row has each. */
  currencies: string[];
  /** One row per supporting organisation with a figure in either year (by code), then the total. */
  rows: CompensationRow[];
}

interface CompensationItem {
  organisation: string;
  province: string;
  counts?: Partial<Figures<CompensationFigure>>;
  awarded?: { amount: number; currency: string };
  received?: { amount: number; currency: string };
}

/**
 * Legal aid and compensation per supporting organisation in a year:
 * - `claimsFiled`: claims whose `filedOn` is in the year;
 * - `victimsAwarded`: persons with an award dated in the year, once each, in the row of the
 *   organisation supporting the claim of their first award of the year;
 * - `victimsReceived`: likewise with money received (`receivedOn`);
 * - `awarded`, `received`: every award and receipt dated in the year, summed per currency in the
 *   row of its claim's supporting organisation.
 * Each counts in the province of the case at its event. Pure; rows add up to the total.
 */
export function buildCompensationTable(facts: readonly ProtectionCaseFacts[], options: ProtectionTableOptions): CompensationTable {
  const { year } = options;
  const previousYear = year - 1;
  type Sums = { counts: Figures<CompensationFigure>; awarded: CurrencyAmounts; received: CurrencyAmounts };
  const empty = (): Sums => ({ counts: zeroFiguresOf(COMPENSATION_FIGURES), awarded: {}, received: {} });
  const perOrganisation = new Map<string, { current: Sums; previous: Sums }>();
  const total = { current: empty(), previous: empty() };
  const currencies = new Set<string>();
  const addTo = (sums: Sums, item: CompensationItem) => {
    sums.counts = sumFigures(COMPENSATION_FIGURES, sums.counts, { ...zeroFiguresOf(COMPENSATION_FIGURES), ...item.counts });
    for (const kind of ['awarded', 'received'] as const) {
      const money = item[kind];
      if (!money) continue;
      currencies.add(money.currency);
      sums[kind][money.currency] = (sums[kind][money.currency] ?? 0) + money.amount;
    }
  };
  for (const f of facts) {
    if (!countsInStatistics(f)) continue;
    for (const period of ['current', 'previous'] as const) {
      for (const item of compensationItems(f, period === 'current' ? year : previousYear)) {
        if (!coversProvince(options, item.province)) continue;
        const row = perOrganisation.get(item.organisation) ?? { current: empty(), previous: empty() };
        addTo(row[period], item);
        addTo(total[period], item);
        perOrganisation.set(item.organisation, row);
      }
    }
  }
  const codes = [...currencies].sort();
  const complete = (s: Sums): CompensationYear => ({
    counts: s.counts,
    awarded: Object.fromEntries(codes.map((c) => [c, s.awarded[c] ?? 0])),
    received: Object.fromEntries(codes.map((c) => [c, s.received[c] ?? 0])),
  });
  const row = (level: CompensationRow['level'], organisation: string | null, label: string, sums: { current: Sums; previous: Sums }): CompensationRow => {
    const current = complete(sums.current);
    const previous = complete(sums.previous);
    const moneyChange = (kind: 'awarded' | 'received') => Object.fromEntries(codes.map((c) => [c, changeOf(current[kind][c], previous[kind][c])]));
    return {
      level,
      organisation,
      kind: organisation === null ? null : organisationKindOf(organisation),
      label,
      current,
      previous,
      change: { counts: figureChanges(COMPENSATION_FIGURES, current.counts, previous.counts), awarded: moneyChange('awarded'), received: moneyChange('received') },
    };
  };
  const rows = [...perOrganisation.keys()].sort().map((code) => row('organisation', code, organisationLabel(code), perOrganisation.get(code)!));
  rows.push(row('total', null, 'Total', total));
  return { table: 'compensation', year, previousYear, province: options.province ?? null, figures: COMPENSATION_FIGURES, currencies: codes, rows };
}

/** What one case contributes to the compensation table of one year. */
export function compensationItems(f: ProtectionCaseFacts, year: number): CompensationItem[] {
  const items: CompensationItem[] = [];
  for (const c of f.claims) {
    if (yearOf(c.filedOn) === year) items.push({ organisation: c.supportingOrganisation, province: c.province, counts: { claimsFiled: 1 } });
  }
  const awards = f.claims
    .flatMap((c) => c.awards.map((a) => ({ organisation: c.supportingOrganisation, on: a.awardedOn, money: a })))
    .filter((a) => yearOf(a.on) === year)
    .sort((a, b) => a.on.localeCompare(b.on));
  awards.forEach((a, i) =>
    items.push({ organisation: a.organisation, province: a.money.province, counts: i === 0 ? { victimsAwarded: 1 } : {}, awarded: { amount: a.money.amount, currency: a.money.currency } }),
  );
  const receipts = f.claims
    .flatMap((c) => c.receipts.map((r) => ({ organisation: c.supportingOrganisation, on: r.receivedOn, money: r })))
    .filter((r) => yearOf(r.on) === year)
    .sort((a, b) => a.on.localeCompare(b.on));
  receipts.forEach((r, i) =>
    items.push({ organisation: r.organisation, province: r.money.province, counts: i === 0 ? { victimsReceived: 1 } : {}, received: { amount: r.money.amount, currency: r.money.currency } }),
  );
  return items;
}

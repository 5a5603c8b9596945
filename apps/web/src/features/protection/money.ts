import { currencyByCode } from '@casetrail/court-contracts';
import { formatMoney } from '../../i18n/format';
import type { ClaimRecord } from './types';

/*
 * Compensation is kept in integer minor units of its ISO 4217 currency and never converted: totals
 * are per currency, each formatted with that currency's own decimals.
 */

export function exponentOf(currency: string): number {
  return currencyByCode(currency)?.exponent ?? 2;
}

/** Major units typed by a person ("2000.50") to the integer minor units the API takes. */
export function toMinorUnits(major: number, currency: string): number {
  return Math.round(major * 10 ** exponentOf(currency));
}

export function formatMinorUnits(language: string, minor: number, currency: string): string {
  const exponent = exponentOf(currency);
  return formatMoney(language, minor / 10 ** exponent, currency, exponent);
}

export interface CurrencyTotal {
  currency: string;
  awarded: number;
  received: number;
  /** Awarded and not yet received. */
  outstanding: number;
  claims: number;
}

/** Awarded, received and outstanding per currency, in the order the currencies first appear. */
export function totalsPerCurrency(claims: readonly ClaimRecord[]): CurrencyTotal[] {
  const totals = new Map<string, CurrencyTotal>();
  const of = (currency: string) => {
    let t = totals.get(currency);
    if (!t) {
      t = { currency, awarded: 0, received: 0, outstanding: 0, claims: 0 };
      totals.set(currency, t);
    }
    return t;
  };
  for (const claim of claims) {
    if (claim.award) {
      const t = of(claim.award.currency);
      t.awarded += claim.award.amount;
      t.claims += 1;
    }
    for (const r of claim.receipts) of(r.currency).received += r.amount;
  }
  for (const t of totals.values()) t.outstanding = Math.max(0, t.awarded - t.received);
  return [...totals.values()];
}

/** What is left to receive on a claim (0 without an award). */
export function outstandingOf(claim: ClaimRecord): number {
  if (!claim.award) return 0;
  const received = claim.receipts.filter((r) => r.currency === claim.award!.currency).reduce((sum, r) => sum + r.amount, 0);
  return Math.max(0, claim.award.amount - received);
}

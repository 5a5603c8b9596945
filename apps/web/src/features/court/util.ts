import { currencyByCode } from '@casetrail/court-contracts';
import { formatNumber } from '../../i18n/format';
import type { FileState, HistoryEntry, Personal } from './types';

export { cambodianLocalToIso, isoToCambodianLocal, todayInCambodia } from '../../i18n/cambodia-time';

export function exponentOf(currency: string): number {
  return currencyByCode(currency)?.exponent ?? 2;
}

/** Major units typed by a person ("20000.50") to the integer minor units the API takes. */
export function toMinorUnits(major: number, currency: string): number {
  return Math.round(major * 10 ** exponentOf(currency));
}

export function formatMoney(language: string, minor: number, currency: string): string {
  const exponent = exponentOf(currency);
  try {
    return formatNumber(language, minor / 10 ** exponent, { style: 'currency', currency, minimumFractionDigits: exponent, maximumFractionDigits: exponent });
  } catch {
    return `${formatNumber(language, minor / 10 ** exponent)} ${currency}`;
  }
}

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value.trim());
}

/** How a person is named on screen: a number in the file, and the name only when the API gave it. */
export interface PersonLabel {
  kind: 'accused' | 'victim';
  number: number;
  /** The opened name, or what stands in for it. */
  name: { fullName: string } | 'restricted' | 'forgotten' | 'none';
}

function nameOf(personal: Personal | undefined): PersonLabel['name'] {
  if (!personal) return 'none';
  if ('restricted' in personal) return 'restricted';
  if ('forgotten' in personal) return 'forgotten';
  return personal.fullName ? { fullName: personal.fullName } : 'none';
}

/** Accused and victims numbered in the order they entered the file (the state keeps that order). */
export function labelsOfState(state: FileState): Map<string, PersonLabel> {
  const labels = new Map<string, PersonLabel>();
  Object.values(state.accused).forEach((a, i) => labels.set(a.personId, { kind: 'accused', number: i + 1, name: nameOf(a.personal) }));
  Object.values(state.victims).forEach((v, i) => labels.set(v.personId, { kind: 'victim', number: i + 1, name: nameOf(v.personal) }));
  return labels;
}

type PersonData = { personId: string; personal?: Personal };

/** The same numbering, read from the history's events (the history page does not load the file). */
export function labelsOfHistory(events: HistoryEntry[]): Map<string, PersonLabel> {
  const labels = new Map<string, PersonLabel>();
  let accused = 0;
  let victims = 0;
  const add = (kind: PersonLabel['kind'], p: PersonData) => {
    if (labels.has(p.personId)) return;
    labels.set(p.personId, { kind, number: kind === 'accused' ? ++accused : ++victims, name: nameOf(p.personal) });
  };
  for (const e of events) {
    const d = e.changes;
    if (e.type === 'court.PoliceCaseReceived') {
      for (const p of (d['accused'] as PersonData[] | undefined) ?? []) add('accused', p);
      for (const p of (d['victims'] as PersonData[] | undefined) ?? []) add('victim', p);
    } else if (e.type === 'court.AccusedAdded') add('accused', d as unknown as PersonData);
    else if (e.type === 'court.VictimAdded') add('victim', d as unknown as PersonData);
  }
  return labels;
}

import type { PoliceCaseFacts, VictimFacts } from '../law-enforcement/police-case-facts';
import { NONE } from '../protection/protection-breakdowns';
import { countsInStatistics, type ProtectionCaseFacts } from '../protection/protection-case-facts';
import { placeBreakdown } from './intake-breakdowns';
import type { ReferralFacts, ScreenedPersonFacts } from './intake-facts';
import { buildIntakeTable, type IntakeItem, type IntakeTable, type IntakeTableOptions } from './intake-table';

/** The figures of the referral chain, in column order. Definitions: docs/statistics.md. */
export const REFERRAL_CHAIN_FIGURES = ['referredToPolice', 'becamePoliceVictims', 'referredToProtection', 'protectionCasesOpened', 'policeRescues', 'rescuedAfterScreening'] as const;
export type ReferralChainFigure = (typeof REFERRAL_CHAIN_FIGURES)[number];
export const REFERRAL_CHAIN_DIMENSIONS = ['place'] as const;
export type ReferralChainDimension = (typeof REFERRAL_CHAIN_DIMENSIONS)[number];
export type ReferralChainTable = IntakeTable<ReferralChainFigure, ReferralChainDimension>;

/**
 * What the chain is computed from: the screened persons (those referred in the period and those
 * rescued in it, at least), the police cases (those with referred victims and those with rescues
 * in the period) and the protection cases of the persons referred to social affairs or partners.
 */
export interface ReferralChainFacts {
  screened: readonly ScreenedPersonFacts[];
  policeCases: readonly PoliceCaseFacts[];
  protectionCases: readonly ProtectionCaseFacts[];
}

type ChainRecord = { person: ScreenedPersonFacts } | { rescue: VictimFacts; province: string };

const BREAKDOWNS = [{ ...placeBreakdown('place'), last: [NONE] }] as const;

/**
 * Beyond the report: what became of the people screened at the borders, and where the police's
 * rescued victims came from. Per screened person, the first referral to the police (dated then) and
 * whether the police recorded them as a victim of a case (`enforcement.VictimReferred` with their
 * id); the first referral to social affairs or a partner and whether a protection case was opened
 * for them (`protection.ProtectionCaseOpened` with their id); per police rescue
 * (`enforcement.VictimRescued`), whether the victim's id is a screened person's. Referrals count in
 * the screening's place and province, rescues in the case's province (place: the screening's, else
 * `none`). Cases recorded in error count nowhere.
 */
export function buildReferralChainTable(facts: ReferralChainFacts, options: IntakeTableOptions): ReferralChainTable {
  const counted = facts.policeCases.filter((c) => !(c.status === 'closed' && c.closureReason === 'recorded_in_error'));
  const policeVictims = new Set(counted.flatMap((c) => c.referredVictims.map((v) => v.victimId)));
  const protectionCases = new Set(facts.protectionCases.filter(countsInStatistics).map((c) => c.personId));
  const screened = new Map(facts.screened.map((p) => [p.personId, p]));
  const records: ChainRecord[] = [
    ...facts.screened.map((person) => ({ person })),
    ...counted.flatMap((c) => c.victims.map((rescue) => ({ rescue, province: c.province }))),
  ];
  const itemsOf = (r: ChainRecord): IntakeItem<ReferralChainFigure, ReferralChainDimension>[] => {
    if ('rescue' in r) {
      const person = screened.get(r.rescue.victimId);
      return [{ date: r.rescue.rescuedOn, province: r.province, figures: { policeRescues: 1, rescuedAfterScreening: person ? 1 : 0 }, codes: { place: person?.place ?? NONE } }];
    }
    const p = r.person;
    const items: IntakeItem<ReferralChainFigure, ReferralChainDimension>[] = [];
    const police = firstReferral(p, ['police']);
    if (police) items.push({ date: police.referredOn, province: p.province, figures: { referredToPolice: 1, becamePoliceVictims: policeVictims.has(p.personId) ? 1 : 0 }, codes: { place: p.place } });
    const protection = firstReferral(p, ['social_affairs', 'partner_organisation']);
    if (protection) {
      items.push({ date: protection.referredOn, province: p.province, figures: { referredToProtection: 1, protectionCasesOpened: protectionCases.has(p.personId) ? 1 : 0 }, codes: { place: p.place } });
    }
    return items;
  };
  return buildIntakeTable('referral_chain', REFERRAL_CHAIN_FIGURES, BREAKDOWNS, itemsOf, records, options);
}

/** The earliest referral to one of the destinations (the first recorded among the same date). */
function firstReferral(p: ScreenedPersonFacts, destinations: readonly ReferralFacts['destination'][]): ReferralFacts | undefined {
  return p.referrals.filter((r) => destinations.includes(r.destination)).reduce<ReferralFacts | undefined>((first, r) => (first === undefined || r.referredOn < first.referredOn ? r : first), undefined);
}

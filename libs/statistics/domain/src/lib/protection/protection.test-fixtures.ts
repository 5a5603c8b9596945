import type { AgeBand, Sex } from '@casetrail/kernel';
import type { CompensationClaimFacts, IntegrationFacts, ProtectionCaseFacts, ShelterAdmissionFacts } from './protection-case-facts';

/** Synthetic protection-case facts for the table tests (no real person, no real case). */
export function aCase(overrides: Partial<ProtectionCaseFacts> = {}): ProtectionCaseFacts {
  const province = overrides.province ?? 'battambang';
  return {
    personId: 'P',
    province,
    currentProvince: province,
    receivedOn: '2020-03-01',
    channel: 'police_hand_over',
    receivedBy: `dosvy-${province}`,
    entryPoint: null,
    countryReturnedFrom: null,
    rescuedOn: '2020-02-27',
    sex: 'F',
    ageBand: '15_17',
    exploitationType: 'sexual',
    admissions: [],
    claims: [],
    integrations: [],
    closure: null,
    ...overrides,
  };
}

export function anAdmission(admittedOn: string, overrides: Partial<ShelterAdmissionFacts> = {}): ShelterAdmissionFacts {
  return {
    shelter: 'ngo-aple',
    admittedOn,
    sentBy: 'dosvy-battambang',
    exploitationType: 'sexual',
    sex: 'F',
    ageBand: '15_17',
    province: 'battambang',
    departedOn: null,
    ...overrides,
  };
}

export function aClaim(claimId: string, filedOn: string, overrides: Partial<CompensationClaimFacts> = {}): CompensationClaimFacts {
  return { claimId, supportingOrganisation: 'ngo-chab-dai', filedOn, province: 'battambang', awards: [], receipts: [], ...overrides };
}

export function anAward(awardedOn: string, amount: number, currency = 'USD', province = 'battambang') {
  return { amount, currency, awardedOn, source: 'recorded' as const, province };
}

export function aReceipt(receivedOn: string, amount: number, currency = 'USD', province = 'battambang') {
  return { amount, currency, receivedOn, province };
}

export function anIntegration(integratedOn: string, overrides: Partial<IntegrationFacts> & { ageBand?: AgeBand; sex?: Sex } = {}): IntegrationFacts {
  return {
    integratedBy: 'dosvy-battambang',
    integratedOn,
    province: 'battambang',
    exploitationType: 'sexual',
    sex: 'F',
    ageBand: '15_17',
    visits: [],
    ...overrides,
  };
}

export function aVisit(visitedOn: string, visitNumber = 1, visitedBy = 'dosvy-battambang') {
  return { visitNumber, visitedOn, outcome: 'stable' as const, visitedBy };
}

type Row = { level: string; dimension?: string | null; code?: string | null };

/** The current figures of a table's row (`dimension`/`code`), or of its total row. */
export function rowOf<R extends Row>(table: { rows: R[] }, dimension?: string, code?: string): R {
  const row = dimension === undefined ? table.rows.find((r) => r.level === 'total') : table.rows.find((r) => r.dimension === dimension && r.code === code);
  if (!row) throw new Error(`No row ${dimension ?? 'total'} ${code ?? ''}`);
  return row;
}

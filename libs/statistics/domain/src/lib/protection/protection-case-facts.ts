import type { AgeBand, ExploitationType, Sex } from '@casetrail/kernel';
import type {
  CaseClosureReason,
  CompensationAwardedData,
  FollowUpOutcome,
  ProtectionCaseEvent,
  ReceptionChannel,
} from '@casetrail/protection-contracts';
import { ProtectionCaseEventType as E } from '@casetrail/protection-contracts';

/**
 * The statistical facts of one protection case (one person), folded from its protection events.
 * Like the police-case and court-file facts it holds no name, no birth date, nothing of the
 * events' `personal` part (never read here): sex, age bands and exploitation type come in clear on
 * the events that count them, recorded when each command was decided. So forgetting the person
 * changes no fact and no figure.
 *
 * Every fact carries the province it counts in: the case's province at that event. That is the
 * opening's `province` until the person is integrated, then the integration's `province` (where
 * the person now lives) for the integration and everything after it.
 */
export interface ProtectionCaseFacts {
  personId: string;
  /** The province of the opening: where the reception counts. */
  province: string;
  /** The case's province now (the opening's, then the latest integration's). */
  currentProvince: string;
  receivedOn: string;
  channel: ReceptionChannel;
  receivedBy: string;
  /** Airport or checkpoint (kernel `ENTRY_POINTS`); null when the reception names none. */
  entryPoint: string | null;
  /** ISO 3166-1 alpha-3; null when the person did not return from abroad. */
  countryReturnedFrom: string | null;
  /** The police rescue, for a person handed over by the police; null otherwise. */
  rescuedOn: string | null;
  /** At the reception (band on `ageBandOn`: the rescue or the reception). */
  sex: Sex;
  ageBand: AgeBand;
  exploitationType: ExploitationType;
  admissions: ShelterAdmissionFacts[];
  claims: CompensationClaimFacts[];
  integrations: IntegrationFacts[];
  /** Null while open (a reopening clears it). */
  closure: { closedOn: string; reason: CaseClosureReason } | null;
}

export interface ShelterAdmissionFacts {
  shelter: string;
  admittedOn: string;
  sentBy: string;
  /** At admission, as the event carries them. */
  exploitationType: ExploitationType;
  sex: Sex;
  ageBand: AgeBand;
  province: string;
  /** Null while the person is in that shelter. */
  departedOn: string | null;
}

export interface MoneyFacts {
  /** Integer minor units of `currency` (ISO 4217), never converted. */
  amount: number;
  currency: string;
  /** The case's province at the award or receipt. */
  province: string;
}

export interface CompensationClaimFacts {
  claimId: string;
  supportingOrganisation: string;
  filedOn: string;
  province: string;
  awards: Array<MoneyFacts & { awardedOn: string; source: CompensationAwardedData['source'] }>;
  receipts: Array<MoneyFacts & { receivedOn: string }>;
}

export interface FollowUpVisitFacts {
  visitNumber: number;
  visitedOn: string;
  outcome: FollowUpOutcome;
  visitedBy: string;
}

export interface IntegrationFacts {
  integratedBy: string;
  integratedOn: string;
  /** Where the person now lives: the province of the integration and of its follow-ups. */
  province: string;
  /** At integration, as the event carries them. */
  exploitationType: ExploitationType;
  sex: Sex;
  ageBand: AgeBand;
  /** The follow-up visits after this integration, in the order recorded. */
  visits: FollowUpVisitFacts[];
}

/** Folds one protection event into a case's facts (`null` before the case is opened). Pure. */
export function applyProtectionEvent(facts: ProtectionCaseFacts | null, event: { type: string; data: unknown }): ProtectionCaseFacts {
  const e = event as ProtectionCaseEvent;
  if (e.type === E.ProtectionCaseOpened) {
    if (facts) throw new Error(`Protection case ${facts.personId} is opened twice in its stream`);
    // Only what the tables need is copied: never `personal`, `ageInYears` or nationality.
    const d = e.data;
    return {
      personId: d.personId,
      province: d.province,
      currentProvince: d.province,
      receivedOn: d.receivedOn,
      channel: d.channel,
      receivedBy: d.receivedBy,
      entryPoint: d.entryPoint ?? null,
      countryReturnedFrom: d.countryReturnedFrom ?? null,
      rescuedOn: d.rescuedOn ?? null,
      sex: d.sex,
      ageBand: d.ageBand,
      exploitationType: d.exploitationType,
      admissions: [],
      claims: [],
      integrations: [],
      closure: null,
    };
  }
  if (!facts) throw new Error(`Event ${event.type} arrived before the protection case was opened`);
  const province = facts.currentProvince;
  switch (e.type) {
    case E.ConsentRecorded:
    case E.CaseReferred:
    case E.ServiceDelivered:
    case E.FamilyAssessed:
      // Not counted by any II.D table.
      return facts;
    case E.ShelterAdmitted: {
      const { shelter, admittedOn, sentBy, exploitationType, sex, ageBand } = e.data;
      return { ...facts, admissions: [...facts.admissions, { shelter, admittedOn, sentBy, exploitationType, sex, ageBand, province, departedOn: null }] };
    }
    case E.ShelterDeparted: {
      const { departedOn } = e.data;
      const last = facts.admissions.length - 1;
      return { ...facts, admissions: facts.admissions.map((a, i) => (i === last && a.departedOn === null ? { ...a, departedOn } : a)) };
    }
    case E.CompensationClaimFiled: {
      const { claimId, supportingOrganisation, filedOn } = e.data;
      return { ...facts, claims: [...facts.claims, { claimId, supportingOrganisation, filedOn, province, awards: [], receipts: [] }] };
    }
    case E.CompensationAwarded: {
      const { claimId, amount, currency, awardedOn, source } = e.data;
      return updateClaim(facts, claimId, (c) => ({ awards: [...c.awards, { amount, currency, awardedOn, source, province }] }));
    }
    case E.CompensationReceived: {
      const { claimId, amount, currency, receivedOn } = e.data;
      return updateClaim(facts, claimId, (c) => ({ receipts: [...c.receipts, { amount, currency, receivedOn, province }] }));
    }
    case E.PersonIntegrated: {
      const d = e.data;
      const integration: IntegrationFacts = {
        integratedBy: d.integratedBy,
        integratedOn: d.integratedOn,
        province: d.province,
        exploitationType: d.exploitationType,
        sex: d.sex,
        ageBand: d.ageBand,
        visits: [],
      };
      return { ...facts, currentProvince: d.province, integrations: [...facts.integrations, integration] };
    }
    case E.FollowUpVisited: {
      const { visitNumber, visitedOn, outcome, visitedBy } = e.data;
      const last = facts.integrations.length - 1;
      // The decider allows visits after an integration only; anything else changes nothing.
      if (last < 0) return facts;
      return {
        ...facts,
        integrations: facts.integrations.map((i, k) => (k === last ? { ...i, visits: [...i.visits, { visitNumber, visitedOn, outcome, visitedBy }] } : i)),
      };
    }
    case E.ProtectionCaseClosed: {
      const { closedOn, reason } = e.data;
      return { ...facts, closure: { closedOn, reason } };
    }
    case E.ProtectionCaseReopened:
      return { ...facts, closure: null };
    default: {
      const unexpected: never = e;
      throw new Error(`Unknown protection event type ${(unexpected as { type: string }).type}`);
    }
  }
}

/** Folds a whole protection-case stream. */
export function protectionCaseFactsOf(events: readonly { type: string; data: unknown }[]): ProtectionCaseFacts | null {
  return events.reduce<ProtectionCaseFacts | null>(applyProtectionEvent, null);
}

/** A case closed as recorded in error (and not reopened) counts in no table, as a police case. */
export function countsInStatistics(facts: ProtectionCaseFacts): boolean {
  return facts.closure?.reason !== 'recorded_in_error';
}

function updateClaim(
  facts: ProtectionCaseFacts,
  claimId: string,
  change: (c: CompensationClaimFacts) => Partial<CompensationClaimFacts>,
): ProtectionCaseFacts {
  // The decider names only claims of the case; like its own evolve, anything else changes nothing.
  return { ...facts, claims: facts.claims.map((c) => (c.claimId === claimId ? { ...c, ...change(c) } : c)) };
}

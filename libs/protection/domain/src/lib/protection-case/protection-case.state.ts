import {
  ProtectionCaseEventType as E,
  type CaseClosureReason,
  type CaseReferredData,
  type CompensationAwardedData,
  type ConsentToShare,
  type ConsentGiver,
  type FamilyAssessedData,
  type FollowUpVisitedData,
  type PersonIntegratedData,
  type ProtectionCaseEvent,
  type ReceptionChannel,
  type ServiceDeliveredData,
  type ShelterDepartureReason,
} from '@casetrail/protection-contracts';
import { openedBirthDateOf, type AgeBand, type ExploitationType, type PersonalPart, type Sex } from '@casetrail/kernel';

/**
 * Where a case is: `open` from reception, `integrated` after an integration into the community
 * (follow-up visits allowed), `closed` from any stage (a reopening goes back to the stage before).
 */
export type ProtectionCaseStage = 'not_opened' | 'open' | 'integrated' | 'closed';

/** The person as received: band facts in clear, name and birth date only in `personal`. */
export interface ProtectedPerson {
  personId: string;
  sex: Sex;
  nationality: string;
  ageInYears: number | null;
  ageBand: AgeBand;
  ageBandOn: string;
  /** Only when the service opened `personal` before deciding (never stored). */
  birthDate: string | null;
  personal: PersonalPart;
}

export interface ShelterStay {
  shelter: string;
  shelterProvince: string;
  admittedOn: string;
  sentBy: string;
  departedOn: string | null;
  departureReason: ShelterDepartureReason | null;
}

export interface ClaimReceipt {
  amount: number;
  currency: string;
  receivedOn: string;
}

export interface ClaimRecord {
  claimId: string;
  courtFileId: string | null;
  supportingOrganisation: string;
  filedOn: string;
  award: Omit<CompensationAwardedData, 'claimId'> | null;
  receipts: ClaimReceipt[];
  /** Sum of the receipts, in the award's currency's minor units. */
  received: number;
}

/** One integration into the community, with its follow-up visits (numbered from 1). */
export interface IntegrationRecord extends PersonIntegratedData {
  visits: FollowUpVisitedData[];
}

/** One protection case (one per person), as folded from its stream. Plain data: safe to serialise. */
export interface ProtectionCaseState {
  stage: ProtectionCaseStage;
  personId: string | null;
  province: string | null;
  receivedOn: string | null;
  channel: ReceptionChannel | null;
  receivedBy: string | null;
  entryPoint: string | null;
  countryReturnedFrom: string | null;
  handOver: { policeCaseId: string; handedOverBy: string; rescuedOn: string } | null;
  person: ProtectedPerson | null;
  exploitationType: ExploitationType | null;
  consent: { givenBy: ConsentGiver; recordedOn: string; sharing: ConsentToShare[] } | null;
  referrals: CaseReferredData[];
  shelterStays: ShelterStay[];
  services: ServiceDeliveredData[];
  claims: Record<string, ClaimRecord>;
  familyAssessments: FamilyAssessedData[];
  integrations: IntegrationRecord[];
  closure: { closedOn: string; reason: CaseClosureReason } | null;
  /** The stage a reopening returns to. */
  stageBeforeClosing: Exclude<ProtectionCaseStage, 'closed' | 'not_opened'> | null;
  reopenings: Array<{ reopenedOn: string; justification: string }>;
  /** How many integrations the case had when last reopened: one more may follow a reopening. */
  integrationsAtLastReopening: number;
}

export function initialProtectionCaseState(): ProtectionCaseState {
  return {
    stage: 'not_opened',
    personId: null,
    province: null,
    receivedOn: null,
    channel: null,
    receivedBy: null,
    entryPoint: null,
    countryReturnedFrom: null,
    handOver: null,
    person: null,
    exploitationType: null,
    consent: null,
    referrals: [],
    shelterStays: [],
    services: [],
    claims: {},
    familyAssessments: [],
    integrations: [],
    closure: null,
    stageBeforeClosing: null,
    reopenings: [],
    integrationsAtLastReopening: 0,
  };
}

/** The shelter the person is in now, or null. */
export function currentShelterStay(state: ProtectionCaseState): ShelterStay | null {
  const last = state.shelterStays[state.shelterStays.length - 1];
  return last && last.departedOn === null ? last : null;
}

/** The organisations the case is referred to (a partner worker's scope). */
export function referredOrganisations(state: ProtectionCaseState): string[] {
  return [...new Set(state.referrals.map((r) => r.organisation))];
}

/** The latest integration, or null. */
export function latestIntegration(state: ProtectionCaseState): IntegrationRecord | null {
  return state.integrations[state.integrations.length - 1] ?? null;
}

/** Integrated since the case was opened, or since its last reopening (a second integration waits for one). */
export function integratedSinceLastReopening(state: ProtectionCaseState): boolean {
  return state.integrations.length > state.integrationsAtLastReopening;
}

/** The latest family assessment, or null. */
export function latestFamilyAssessment(state: ProtectionCaseState): FamilyAssessedData | null {
  return state.familyAssessments[state.familyAssessments.length - 1] ?? null;
}

export function evolveProtectionCase(state: ProtectionCaseState, event: ProtectionCaseEvent): ProtectionCaseState {
  switch (event.type) {
    case E.ProtectionCaseOpened: {
      const d = event.data;
      return {
        ...state,
        stage: 'open',
        personId: d.personId,
        province: d.province,
        receivedOn: d.receivedOn,
        channel: d.channel,
        receivedBy: d.receivedBy,
        entryPoint: d.entryPoint ?? null,
        countryReturnedFrom: d.countryReturnedFrom ?? null,
        handOver:
          d.policeCaseId !== undefined && d.handedOverBy !== undefined && d.rescuedOn !== undefined
            ? { policeCaseId: d.policeCaseId, handedOverBy: d.handedOverBy, rescuedOn: d.rescuedOn }
            : null,
        person: {
          personId: d.personId,
          sex: d.sex,
          nationality: d.nationality,
          ageInYears: d.ageInYears ?? null,
          ageBand: d.ageBand,
          ageBandOn: d.ageBandOn,
          birthDate: openedBirthDateOf(d.personal),
          personal: { ...d.personal },
        },
        exploitationType: d.exploitationType,
      };
    }
    case E.ConsentRecorded: {
      const d = event.data;
      return { ...state, consent: { givenBy: d.givenBy, recordedOn: d.recordedOn, sharing: d.sharing.map((s) => ({ ...s, purposes: [...s.purposes] })) } };
    }
    case E.CaseReferred:
      return { ...state, referrals: [...state.referrals, { ...event.data }] };
    case E.ShelterAdmitted: {
      const d = event.data;
      const stay: ShelterStay = { shelter: d.shelter, shelterProvince: d.shelterProvince, admittedOn: d.admittedOn, sentBy: d.sentBy, departedOn: null, departureReason: null };
      return { ...state, shelterStays: [...state.shelterStays, stay] };
    }
    case E.ShelterDeparted: {
      const current = currentShelterStay(state);
      if (!current) return state;
      const { departedOn, reason } = event.data;
      return { ...state, shelterStays: state.shelterStays.map((s) => (s === current ? { ...s, departedOn, departureReason: reason } : s)) };
    }
    case E.ServiceDelivered:
      return { ...state, services: [...state.services, { ...event.data }] };
    case E.CompensationClaimFiled: {
      const d = event.data;
      const claim: ClaimRecord = {
        claimId: d.claimId,
        courtFileId: d.courtFileId ?? null,
        supportingOrganisation: d.supportingOrganisation,
        filedOn: d.filedOn,
        award: null,
        receipts: [],
        received: 0,
      };
      return { ...state, claims: { ...state.claims, [d.claimId]: claim } };
    }
    case E.CompensationAwarded: {
      const { claimId, ...award } = event.data;
      return updateClaim(state, claimId, () => ({ award }));
    }
    case E.CompensationReceived: {
      const { claimId, ...receipt } = event.data;
      return updateClaim(state, claimId, (c) => ({ receipts: [...c.receipts, receipt], received: c.received + receipt.amount }));
    }
    case E.FamilyAssessed:
      return { ...state, familyAssessments: [...state.familyAssessments, { ...event.data }] };
    case E.PersonIntegrated: {
      const d = event.data;
      const integration: IntegrationRecord = { ...d, followUpScheduleMonths: [...d.followUpScheduleMonths], visits: [] };
      return { ...state, stage: 'integrated', integrations: [...state.integrations, integration] };
    }
    case E.FollowUpVisited: {
      const last = latestIntegration(state);
      if (!last) return state;
      const visited = { ...last, visits: [...last.visits, { ...event.data }] };
      return { ...state, integrations: [...state.integrations.slice(0, -1), visited] };
    }
    case E.ProtectionCaseClosed: {
      const stageBeforeClosing = state.stage === 'integrated' ? 'integrated' : 'open';
      return { ...state, stage: 'closed', closure: { ...event.data }, stageBeforeClosing };
    }
    case E.ProtectionCaseReopened:
      return {
        ...state,
        stage: state.stageBeforeClosing ?? 'open',
        closure: null,
        stageBeforeClosing: null,
        reopenings: [...state.reopenings, { ...event.data }],
        integrationsAtLastReopening: state.integrations.length,
      };
    default: {
      const unexpected: never = event;
      throw new Error(`Unknown protection-case event ${(unexpected as { type: string }).type}`);
    }
  }
}

function updateClaim(state: ProtectionCaseState, claimId: string, change: (c: ClaimRecord) => Partial<ClaimRecord>): ProtectionCaseState {
  const claim = state.claims[claimId];
  if (!claim) return state;
  return { ...state, claims: { ...state.claims, [claimId]: { ...claim, ...change(claim) } } };
}

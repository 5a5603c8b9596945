import type {
  CaseClosureReason,
  CaseReferredData,
  ConsentGiver,
  ConsentToShare,
  FamilyAssessedData,
  FollowUpVisitedData,
  ReceptionChannel,
  ServiceDeliveredData,
  ShelterDepartureReason,
} from '@casetrail/protection-contracts';
import type { HistoryEntry } from '../../history/types';
import type { PersonalView } from '../../ui/personalShown';

/*
 * The protection API's read answers (libs/protection/api): the case as its state folds it
 * (libs/protection/domain, protection-case.state.ts), the list's summaries, the overdue visits and
 * the journey. Written from the contracts' data types, so the screens read the same fields the
 * server folds.
 */

/**
 * A person's identifying part as the API discloses it: opened (`fullName`, `birthDate`) for a
 * reader the role and the consent allow, `{ restricted: true }` (withheld) otherwise,
 * `{ forgotten: true }` once the person's key was destroyed, `{}` when nothing was recorded.
 */
export type { PersonalView };

export type Stage = 'not_opened' | 'open' | 'integrated' | 'closed';

export interface ProtectedPerson {
  personId: string;
  sex: 'F' | 'M';
  nationality: string;
  ageInYears: number | null;
  ageBand: string;
  ageBandOn: string;
  birthDate?: string | null;
  personal: PersonalView;
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
  award: { amount: number; currency: string; awardedOn: string; source: 'court' | 'recorded' } | null;
  receipts: ClaimReceipt[];
  /** Sum of the receipts, in minor units of the award's currency. */
  received: number;
}

export interface IntegrationRecord {
  integratedBy: string;
  integratedOn: string;
  province: string;
  followUpScheduleMonths: number[];
  followUpWorker: string;
  exploitationType: string;
  sex: string;
  ageBand: string;
  visits: FollowUpVisitedData[];
}

export interface CaseState {
  stage: Stage;
  personId: string | null;
  province: string | null;
  receivedOn: string | null;
  channel: ReceptionChannel | null;
  receivedBy: string | null;
  entryPoint: string | null;
  countryReturnedFrom: string | null;
  handOver: { policeCaseId: string; handedOverBy: string; rescuedOn: string } | null;
  person: ProtectedPerson | null;
  exploitationType: string | null;
  consent: { givenBy: ConsentGiver; recordedOn: string; sharing: ConsentToShare[] } | null;
  referrals: CaseReferredData[];
  shelterStays: ShelterStay[];
  services: ServiceDeliveredData[];
  claims: Record<string, ClaimRecord>;
  familyAssessments: FamilyAssessedData[];
  integrations: IntegrationRecord[];
  closure: { closedOn: string; reason: CaseClosureReason } | null;
  stageBeforeClosing: 'open' | 'integrated' | null;
  reopenings: { reopenedOn: string; justification: string }[];
}

/** A visit of the follow-up schedule (the server counts them at `on`, today in Cambodia). */
export interface FollowUpDue {
  visitNumber: number;
  monthsAfterIntegration: number;
  dueOn: string;
  integratedOn: string;
  integratedBy: string;
  /** Where the person lives since the integration. */
  province: string;
  followUpWorker: string;
  visitedOn: string | null;
  /** Not made, and due before `on`. */
  overdue: boolean;
}

/** GET /api/protection/cases/{personId}: the state with its revision (also the ETag) and its visits due. */
export interface CaseView {
  personId: string;
  revision: number;
  /** The instant the state is shown as of; null for the current state. */
  asOf: string | null;
  state: CaseState;
  followUps?: { on: string; visits: FollowUpDue[] };
}

/** A loaded case with the `If-Match` value the next command sends. */
export interface LoadedCase {
  view: CaseView;
  etag: string;
}

/** One row of GET /api/protection/cases (no personal data). */
export interface CaseSummary {
  personId: string;
  province: string;
  status: 'open' | 'integrated' | 'closed';
  channel: ReceptionChannel;
  receivedOn: string;
  receivedBy: string;
  sex: string;
  ageBand: string;
  exploitationType: string;
  referredTo: string[];
  consentRecorded: boolean;
  /** The organisation whose shelter the person is in now, or null. */
  inShelter: string | null;
  integration: { integratedBy: string; integratedOn: string; province: string } | null;
  closedOn: string | null;
  lastChangedAt: string;
}

export interface CaseListPage {
  items: CaseSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export interface CaseHistory {
  personId: string;
  events: HistoryEntry[];
}

/** One visit due and not made (GET /api/protection/follow-ups/overdue). */
export interface OverdueVisit extends FollowUpDue {
  personId: string;
  /** The case's province (the visit's `province` is where the person lives). */
  caseProvince: string;
  daysOverdue: number;
}

export interface OverduePage {
  /** The day (in Cambodia) the visits are overdue on. */
  on: string;
  items: OverdueVisit[];
  total: number;
  page: number;
  pageSize: number;
  /** Overdue visits per worker and province (where the person lives). */
  workers: { worker: string; province: string; overdue: number }[];
}

/** One step of GET /api/protection/cases/{personId}/journey: never a name, only codes and amounts. */
export interface JourneyStep {
  personId: string;
  on: string;
  context: 'enforcement' | 'court' | 'protection' | string;
  recordId: string;
  step: string;
  details: Record<string, string | number | null>;
  revision: number;
}

export interface Journey {
  personId: string;
  province: string;
  steps: JourneyStep[];
}

export type { HistoryEntry };

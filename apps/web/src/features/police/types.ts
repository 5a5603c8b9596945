import type { HistoryEntry as SharedHistoryEntry } from '../../history/types';
/*
 * The shapes of the enforcement API's answers that its OpenAPI document leaves untyped (the case
 * view, its history, the list page), as the API sends them (libs/enforcement: the case state and
 * the summary projection; libs/platform/access-audit: history entries).
 */

export type CaseStatus = 'not_opened' | 'open' | 'forwarded' | 'closed';

/**
 * The identifying part of a person as a reader gets it: opened (`fullName`, `birthDate`) for
 * roles that may see it, `{ restricted: true }` for the others, `{ forgotten: true }` once the
 * person was forgotten, `{}` when nothing identifying was recorded.
 */
export interface PersonalView {
  fullName?: string;
  birthDate?: string;
  restricted?: true;
  forgotten?: true;
}

export interface SuspectView {
  suspectId: string;
  sex: 'F' | 'M';
  birthDate: string | null;
  ageAtIdentification: number | null;
  ageBandAtIdentification: string;
  nationality: string;
  identifiedOn: string;
  status: 'identified' | 'arrested' | 'released';
  arrestedOn: string | null;
  ageBandAtArrest: string | null;
  releasedOn: string | null;
  releaseReason: string | null;
  personal: PersonalView;
}

export interface VictimView {
  victimId: string;
  sex: 'F' | 'M';
  birthDate: string | null;
  ageAtRescue: number | null;
  ageBand: string;
  nationality: string;
  exploitationType: string;
  rescuedOn: string;
  handedOver: { destination: string; handedOverOn: string; organisation: string | null } | null;
  personal: PersonalView;
}

export interface CaseState {
  status: CaseStatus;
  caseId: string | null;
  unit: { code: string; type: string } | null;
  province: string | null;
  offences: string[];
  openedOn: string | null;
  reference: string | null;
  suspects: Record<string, SuspectView>;
  victims: Record<string, VictimView>;
  forwardedOn: string | null;
  forwardedSuspectIds: string[];
  court: string | null;
  closedOn: string | null;
  closureReason: string | null;
  reopenedOn: string | null;
}

/** GET /api/enforcement/cases/{caseId}: the state with its revision (also the ETag). */
export interface CaseView {
  caseId: string;
  /** 0 for a case just opened; the ETag is `"<revision>"`. */
  revision: number;
  /** The instant the view is as of (ISO, UTC); null for the current state. */
  asOf: string | null;
  state: CaseState;
}

/** One event of GET /api/enforcement/cases/{caseId}/history (the shared shape, its `changes` read as fields). */
export type HistoryEntry = SharedHistoryEntry<Record<string, unknown>>;

export interface CaseHistory {
  caseId: string;
  events: HistoryEntry[];
}

/** One row of GET /api/enforcement/cases (no personal data). */
export interface CaseSummary {
  caseId: string;
  province: string;
  unitCode: string;
  unitType: string;
  status: CaseStatus;
  offences: string[];
  principalOffence: string;
  openedOn: string;
  year: number;
  reference: string | null;
  suspects: number;
  arrestedSuspectIds: string[];
  victims: number;
  victimsHandedOver: number;
  revision: number;
  lastChangedAt: string;
}

export interface CaseListPage {
  items: CaseSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export type PoliceUnitType = 'ahtjp_department' | 'provincial_police' | 'gendarmerie' | 'anti_cyber_crime';

import type { PersonCounts, ReferralDestination, UploadKind, UploadRefusal } from '@casetrail/intake-contracts';
import type { HistoryEntry } from '../../history/types';
import type { LoadedRecord } from '../../ui/commands/concurrency';
import type { PersonalView } from '../../ui/personalShown';

/*
 * What the intake API answers (libs/intake/api, the design's routes under /api/intake): the
 * records as their pages show them, the paged lists, the history, an upload's answer. Personal
 * data as protection gives it: opened for roles that may see it, `{ restricted: true }` for the
 * others, `{ forgotten: true }` once the person's key was destroyed, `{}` when none was recorded.
 */

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ReceptionFiguresView {
  place: string;
  province: string;
  receivedOn: string;
  receivedBy: string;
  returnedBy: string;
  countryReturnedFrom: string;
  reason: string;
  counts: PersonCounts;
}

export interface ReceptionSummary extends ReceptionFiguresView {
  receptionId: string;
  reference: string;
  /** `recorded` or `withdrawn` (recorded in error: the statistics leave it out). */
  status: string;
  persons: number;
  corrections: number;
}

export interface ReceptionView extends ReceptionFiguresView {
  receptionId: string;
  reference: string;
  revision: number;
  /** The instant asked for (`?asOf=`), or null for the current version. */
  asOf: string | null;
  withdrawn: { withdrawnOn: string; justification: string } | null;
  /** How many corrections superseded the first figures. */
  corrections: number;
}

export type { PersonalView };

export interface ReferralView {
  destination: ReferralDestination;
  referredOn: string;
  organisation?: string | null;
  policeUnit?: string | null;
  policeCaseId?: string | null;
  suspectedOffence?: string | null;
  province: string;
}

export interface PersonSummary {
  personId: string;
  reference: string;
  place: string;
  province: string;
  screenedOn: string;
  outcome: string;
  exploitationIndicated?: string | null;
  sex: string;
  ageBand: string;
  nationality: string;
  referrals: ReferralView[];
}

export interface PersonView {
  personId: string;
  reference: string;
  receptionId: string;
  revision: number;
  asOf: string | null;
  place: string;
  province: string;
  screenedOn: string;
  screenedBy: string;
  outcome: string;
  exploitationIndicated?: string;
  sex: string;
  nationality: string;
  countryReturnedFrom: string;
  ageInYears?: number;
  ageBand: string;
  personal?: PersonalView;
  referrals: ReferralView[];
  /** How many later interviews revised the outcome. */
  revisions: number;
}

export interface ReferralItem extends ReferralView {
  personId: string;
  place: string;
  screenedOn: string;
  screeningProvince: string;
  outcome: string;
  exploitationType?: string | null;
  sex: string;
  ageBand: string;
  nationality: string;
}

export interface BodyFiguresView {
  place: string;
  province: string;
  receivedOn: string;
  receivedBy: string;
  broughtBy: string;
  countryOfDeath: string;
  sex: string;
  cause: string;
}

export interface BodySummary extends BodyFiguresView {
  bodyId: string;
  reference: string;
}

export interface BodyView extends BodyFiguresView {
  bodyId: string;
  reference: string;
  revision: number;
  asOf: string | null;
  corrections: number;
}

export interface UploadAnswer {
  uploadId: string;
  kind: UploadKind;
  format: 'csv' | 'xlsx';
  fileName?: string;
  rows: number;
  accepted: number;
  alreadyRecorded: number;
  refused: number;
  refusals: UploadRefusal[];
  repeated?: boolean;
  /** On the list of past uploads: when it completed, and by whom. */
  uploadedAt?: string;
  uploadedBy?: string;
  /** `GET /api/intake/uploads/:uploadId`: `running` (the counts so far) or `completed`. */
  status?: 'running' | 'completed';
}

export interface RecordHistory {
  events: HistoryEntry[];
}

export type LoadedReception = LoadedRecord<ReceptionView>;
export type LoadedPerson = LoadedRecord<PersonView>;
export type LoadedBody = LoadedRecord<BodyView>;

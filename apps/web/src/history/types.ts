/**
 * A record's history as `GET /api/enforcement/cases/{caseId}/history` and
 * `GET /api/court/files/{fileId}/history` answer it (the OpenAPI document gives no body schema for
 * these routes; this is the server's `HistoryEntry`, libs/platform/access-audit).
 */
export interface HistoryActor {
  userId: string;
  /** A casetrail role, or `system` for a reactor. */
  role: string;
  unit?: string;
  province?: string;
}

/** `C`: how a screen reads `changes` (police and court screens read them as a record of fields). */
export interface HistoryEntry<C = unknown> {
  revision: number;
  globalPosition: number;
  /** The permanent event type, e.g. `enforcement.SuspectArrested`. */
  type: string;
  schemaVersion: number;
  occurredAt: string;
  recordedAt: string;
  actor: HistoryActor;
  correlationId: string;
  causationId: string | null;
  /**
   * The event's data. Any `personal` part is opened for roles that may see it
   * (`{ fullName?, birthDate? }`), `{ restricted: true }` for the others, `{ forgotten: true }`
   * once the person's key was destroyed, `{}` when nothing identifying was recorded.
   */
  changes: C;
}

export interface PoliceCaseHistory {
  caseId: string;
  events: HistoryEntry[];
}

export interface CourtFileHistory {
  fileId: string;
  events: HistoryEntry[];
}

/** The records whose history can be read, as the access log names them. */
export type RecordType = 'police-case' | 'court-file';

export const RECORD_TYPES: readonly RecordType[] = ['police-case', 'court-file'];

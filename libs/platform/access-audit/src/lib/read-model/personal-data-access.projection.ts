import type { RecordedEvent } from '@casetrail/event-sourcing';
import type { Projection } from '@casetrail/read-models';
import {
  ACCESS_AUDIT_STREAM_PREFIX,
  AccessAuditEventType,
  type AuditedRecordType,
  type PersonalDataAccessedData,
} from '../events/access-audit.events';

/** One disclosure of identifying data, as auditors list it. Names no one. */
export interface PersonalDataAccessRecord {
  accessId: string;
  userId: string;
  role: string;
  unit: string | null;
  recordType: AuditedRecordType;
  recordId: string;
  recordProvince: string;
  personIds: string[];
  /** `personIds` as keys: lets the store filter on one person with plain equality (`persons.<id>`). */
  persons: Record<string, true>;
  route: string;
  purpose: string | null;
  /** When the access was recorded (just before the data was sent). */
  at: string;
  correlationId: string;
  /** Global log position: orders accesses recorded within the same millisecond. */
  position: number;
}

/**
 * One document per access EVENT (document id = event id). The runner's rule "a document is fed by
 * ONE stream" holds a fortiori: each document is fed by exactly one event of one stream, so its
 * marker makes a replay or redelivery a no-op like any other.
 */
export const personalDataAccessProjection: Projection<PersonalDataAccessRecord> = {
  name: 'audit.personal-data-access',
  version: 1,
  collection: 'audit_personal_data_access',
  handles: [AccessAuditEventType.PersonalDataAccessed],
  documentId: (event: RecordedEvent) => (event.streamId.startsWith(ACCESS_AUDIT_STREAM_PREFIX) ? event.eventId : null),
  apply(current, event) {
    // An access is a fact: recorded once, never changed.
    if (current) return current;
    const d = event.data as PersonalDataAccessedData;
    return {
      accessId: event.eventId,
      userId: event.actor.userId,
      role: event.actor.role,
      unit: event.actor.unit ?? null,
      recordType: d.recordType,
      recordId: d.recordId,
      recordProvince: d.recordProvince,
      personIds: [...d.personIds],
      persons: Object.fromEntries(d.personIds.map((id) => [id, true as const])),
      route: d.route,
      purpose: d.purpose ?? null,
      at: event.recordedAt,
      correlationId: event.correlationId,
      position: event.globalPosition,
    };
  },
};

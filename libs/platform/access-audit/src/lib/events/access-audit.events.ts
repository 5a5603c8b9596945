import type { DomainEvent, EventTypeDefinition } from '@casetrail/event-sourcing';

/** Permanent event type strings of the access audit trail. */
export const AccessAuditEventType = {
  PersonalDataAccessed: 'audit.PersonalDataAccessed',
} as const;

/**
 * A kind of record whose reads disclose identifying data (`police-case`, `court-file`). Each
 * context declares its own (`BoundedContext.auditedRecordTypes`) and the recorder refuses any
 * other; the event checks the shape only, so an access recorded by a context no longer hosted
 * stays readable.
 */
export type AuditedRecordType = string;
const RECORD_TYPE = /^[a-z][a-z0-9-]{0,49}$/;

/**
 * Identifying data of some people was shown to a user. Who, when and under which request are on
 * the envelope (actor, recordedAt, correlationId); the data names no one: only pseudonymous ids.
 */
export interface PersonalDataAccessedData {
  recordType: AuditedRecordType;
  recordId: string;
  /** The record's province, so a provincial auditor sees accesses to records of their provinces. */
  recordProvince: string;
  /** People whose identifying data was disclosed by this read (pseudonymous ids). */
  personIds: string[];
  /** The route template, e.g. `GET /api/enforcement/cases/:caseId` (never the URL with its query). */
  route: string;
  /** Why, when the caller said so. */
  purpose?: string;
}

export type PersonalDataAccessed = DomainEvent<(typeof AccessAuditEventType)['PersonalDataAccessed'], PersonalDataAccessedData>;

/** One stream per accessing user: listing a user's accesses reads one stream. */
export const ACCESS_AUDIT_STREAM_PREFIX = 'audit-access-';

export function accessAuditStreamId(userId: string): string {
  return `${ACCESS_AUDIT_STREAM_PREFIX}${userId}`;
}

export const PURPOSE_MAX_LENGTH = 200;
const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/;
const PROVINCE = /^[a-z][a-z0-9_-]{0,49}$/;
const ROUTE = /^(GET|HEAD|POST|PUT|PATCH|DELETE) \/[A-Za-z0-9_.:/{}-]{0,200}$/;
const FIELDS = new Set(['recordType', 'recordId', 'recordProvince', 'personIds', 'route', 'purpose']);

function validatePersonalDataAccessed(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'data must be an object';
  const d = data as Record<string, unknown>;
  const extra = Object.keys(d).find((k) => !FIELDS.has(k));
  if (extra) return `data.${extra} is not allowed`;
  if (typeof d['recordType'] !== 'string' || !RECORD_TYPE.test(d['recordType'])) {
    return 'data.recordType must be a record type (lower-case letters, digits, "-")';
  }
  if (typeof d['recordId'] !== 'string' || !ID.test(d['recordId'])) return 'data.recordId must be a record id';
  if (typeof d['recordProvince'] !== 'string' || !PROVINCE.test(d['recordProvince'])) return 'data.recordProvince must be a province code';
  const personIds = d['personIds'];
  if (!Array.isArray(personIds) || personIds.length === 0 || personIds.length > 1000) {
    return 'data.personIds must list 1-1000 person ids';
  }
  if (!personIds.every((p) => typeof p === 'string' && ID.test(p))) return 'data.personIds must be person ids';
  if (new Set(personIds).size !== personIds.length) return 'data.personIds must not repeat';
  if (typeof d['route'] !== 'string' || !ROUTE.test(d['route'])) return 'data.route must be "<METHOD> <route template>"';
  const purpose = d['purpose'];
  if (purpose !== undefined && (typeof purpose !== 'string' || purpose.trim().length === 0 || purpose.length > PURPOSE_MAX_LENGTH)) {
    return `data.purpose must be 1-${PURPOSE_MAX_LENGTH} characters`;
  }
  return undefined;
}

/** Event types of the access audit trail (schema version 1). */
export const accessAuditEventTypes: EventTypeDefinition[] = [
  { type: AccessAuditEventType.PersonalDataAccessed, currentVersion: 1, validate: validatePersonalDataAccessed },
];

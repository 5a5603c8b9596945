import type { Role } from '../../auth/session';
import type { RecordType } from '../../history/types';

/**
 * Where a record's history is read, and who may read it (the API's access policy:
 * police-case history allows police, prosecutor, auditor, admin; court-file history allows
 * prosecutor, judge, auditor; protection-case history allows social and partner workers and
 * auditors; of these screens' users, admins read police cases only).
 */
export const HISTORY_ROLES: Readonly<Record<RecordType, readonly Role[]>> = {
  'police-case': ['auditor', 'admin'],
  'court-file': ['auditor'],
  'protection-case': ['auditor'],
};

/** The access log: auditors and admins (`GET /api/audit/access`). */
export const ACCESS_LOG_ROLES: readonly Role[] = ['auditor', 'admin'];

export function isRecordType(value: unknown): value is RecordType {
  return value === 'police-case' || value === 'court-file' || value === 'protection-case';
}

export function historyPath(type: RecordType, id: string): string {
  if (type === 'protection-case') return `/audit/protection-cases/${encodeURIComponent(id)}`;
  return type === 'police-case' ? `/audit/cases/${encodeURIComponent(id)}` : `/audit/files/${encodeURIComponent(id)}`;
}

export function canReadHistory(type: string, role: Role): type is RecordType {
  return isRecordType(type) && HISTORY_ROLES[type].includes(role);
}

/** The access log searched by record, by user, or narrowed to a person (ids only in the address). */
export function accessLogPath(search: { record?: string; type?: RecordType; user?: string; person?: string }): string {
  const params = new URLSearchParams();
  if (search.record) params.set('record', search.record);
  if (search.record && search.type) params.set('type', search.type);
  if (search.user) params.set('user', search.user);
  if (search.person) params.set('person', search.person);
  const query = params.toString();
  return query ? `/audit?${query}` : '/audit';
}

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export function isUuidV4(value: string): boolean {
  return UUID_V4.test(value);
}

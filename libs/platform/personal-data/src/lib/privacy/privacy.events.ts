import type { DomainEvent, EventTypeDefinition } from '@casetrail/event-sourcing';

/** Permanent event type strings of the privacy audit trail. */
export const PrivacyEventType = {
  PersonForgotten: 'privacy.PersonForgotten',
} as const;

/** A person's key was destroyed (crypto-shredding). Who and when are on the envelope. */
export interface PersonForgottenData {
  personId: string;
  /** Why (an erasure request, a court order…): written for the audit, never naming the person. */
  reason: string;
}

export type PersonForgotten = DomainEvent<(typeof PrivacyEventType)['PersonForgotten'], PersonForgottenData>;

/** One stream per forgotten person: a second forget of the same person conflicts on append. */
export const PRIVACY_PERSON_STREAM_PREFIX = 'privacy-person-';

export function privacyPersonStreamId(personId: string): string {
  return `${PRIVACY_PERSON_STREAM_PREFIX}${personId}`;
}

export const FORGET_REASON_MIN_LENGTH = 10;
export const FORGET_REASON_MAX_LENGTH = 500;

function validatePersonForgotten(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'data must be an object';
  const d = data as Record<string, unknown>;
  const extra = Object.keys(d).find((k) => k !== 'personId' && k !== 'reason');
  if (extra) return `data.${extra} is not allowed`;
  if (typeof d['personId'] !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/.test(d['personId'])) {
    return 'data.personId must be a person id';
  }
  const reason = d['reason'];
  if (typeof reason !== 'string' || reason.trim().length < FORGET_REASON_MIN_LENGTH || reason.length > FORGET_REASON_MAX_LENGTH) {
    return `data.reason must be ${FORGET_REASON_MIN_LENGTH}-${FORGET_REASON_MAX_LENGTH} characters`;
  }
  return undefined;
}

/** Event types of the privacy audit trail (schema version 1). */
export const privacyEventTypes: EventTypeDefinition[] = [
  { type: PrivacyEventType.PersonForgotten, currentVersion: 1, validate: validatePersonForgotten },
];

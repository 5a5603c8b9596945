/** Stream ids start with the context, so the bus can route by the prefix before the first `-`. */
export const PROTECTION_CASE_STREAM_PREFIX = 'protection-case-';

/**
 * One protection case per person: the case id is the person's id (for a victim handed over by the
 * police, the police victim id), so a redelivered hand-over lands on the same stream, a court's
 * award finds the case by the victim's id, and forgetting the person reaches it.
 */
export function protectionCaseStreamId(personId: string): string {
  return `${PROTECTION_CASE_STREAM_PREFIX}${personId}`;
}

/** The person id of a protection-case stream, or null for any other stream. */
export function personIdOfStream(streamId: string): string | null {
  return streamId.startsWith(PROTECTION_CASE_STREAM_PREFIX) ? streamId.slice(PROTECTION_CASE_STREAM_PREFIX.length) || null : null;
}

/** Stream ids start with the context, so the bus can route by the prefix before the first `-`. */
export const POLICE_CASE_STREAM_PREFIX = 'enforcement-case-';

/** One stream per police case. */
export function policeCaseStreamId(caseId: string): string {
  return `${POLICE_CASE_STREAM_PREFIX}${caseId}`;
}

/** The case id of a police-case stream, or null for any other stream. */
export function caseIdOfStream(streamId: string): string | null {
  return streamId.startsWith(POLICE_CASE_STREAM_PREFIX)
    ? streamId.slice(POLICE_CASE_STREAM_PREFIX.length) || null
    : null;
}

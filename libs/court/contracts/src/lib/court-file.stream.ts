/** Stream ids start with the context, so the bus can route by the prefix before the first `-`. */
export const COURT_FILE_STREAM_PREFIX = 'court-file-';

/** One stream per court file. A file opened from a police forwarding has the police case id. */
export function courtFileStreamId(fileId: string): string {
  return `${COURT_FILE_STREAM_PREFIX}${fileId}`;
}

/** The file id of a court-file stream, or null for any other stream. */
export function fileIdOfStream(streamId: string): string | null {
  return streamId.startsWith(COURT_FILE_STREAM_PREFIX)
    ? streamId.slice(COURT_FILE_STREAM_PREFIX.length) || null
    : null;
}

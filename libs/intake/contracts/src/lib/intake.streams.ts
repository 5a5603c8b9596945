/**
 * Stream ids start with the context, so the bus can route by the prefix before the first `-`.
 *
 * Four aggregates: a reception (the aggregate grain: people received together, counted by sex and
 * age), a screened person (the individual grain: screened at a reception, maybe referred on), a
 * returned body, and a completed bulk upload (the file's record: its rows and refusals).
 *
 * Row identity. A reception, a screened person and a body are named by the receiving unit's own
 * reference (its list's row number) at a place: their id is `nameBasedUuid(intakeRecordName(...))`
 * (`@casetrail/platform-commands`: RFC 4122 version 5 under casetrail's namespace), the same from the
 * API and from a file. So entering a row twice, or uploading it in two files, finds the same
 * stream, and the store's expected revision makes it one record, even after a crash mid-upload.
 */
export const INTAKE_STREAM_PREFIX = 'intake-';
export const RECEPTION_STREAM_PREFIX = 'intake-reception-';
export const SCREENED_PERSON_STREAM_PREFIX = 'intake-person-';
export const RETURNED_BODY_STREAM_PREFIX = 'intake-body-';
export const UPLOAD_STREAM_PREFIX = 'intake-upload-';

export type IntakeRecordKind = 'reception' | 'screened-person' | 'body';

/** The name whose version 5 UUID is the id of the record with `reference` at `place`. */
export function intakeRecordName(kind: IntakeRecordKind, place: string, reference: string): string {
  return `casetrail:intake:${kind}:${place}:${reference}`;
}

export function receptionStreamId(receptionId: string): string {
  return `${RECEPTION_STREAM_PREFIX}${receptionId}`;
}

export function screenedPersonStreamId(personId: string): string {
  return `${SCREENED_PERSON_STREAM_PREFIX}${personId}`;
}

export function returnedBodyStreamId(bodyId: string): string {
  return `${RETURNED_BODY_STREAM_PREFIX}${bodyId}`;
}

/** `uploadId` is the SHA-256 (hex) of the file's bytes: the same file is the same upload. */
export function uploadStreamId(uploadId: string): string {
  return `${UPLOAD_STREAM_PREFIX}${uploadId}`;
}

const idAfter =
  (prefix: string) =>
  (streamId: string): string | null =>
    streamId.startsWith(prefix) ? streamId.slice(prefix.length) || null : null;

/** The id of a stream of that kind, or null for any other stream. */
export const receptionIdOfStream = idAfter(RECEPTION_STREAM_PREFIX);
export const screenedPersonIdOfStream = idAfter(SCREENED_PERSON_STREAM_PREFIX);
export const returnedBodyIdOfStream = idAfter(RETURNED_BODY_STREAM_PREFIX);
export const uploadIdOfStream = idAfter(UPLOAD_STREAM_PREFIX);

import type { RecordedEvent } from '@casetrail/event-sourcing';
import { IntakeEventType, uploadIdOfStream, type UploadCompleted, type UploadKind } from '@casetrail/intake-contracts';
import type { Projection } from '@casetrail/read-models';

/** One line of the list of uploaded files: the record's counts, not its refusals (the record itself has them). */
export interface UploadRecordSummary {
  uploadId: string;
  kind: UploadKind;
  format: 'csv' | 'xlsx';
  fileName: string | null;
  /** The uploader's province; null for a national user (then only national users list it). */
  province: string | null;
  rows: number;
  accepted: number;
  alreadyRecorded: number;
  refused: number;
  uploadedAt: string;
  uploadedBy: string;
}

/** The list of uploaded files: one document per upload stream (`intake-upload-<sha256>`), written once. */
export const uploadRecordsProjection: Projection<UploadRecordSummary> = {
  name: 'intake.upload-records',
  version: 1,
  collection: 'intake_upload_records',
  handles: [IntakeEventType.UploadCompleted],
  documentId: (event: RecordedEvent) => uploadIdOfStream(event.streamId),
  apply(_current, recorded) {
    const { data } = recorded as unknown as UploadCompleted;
    return {
      uploadId: data.uploadId,
      kind: data.kind,
      format: data.format,
      fileName: data.fileName ?? null,
      province: data.province,
      rows: data.rows,
      accepted: data.accepted,
      alreadyRecorded: data.alreadyRecorded,
      refused: data.refused,
      uploadedAt: recorded.recordedAt,
      uploadedBy: recorded.actor.userId,
    };
  },
};

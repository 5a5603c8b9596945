import { IntakeEventType as E, type UploadCompletedData, type UploadEvent } from '@casetrail/intake-contracts';

/** One bulk upload (one file, named by its SHA-256), as folded from its stream: its record once completed. */
export interface UploadState {
  completed: UploadCompletedData | null;
}

export function initialUploadState(): UploadState {
  return { completed: null };
}

export function evolveUpload(state: UploadState, event: UploadEvent): UploadState {
  switch (event.type) {
    case E.UploadCompleted:
      return { ...state, completed: { ...event.data, refusals: event.data.refusals.map((r) => ({ ...r })) } };
    default: {
      const unexpected: never = event.type;
      throw new Error(`Unknown upload event ${String(unexpected)}`);
    }
  }
}

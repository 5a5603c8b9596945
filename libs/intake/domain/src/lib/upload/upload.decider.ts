import type { Decider } from '@casetrail/event-sourcing';
import type { UploadEvent } from '@casetrail/intake-contracts';
import type { UploadCommand } from '../intake.commands';
import { decideUpload } from './upload.decide';
import { evolveUpload, initialUploadState, type UploadState } from './upload.state';

/** A completed bulk upload, as a pure decider (one stream per file: `uploadStreamId(sha256hex)`). */
export const uploadDecider: Decider<UploadState, UploadCommand, UploadEvent> = {
  initialState: initialUploadState,
  decide: decideUpload,
  evolve: evolveUpload,
};

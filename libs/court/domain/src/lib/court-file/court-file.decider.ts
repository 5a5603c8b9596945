import type { Decider } from '@casetrail/event-sourcing';
import type { CourtFileEvent } from '@casetrail/court-contracts';
import type { CourtFileCommand } from './court-file.commands';
import { decideCourtFile } from './court-file.decide';
import { evolveCourtFile, initialCourtFileState, type CourtFileState } from './court-file.state';

/** The court file, as a pure decider (one stream per file: `courtFileStreamId(fileId)`). */
export const courtFileDecider: Decider<CourtFileState, CourtFileCommand, CourtFileEvent> = {
  initialState: initialCourtFileState,
  decide: decideCourtFile,
  evolve: evolveCourtFile,
};

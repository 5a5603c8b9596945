import type { RecordedEvent } from '@casetrail/event-sourcing';
import { CourtFileEventType, fileIdOfStream } from '@casetrail/court-contracts';
import type { Projection } from '@casetrail/read-models';
import { applyCourtEvent, type CourtFileFacts } from '@casetrail/statistics-domain';

export const COURT_FILE_FACTS_COLLECTION = 'statistics_court_file_facts';

/**
 * The statistical facts of each court file: one document per file, fed by the file's stream
 * (`court-file-<fileId>`). The prosecution, investigating-judge and trial tables, the justice
 * funnel and the stage durations are computed from these documents when asked for (never
 * stored). The fold never reads the events' `personal` part: no name or birth date lands here.
 */
export const courtFileFactsProjection: Projection<CourtFileFacts> = {
  name: 'statistics.court-file-facts',
  version: 1,
  collection: COURT_FILE_FACTS_COLLECTION,
  handles: Object.values(CourtFileEventType),
  // The document id is the stream id itself: one stream per document, as the runner requires.
  documentId: (event: RecordedEvent) => (fileIdOfStream(event.streamId) === null ? null : event.streamId),
  apply: (current, event) => applyCourtEvent(current, event),
};

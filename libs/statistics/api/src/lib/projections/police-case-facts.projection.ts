import type { RecordedEvent } from '@casetrail/event-sourcing';
import { PoliceCaseEventType, caseIdOfStream } from '@casetrail/enforcement-contracts';
import type { Projection } from '@casetrail/read-models';
import { applyEnforcementEvent, type PoliceCaseFacts } from '@casetrail/statistics-domain';

export const POLICE_CASE_FACTS_COLLECTION = 'statistics_police_case_facts';

/**
 * The statistical facts of each police case: one document per case, fed by the case's stream.
 * Tables are computed from these documents when they are asked for (never stored), so every
 * figure follows the written definitions and can be rebuilt from the log. The fold never reads
 * the events' `personal` part (sealed per person), only derived facts in clear (age bands), so no
 * name or birth date ever lands here and forgetting a person changes no figure.
 * Version 2: age bands taken from the events (no birth date in the facts any more).
 */
export const policeCaseFactsProjection: Projection<PoliceCaseFacts> = {
  name: 'statistics.police-case-facts',
  version: 2,
  collection: POLICE_CASE_FACTS_COLLECTION,
  handles: Object.values(PoliceCaseEventType),
  // The document id is the stream id itself: one stream per document, as the runner requires.
  documentId: (event: RecordedEvent) => (caseIdOfStream(event.streamId) === null ? null : event.streamId),
  apply: (current, event) => applyEnforcementEvent(current, event),
};

import type { RecordedEvent } from '@casetrail/event-sourcing';
import {
  IntakeEventType as E,
  receptionIdOfStream,
  returnedBodyIdOfStream,
  screenedPersonIdOfStream,
} from '@casetrail/intake-contracts';
import type { Projection } from '@casetrail/read-models';
import {
  applyReceptionEvent,
  applyReturnedBodyEvent,
  applyScreenedPersonEvent,
  type ReceptionFacts,
  type ReturnedBodyFacts,
  type ScreenedPersonFacts,
} from '@casetrail/statistics-domain';

export const INTAKE_RECEPTION_FACTS_COLLECTION = 'statistics_intake_reception_facts';
export const INTAKE_PERSON_FACTS_COLLECTION = 'statistics_intake_person_facts';
export const INTAKE_BODY_FACTS_COLLECTION = 'statistics_intake_body_facts';

/*
 * The statistical facts of the intake context's records: one document per reception, screened
 * person and returned body, fed by its stream (`intake-reception-…`, `intake-person-…`,
 * `intake-body-…`; the upload streams feed none). The tables are computed from them when asked for
 * (never stored). Beside the facts each document keeps the years a table counts it in, so a query
 * reads the records of the year and the year before only. The folds never read a `personal` part.
 */

/** A reception's facts as stored, with the year of `receivedOn` (its latest figures'). */
export type ReceptionFactsDocument = ReceptionFacts & { receivedYear: number };

/** A screened person's facts as stored, with `tableYears`: the years of the screening and of every referral (`|2020|2021|`). */
export type ScreenedPersonFactsDocument = ScreenedPersonFacts & { tableYears: string };

/** A body's facts as stored, with the year of `receivedOn`. */
export type ReturnedBodyFactsDocument = ReturnedBodyFacts & { receivedYear: number };

/** The filter value that selects the screened persons with a date in `year`. */
export function intakeYearKey(year: number): string {
  return `|${String(year).padStart(4, '0')}|`;
}

export function receptionFactsDocument(facts: ReceptionFacts): ReceptionFactsDocument {
  return { ...facts, receivedYear: Number(facts.receivedOn.slice(0, 4)) };
}

export function screenedPersonFactsDocument(facts: ScreenedPersonFacts): ScreenedPersonFactsDocument {
  const years = new Set([facts.screenedOn.slice(0, 4), ...facts.referrals.map((r) => r.referredOn.slice(0, 4))]);
  return { ...facts, tableYears: `|${[...years].sort().join('|')}|` };
}

export function returnedBodyFactsDocument(facts: ReturnedBodyFacts): ReturnedBodyFactsDocument {
  return { ...facts, receivedYear: Number(facts.receivedOn.slice(0, 4)) };
}

// The document id is the stream id itself: one stream per document, as the runner requires.
const streamOf = (idOfStream: (streamId: string) => string | null) => (event: RecordedEvent) => (idOfStream(event.streamId) === null ? null : event.streamId);

export const intakeReceptionFactsProjection: Projection<ReceptionFactsDocument> = {
  name: 'statistics.intake-reception-facts',
  version: 1,
  collection: INTAKE_RECEPTION_FACTS_COLLECTION,
  handles: [E.ReceptionRecorded, E.ReceptionCorrected, E.ReceptionWithdrawn],
  documentId: streamOf(receptionIdOfStream),
  apply: (current, event) => receptionFactsDocument(applyReceptionEvent(current, event)),
};

export const intakePersonFactsProjection: Projection<ScreenedPersonFactsDocument> = {
  name: 'statistics.intake-person-facts',
  version: 1,
  collection: INTAKE_PERSON_FACTS_COLLECTION,
  handles: [E.PersonScreened, E.ScreeningRevised, E.PersonReferred],
  documentId: streamOf(screenedPersonIdOfStream),
  apply: (current, event) => screenedPersonFactsDocument(applyScreenedPersonEvent(current, event)),
};

export const intakeBodyFactsProjection: Projection<ReturnedBodyFactsDocument> = {
  name: 'statistics.intake-body-facts',
  version: 1,
  collection: INTAKE_BODY_FACTS_COLLECTION,
  handles: [E.BodyReceived, E.BodyRecordCorrected],
  documentId: streamOf(returnedBodyIdOfStream),
  apply: (current, event) => returnedBodyFactsDocument(applyReturnedBodyEvent(current, event)),
};

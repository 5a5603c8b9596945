import type { RecordedEvent } from '@casetrail/event-sourcing';
import { PoliceCaseEventType, caseIdOfStream } from '@casetrail/enforcement-contracts';
import type { Projection } from '@casetrail/read-models';
import { applyEnforcementEvent, type PoliceCaseFacts } from '@casetrail/statistics-domain';

export const POLICE_CASE_FACTS_COLLECTION = 'statistics_police_case_facts';

/**
 * A case's facts as stored, with `tableYears`: the years the law-enforcement table counts the
 * case in (opening, rescues, first arrests) as `|2019|2020|`, so a table of one year reads only
 * the cases of that year and the year before (`$contains: '|2020|'`) instead of every case of
 * every year. Derived from the facts alone, so it is rebuilt with them.
 */
export type PoliceCaseFactsDocument = PoliceCaseFacts & { tableYears: string; withReferredVictims: boolean };

/** `|2019|2020|`: the distinct years of the dates the law-enforcement table counts a case by, ascending. */
export function tableYearsOf(facts: PoliceCaseFacts): string {
  const years = new Set<string>([facts.openedOn.slice(0, 4)]);
  for (const v of facts.victims) years.add(v.rescuedOn.slice(0, 4));
  for (const s of facts.suspects) if (s.arrestedOn !== null) years.add(s.arrestedOn.slice(0, 4));
  return `|${[...years].sort().join('|')}|`;
}

/** The filter value that selects the cases the table counts in `year`. */
export function tableYearKey(year: number): string {
  return `|${String(year).padStart(4, '0')}|`;
}

/** The stored document of a case's facts (what the projection writes). */
export function policeCaseFactsDocument(facts: PoliceCaseFacts): PoliceCaseFactsDocument {
  return { ...facts, tableYears: tableYearsOf(facts), withReferredVictims: facts.referredVictims.length > 0 };
}

/**
 * The statistical facts of each police case: one document per case, fed by the case's stream.
 * Tables are computed from these documents when they are asked for (never stored), so every
 * figure follows the written definitions and can be rebuilt from the log. The fold never reads
 * the events' `personal` part (sealed per person), only derived facts in clear (age bands), so no
 * name or birth date ever lands here and forgetting a person changes no figure.
 * Version 2: age bands taken from the events (no birth date in the facts any more).
 * Version 3: `tableYears` beside the facts (`PoliceCaseFactsDocument`).
 * Version 4: the victims referred by intake (`enforcement.VictimReferred`) kept apart from the
 * rescued ones (`referredVictims`), and `withReferredVictims` to find their cases.
 */
export const policeCaseFactsProjection: Projection<PoliceCaseFactsDocument> = {
  name: 'statistics.police-case-facts',
  version: 4,
  collection: POLICE_CASE_FACTS_COLLECTION,
  handles: Object.values(PoliceCaseEventType),
  // The document id is the stream id itself: one stream per document, as the runner requires.
  documentId: (event: RecordedEvent) => (caseIdOfStream(event.streamId) === null ? null : event.streamId),
  apply: (current, event) => policeCaseFactsDocument(applyEnforcementEvent(current, event)),
};

import type { RecordedEvent } from '@casetrail/event-sourcing';
import { ProtectionCaseEventType, personIdOfStream } from '@casetrail/protection-contracts';
import type { Projection } from '@casetrail/read-models';
import { applyProtectionEvent, type ProtectionCaseFacts } from '@casetrail/statistics-domain';

export const PROTECTION_CASE_FACTS_COLLECTION = 'statistics_protection_case_facts';

/**
 * A case's facts as stored, with two keys the store can filter on (`$contains`): `tableYears`,
 * the years of every date a II.D table counts the case by (`|2019|2020|`), and `tableProvinces`,
 * every province its facts count in (`|battambang|kampot|`: a case counts in the province of the
 * opening, then of its integration). Derived from the facts alone, so rebuilt with them.
 */
export type ProtectionCaseFactsDocument = ProtectionCaseFacts & { tableYears: string; tableProvinces: string };

/** `|a|b|`: distinct values, sorted. */
function keyOf(values: Iterable<string>): string {
  return `|${[...new Set(values)].sort().join('|')}|`;
}

/** The stored document of a case's facts (what the projection writes). */
export function protectionCaseFactsDocument(facts: ProtectionCaseFacts): ProtectionCaseFactsDocument {
  const dates = [facts.receivedOn];
  const provinces = [facts.province];
  for (const a of facts.admissions) {
    dates.push(a.admittedOn);
    provinces.push(a.province);
  }
  for (const c of facts.claims) {
    dates.push(c.filedOn, ...c.awards.map((a) => a.awardedOn), ...c.receipts.map((r) => r.receivedOn));
    provinces.push(c.province, ...c.awards.map((a) => a.province), ...c.receipts.map((r) => r.province));
  }
  for (const i of facts.integrations) {
    dates.push(i.integratedOn, ...i.visits.map((v) => v.visitedOn));
    provinces.push(i.province);
  }
  return { ...facts, tableYears: keyOf(dates.map((d) => d.slice(0, 4))), tableProvinces: keyOf(provinces) };
}

/** The filter value that selects the cases with a fact in `year` (or in `province`). */
export function protectionKey(value: number | string): string {
  return `|${typeof value === 'number' ? String(value).padStart(4, '0') : value}|`;
}

/**
 * The statistical facts of each protection case (one per person): one document per case, fed by
 * the case's stream (`protection-case-<personId>`). The II.D tables are computed from these
 * documents when asked for (never stored). The fold never reads the events' `personal` part: no
 * name or birth date lands here, and forgetting the person changes no figure.
 */
export const protectionCaseFactsProjection: Projection<ProtectionCaseFactsDocument> = {
  name: 'statistics.protection-case-facts',
  version: 1,
  collection: PROTECTION_CASE_FACTS_COLLECTION,
  handles: Object.values(ProtectionCaseEventType),
  // The document id is the stream id itself: one stream per document, as the runner requires.
  documentId: (event: RecordedEvent) => (personIdOfStream(event.streamId) === null ? null : event.streamId),
  apply: (current, event) => protectionCaseFactsDocument(applyProtectionEvent(current, event)),
};

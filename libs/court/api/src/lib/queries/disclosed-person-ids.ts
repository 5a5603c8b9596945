import type { RecordedEvent } from '@casetrail/event-sourcing';
import { isForgottenPersonalData, isSealedPersonalData } from '@casetrail/kernel';

function personalOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as { personal?: unknown }).personal : undefined;
}

/** Every `personal` part of an event, in a fixed order: the top level, then each item of each list (a forwarding's accused and victims). */
function partsOf(event: RecordedEvent | undefined): unknown[] {
  const data = event?.data;
  if (typeof data !== 'object' || data === null) return [];
  return [personalOf(data), ...Object.values(data).flatMap((value) => (Array.isArray(value) ? value.map(personalOf) : []))];
}

/**
 * Ids of the people whose identifying data a read shows: sealed as stored, opened in clear for the
 * reader (not forgotten). First-seen order, each once. `opened` is `stored` after opening, index by index.
 */
export function disclosedPersonIds(stored: readonly RecordedEvent[], opened: readonly RecordedEvent[]): string[] {
  const ids = new Set<string>();
  stored.forEach((event, i) => {
    const openedParts = partsOf(opened[i]);
    partsOf(event).forEach((sealed, j) => {
      if (isSealedPersonalData(sealed) && !isForgottenPersonalData(openedParts[j])) ids.add(sealed.personId);
    });
  });
  return [...ids];
}

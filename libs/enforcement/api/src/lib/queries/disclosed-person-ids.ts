import type { RecordedEvent } from '@casetrail/event-sourcing';
import { isForgottenPersonalData, isSealedPersonalData } from '@casetrail/kernel';

function personalPartOf(event: RecordedEvent | undefined): unknown {
  const data = event?.data;
  return typeof data === 'object' && data !== null ? (data as { personal?: unknown }).personal : undefined;
}

/**
 * Ids of the people whose identifying data a read shows: sealed as stored, opened in clear for the
 * reader (not forgotten). First-seen order, each once. `opened` is `stored` after opening, index by index.
 */
export function disclosedPersonIds(stored: readonly RecordedEvent[], opened: readonly RecordedEvent[]): string[] {
  const ids = new Set<string>();
  stored.forEach((event, i) => {
    const sealed = personalPartOf(event);
    if (isSealedPersonalData(sealed) && !isForgottenPersonalData(personalPartOf(opened[i]))) ids.add(sealed.personId);
  });
  return [...ids];
}

import type { RecordedEvent } from '@casetrail/event-sourcing';
import type { PersonalDataCipher } from '../cipher/personal-data-cipher';
import { isForgottenPersonalData, isSealedPersonalData, rememberSealedForm, type RestrictedPersonalData, type SealedPersonalData } from '@casetrail/kernel';

/*
 * Events keep identifying data sealed in `data.personal`, or, for an event naming several persons
 * (a court file received from the police: `accused[]`, `victims[]`), in the `personal` of each
 * item of a list in `data`. Readers turn it, in memory only, into either the clear data (roles
 * that need it, and the command side, which derives age bands from the birth date),
 * `{ forgotten: true }`, or `{ restricted: true }` for everyone else.
 */

type Data = Record<string, unknown>;

function personalOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as { personal?: unknown }).personal : undefined;
}

/** Every `personal` part of an event, sealed or not, in a fixed order: the top level, then each item of each list in `data`. */
function personalPartsOf(event: RecordedEvent | undefined): unknown[] {
  const data = event?.data;
  if (typeof data !== 'object' || data === null) return [];
  return [personalOf(data), ...Object.values(data as Data).flatMap((value) => (Array.isArray(value) ? value.map(personalOf) : []))];
}

/** Every sealed part of an event, top level first, then list items in order. */
export function sealedPartsOf(event: RecordedEvent): SealedPersonalData[] {
  return personalPartsOf(event).filter(isSealedPersonalData);
}

/**
 * Ids of the people whose identifying data a read shows: sealed as stored, opened in clear for the
 * reader (not forgotten), in every part `openPersonalData` opens. First-seen order, each once.
 * `opened` is `stored` after opening, index by index. What an access record names.
 */
export function disclosedPersonIds(stored: readonly RecordedEvent[], opened: readonly RecordedEvent[]): string[] {
  const ids = new Set<string>();
  stored.forEach((event, i) => {
    const openedParts = personalPartsOf(opened[i]);
    personalPartsOf(event).forEach((sealed, j) => {
      if (isSealedPersonalData(sealed) && !isForgottenPersonalData(openedParts[j])) ids.add(sealed.personId);
    });
  });
  return [...ids];
}

/** The event with each sealed part replaced by what `replace` gives (the event itself when it has none). */
async function replacingSealed(event: RecordedEvent, replace: (part: SealedPersonalData) => Promise<unknown>): Promise<RecordedEvent> {
  if (sealedPartsOf(event).length === 0) return event;
  const data = { ...(event.data as Data) };
  const top = personalOf(data);
  if (isSealedPersonalData(top)) data['personal'] = await replace(top);
  for (const [key, value] of Object.entries(data)) {
    if (!Array.isArray(value) || !value.some((item) => isSealedPersonalData(personalOf(item)))) continue;
    const items: unknown[] = [];
    for (const item of value) {
      const part = personalOf(item);
      items.push(isSealedPersonalData(part) ? { ...(item as Data), personal: await replace(part) } : item);
    }
    data[key] = items;
  }
  return { ...event, data };
}

/**
 * The events with every sealed `personal` part opened (or marked forgotten). The opened part
 * remembers its envelope (`storedPersonalPartOf`), so a decider can copy it on sealed.
 */
export async function openPersonalData(events: readonly RecordedEvent[], cipher: PersonalDataCipher): Promise<RecordedEvent[]> {
  const opened: RecordedEvent[] = [];
  for (const event of events) opened.push(await replacingSealed(event, async (part) => rememberSealedForm(await cipher.unseal(part), part)));
  return opened;
}

const RESTRICTED: RestrictedPersonalData = { restricted: true };

/** The event with every sealed part replaced by `{ restricted: true }`. */
function withheld(event: RecordedEvent): RecordedEvent {
  if (sealedPartsOf(event).length === 0) return event;
  const restrict = (value: unknown) => (isSealedPersonalData(personalOf(value)) ? { ...(value as Data), personal: { ...RESTRICTED } } : value);
  const data = restrict(event.data) as Data;
  return { ...event, data: Object.fromEntries(Object.entries(data).map(([key, value]) => [key, Array.isArray(value) ? value.map(restrict) : value])) };
}

/** The events with every sealed `personal` part replaced by `{ restricted: true }`. */
export function withholdPersonalData(events: readonly RecordedEvent[]): RecordedEvent[] {
  return events.map(withheld);
}

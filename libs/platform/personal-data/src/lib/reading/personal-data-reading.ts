import type { RecordedEvent } from '@casetrail/event-sourcing';
import type { PersonalDataCipher } from '../cipher/personal-data-cipher';
import { isForgottenPersonalData, isSealedPersonalData, rememberSealedForm, type RestrictedPersonalData, type SealedPersonalData } from '@casetrail/kernel';

/*
 * Events keep identifying data sealed in a `personal` part: `data.personal` for an event about
 * one person, or the `personal` of each person an event names in its data (a court file received
 * from the police: `accused[]`, `victims[]`; a police forwarding: `persons.suspects[]`, …), at
 * any depth. Readers turn each, in memory only, into either the clear data (roles that need it,
 * and the command side, which derives age bands from the birth date), `{ forgotten: true }`, or
 * `{ restricted: true }` for everyone else. One walk finds them all, so an event shape with
 * persons nested elsewhere needs no reader of its own.
 */

type Data = Record<string, unknown>;

/** Event data nests a few levels (list of persons in an object); the walk never goes deeper. */
const MAX_DEPTH = 8;

/**
 * Every `personal` part in a value, sealed or not, in a fixed order: an object's own `personal`
 * first, then its other values in key order, lists item by item. A `personal` part is not
 * searched further.
 */
function collectPersonalParts(value: unknown, parts: unknown[], depth = 0): unknown[] {
  if (depth > MAX_DEPTH || typeof value !== 'object' || value === null) return parts;
  if (Array.isArray(value)) {
    for (const item of value) collectPersonalParts(item, parts, depth + 1);
    return parts;
  }
  if ('personal' in value) parts.push((value as Data)['personal']);
  for (const [key, child] of Object.entries(value)) if (key !== 'personal') collectPersonalParts(child, parts, depth + 1);
  return parts;
}

/** The value with each sealed `personal` part replaced by `replace(part)`; untouched branches are kept as they are. */
function mapSealedParts(value: unknown, replace: (part: SealedPersonalData) => unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => mapSealedParts(item, replace, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [
      key,
      key === 'personal' ? (isSealedPersonalData(child) ? replace(child) : child) : mapSealedParts(child, replace, depth + 1),
    ]),
  );
}

function personalPartsOf(event: RecordedEvent | undefined): unknown[] {
  return collectPersonalParts(event?.data, []);
}

/** Every sealed part of an event, in the walk's order. */
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

/**
 * The events with every sealed `personal` part opened (or marked forgotten). The opened part
 * remembers its envelope (`storedPersonalPartOf`), so a decider can copy it on sealed.
 */
export async function openPersonalData(events: readonly RecordedEvent[], cipher: PersonalDataCipher): Promise<RecordedEvent[]> {
  const opened: RecordedEvent[] = [];
  for (const event of events) {
    const sealed = sealedPartsOf(event);
    if (sealed.length === 0) {
      opened.push(event);
      continue;
    }
    const clear = new Map<SealedPersonalData, unknown>();
    for (const part of sealed) clear.set(part, rememberSealedForm(await cipher.unseal(part), part));
    opened.push({ ...event, data: mapSealedParts(event.data, (part) => clear.get(part)) });
  }
  return opened;
}

const RESTRICTED: RestrictedPersonalData = { restricted: true };

/** The events with every sealed `personal` part replaced by `{ restricted: true }`. */
export function withholdPersonalData(events: readonly RecordedEvent[]): RecordedEvent[] {
  return events.map((event) => (sealedPartsOf(event).length === 0 ? event : { ...event, data: mapSealedParts(event.data, () => ({ ...RESTRICTED })) }));
}

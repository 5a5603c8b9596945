import type { RecordedEvent } from '@casetrail/event-sourcing';
import type { PersonalDataCipher } from '../cipher/personal-data-cipher';
import { isSealedPersonalData, rememberSealedForm, type RestrictedPersonalData } from '@casetrail/kernel';

/*
 * Events keep identifying data sealed in `data.personal`. Readers turn it, in memory only, into
 * either the clear data (roles that need it, and the command side, which derives age bands from
 * the birth date), `{ forgotten: true }`, or `{ restricted: true }` for everyone else.
 */

function withPersonal(event: RecordedEvent, personal: unknown): RecordedEvent {
  return { ...event, data: { ...(event.data as Record<string, unknown>), personal } };
}

function sealedPartOf(event: RecordedEvent): unknown {
  const data = event.data;
  return typeof data === 'object' && data !== null ? (data as { personal?: unknown }).personal : undefined;
}

/**
 * The events with every sealed `personal` part opened (or marked forgotten). The opened part
 * remembers its envelope (`storedPersonalPartOf`), so a decider can copy it on sealed.
 */
export async function openPersonalData(events: readonly RecordedEvent[], cipher: PersonalDataCipher): Promise<RecordedEvent[]> {
  const opened: RecordedEvent[] = [];
  for (const event of events) {
    const part = sealedPartOf(event);
    opened.push(isSealedPersonalData(part) ? withPersonal(event, rememberSealedForm(await cipher.unseal(part), part)) : event);
  }
  return opened;
}

const RESTRICTED: RestrictedPersonalData = { restricted: true };

/** The events with every sealed `personal` part replaced by `{ restricted: true }`. */
export function withholdPersonalData(events: readonly RecordedEvent[]): RecordedEvent[] {
  return events.map((event) => (isSealedPersonalData(sealedPartOf(event)) ? withPersonal(event, { ...RESTRICTED }) : event));
}

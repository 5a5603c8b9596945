import type { RecordedEvent } from '@casetrail/event-sourcing';
import { PoliceCaseEventType as E } from '@casetrail/enforcement-contracts';
import { isSealedPersonalData, type RestrictedPersonalData } from '@casetrail/kernel';

type Person = Record<string, unknown> & { personal?: unknown };

/**
 * A forwarding (version 2) repeats each person's sealed `personal` part inside `data.persons`,
 * where the platform's opening and withholding (which read `data.personal`) do not reach. A read
 * shows each of those parts exactly as it shows the same person's own event in the same read
 * (`SuspectIdentified`, `VictimRescued`): opened for a role that sees personal data (already
 * disclosed there, so already recorded), `{ restricted: true }` or `{ forgotten: true }` for the
 * others. A part whose person has no event in the read is withheld. Never the envelope itself.
 */
export function withForwardedPersonsAsRead(events: readonly RecordedEvent[]): RecordedEvent[] {
  const asRead = new Map<string, unknown>();
  for (const e of events) {
    const data = e.data as Person;
    if (e.type === E.SuspectIdentified) asRead.set(`s:${String(data['suspectId'])}`, data.personal);
    if (e.type === E.VictimRescued) asRead.set(`v:${String(data['victimId'])}`, data.personal);
  }
  const shown = (key: string, part: unknown): unknown =>
    asRead.has(key) ? asRead.get(key) : isSealedPersonalData(part) ? ({ restricted: true } satisfies RestrictedPersonalData) : part;
  return events.map((e) => {
    const persons = e.type === E.CaseForwardedToProsecutor ? (e.data as { persons?: { suspects: Person[]; victims: Person[] } | null }).persons : null;
    if (!persons) return e;
    return {
      ...e,
      data: {
        ...(e.data as object),
        persons: {
          suspects: persons.suspects.map((s) => ({ ...s, personal: shown(`s:${String(s['suspectId'])}`, s.personal) })),
          victims: persons.victims.map((v) => ({ ...v, personal: shown(`v:${String(v['victimId'])}`, v.personal) })),
        },
      },
    };
  });
}

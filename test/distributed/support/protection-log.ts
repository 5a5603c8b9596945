import type { RecordedEvent } from '@casetrail/event-sourcing';
import { PoliceCaseEventType, type VictimHandedOverData } from '@casetrail/enforcement-contracts';
import { ProtectionCaseEventType, personIdOfStream } from '@casetrail/protection-contracts';

/** Destinations whose hand-over opens a protection case (never `family`). */
const TO_PROTECTION: ReadonlySet<string> = new Set(['social_affairs', 'partner_organisation']);

/** The victims the enforcement log shows handed over to social affairs or a partner, sorted, each once. */
export function victimsHandedOverToProtection(enforcementEvents: readonly RecordedEvent[]): string[] {
  const ids = enforcementEvents
    .filter((e) => e.type === PoliceCaseEventType.VictimHandedOver && TO_PROTECTION.has((e.data as VictimHandedOverData).destination))
    .map((e) => (e.data as VictimHandedOverData).victimId);
  return [...new Set(ids)].sort();
}

/** What the protection log holds against the victims handed over (a case's person id is the victim id). */
export interface ProtectionCaseCensus {
  handedOver: number;
  /** Protection cases with at least one opening. */
  cases: number;
  /** Cases opened more than once (a second `ProtectionCaseOpened` in the stream). */
  duplicates: string[];
  /** Victims handed over without a case. */
  missing: string[];
  /** Cases no hand-over asked for. */
  unexpected: string[];
  /** `reaction-failed-*` streams: reactions the process gave up on. */
  reactionFailures: string[];
}

/** Counts the openings of each `protection-case-<id>` stream and compares them with the victims handed over. */
export function protectionCaseCensus(handedOver: readonly string[], protectionEvents: readonly RecordedEvent[]): ProtectionCaseCensus {
  const openings = new Map<string, number>();
  const reactionFailures = new Set<string>();
  for (const e of protectionEvents) {
    if (e.streamId.startsWith('reaction-failed-')) reactionFailures.add(e.streamId);
    const personId = personIdOfStream(e.streamId);
    if (personId === null || e.type !== ProtectionCaseEventType.ProtectionCaseOpened) continue;
    openings.set(personId, (openings.get(personId) ?? 0) + 1);
  }
  const asked = new Set(handedOver);
  return {
    handedOver: asked.size,
    cases: openings.size,
    duplicates: [...openings].filter(([, n]) => n > 1).map(([id]) => id).sort(),
    missing: [...asked].filter((id) => !openings.has(id)).sort(),
    unexpected: [...openings.keys()].filter((id) => !asked.has(id)).sort(),
    reactionFailures: [...reactionFailures].sort(),
  };
}

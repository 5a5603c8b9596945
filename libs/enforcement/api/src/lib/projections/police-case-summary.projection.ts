import type { RecordedEvent } from '@casetrail/event-sourcing';
import {
  caseIdOfStream,
  PoliceCaseEventType as E,
  type PoliceCaseEvent,
} from '@casetrail/enforcement-contracts';
import { type PoliceCaseStatus } from '@casetrail/enforcement-domain';
import { searchKeyOf } from '@casetrail/kernel';
import type { Projection } from '@casetrail/read-models';

/** One row of the case list: facts to filter and page on, no personal data. */
export interface PoliceCaseSummary {
  caseId: string;
  province: string;
  unitCode: string;
  unitType: string;
  status: PoliceCaseStatus;
  offences: string[];
  principalOffence: string;
  openedOn: string;
  year: number;
  reference: string | null;
  /** `reference` case-folded (`searchKeyOf`), what the list's `reference` search reads; not part of a row as answered. */
  referenceSearch: string | null;
  suspects: number;
  /** Pseudonymous ids of suspects arrested at least once. */
  arrestedSuspectIds: string[];
  /** Rescued, and referred by intake. */
  victims: number;
  victimsHandedOver: number;
  revision: number;
  lastChangedAt: string;
}

/** The case list's read model: one document per police case, fed by the case's stream. */
export const policeCaseSummaryProjection: Projection<PoliceCaseSummary> = {
  name: 'enforcement.police-case-summaries',
  // 2: `referenceSearch` (the reference search of the case list).
  version: 2,
  collection: 'enforcement_police_case_summaries',
  handles: Object.values(E),
  documentId: (event: RecordedEvent) => caseIdOfStream(event.streamId),
  apply(current, recorded) {
    const event = recorded as unknown as PoliceCaseEvent;
    if (event.type === E.PoliceCaseOpened) {
      const d = event.data;
      return {
        caseId: d.caseId,
        province: d.province,
        unitCode: d.unit.code,
        unitType: d.unit.type,
        status: 'open',
        offences: [...d.offences],
        principalOffence: d.offences[0],
        openedOn: d.openedOn,
        year: Number(d.openedOn.slice(0, 4)),
        reference: d.reference ?? null,
        referenceSearch: d.reference ? searchKeyOf(d.reference) : null,
        suspects: 0,
        arrestedSuspectIds: [],
        victims: 0,
        victimsHandedOver: 0,
        revision: recorded.streamRevision,
        lastChangedAt: recorded.recordedAt,
      };
    }
    if (!current) throw new Error(`${event.type} before the case was opened (${recorded.streamId})`);
    const next = { ...current, revision: recorded.streamRevision, lastChangedAt: recorded.recordedAt };
    switch (event.type) {
      case E.OffenceAdded:
        return { ...next, offences: [...current.offences, event.data.offence] };
      case E.SuspectIdentified:
        return { ...next, suspects: current.suspects + 1 };
      case E.SuspectArrested:
        return current.arrestedSuspectIds.includes(event.data.suspectId)
          ? next
          : { ...next, arrestedSuspectIds: [...current.arrestedSuspectIds, event.data.suspectId] };
      case E.SuspectReleased:
        return next;
      // A person referred by intake is a victim of the case as a rescued one is (not a rescue in the statistics).
      case E.VictimRescued:
      case E.VictimReferred:
        return { ...next, victims: current.victims + 1 };
      case E.VictimHandedOver:
        return { ...next, victimsHandedOver: current.victimsHandedOver + 1 };
      case E.CaseForwardedToProsecutor:
        return { ...next, status: 'forwarded' };
      case E.CaseClosedWithoutForwarding:
        return { ...next, status: 'closed' };
      case E.CaseReopened:
        return { ...next, status: 'open' };
      default: {
        const unexpected: never = event;
        throw new Error(`Unhandled event ${(unexpected as { type: string }).type}`);
      }
    }
  },
};

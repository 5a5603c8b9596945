import type { RecordedEvent } from '@casetrail/event-sourcing';
import {
  IntakeEventType as E,
  receptionIdOfStream,
  type PersonCounts,
  type ReceptionEvent,
  type ReceptionFigures,
  type ReturnedBy,
  type ReturnReason,
} from '@casetrail/intake-contracts';
import type { Projection } from '@casetrail/read-models';

/** Whether a reception counts: `withdrawn` ones were recorded in error. */
export type ReceptionListStatus = 'recorded' | 'withdrawn';

/**
 * One row of the reception list: the figures as they stand (the latest correction's), to filter
 * and page on. Receptions hold no personal data.
 */
export interface ReceptionSummary {
  receptionId: string;
  reference: string;
  place: string;
  province: string;
  receivedOn: string;
  /** Year and month (1–12) of `receivedOn`: the list's filters. */
  year: number;
  month: number;
  receivedBy: string;
  returnedBy: ReturnedBy;
  countryReturnedFrom: string;
  reason: ReturnReason;
  counts: PersonCounts;
  /** Men, women, boys and girls together. */
  persons: number;
  status: ReceptionListStatus;
  corrections: number;
  revision: number;
  lastChangedAt: string;
}

/** The figures of a row, with what the filters read (year, month, total persons). */
export function receptionFiguresRow(f: ReceptionFigures) {
  const counts = { men: f.counts.men, women: f.counts.women, boys: f.counts.boys, girls: f.counts.girls };
  return {
    place: f.place,
    province: f.province,
    receivedOn: f.receivedOn,
    year: Number(f.receivedOn.slice(0, 4)),
    month: Number(f.receivedOn.slice(5, 7)),
    receivedBy: f.receivedBy,
    returnedBy: f.returnedBy,
    countryReturnedFrom: f.countryReturnedFrom,
    reason: f.reason,
    counts,
    persons: counts.men + counts.women + counts.boys + counts.girls,
  };
}

/** The reception list's read model: one document per reception. */
export const receptionSummaryProjection: Projection<ReceptionSummary> = {
  name: 'intake.reception-summary',
  version: 1,
  collection: 'intake_reception_summaries',
  handles: [E.ReceptionRecorded, E.ReceptionCorrected, E.ReceptionWithdrawn],
  documentId: (event: RecordedEvent) => receptionIdOfStream(event.streamId),
  apply(current, recorded) {
    const event = recorded as unknown as ReceptionEvent;
    const marker = { revision: recorded.streamRevision, lastChangedAt: recorded.recordedAt };
    if (event.type === E.ReceptionRecorded) {
      return { receptionId: event.data.receptionId, reference: event.data.reference, ...receptionFiguresRow(event.data), status: 'recorded', corrections: 0, ...marker };
    }
    if (!current) throw new Error(`${event.type} before the reception was recorded (${recorded.streamId})`);
    switch (event.type) {
      case E.ReceptionCorrected:
        return { ...current, ...receptionFiguresRow(event.data), corrections: current.corrections + 1, ...marker };
      case E.ReceptionWithdrawn:
        return { ...current, status: 'withdrawn', ...marker };
      default: {
        const unexpected: never = event;
        throw new Error(`Unhandled event ${(unexpected as { type: string }).type}`);
      }
    }
  },
};

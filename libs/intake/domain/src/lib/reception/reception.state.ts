import { IntakeEventType as E, type ReceptionEvent, type ReceptionFigures, type ReceptionWithdrawnData } from '@casetrail/intake-contracts';

/**
 * A reception is `recorded` once, corrected any number of times (each correction replaces the
 * figures as a whole), and `withdrawn` at most once, which is final: statistics drop it.
 */
export type ReceptionStatus = 'not_recorded' | 'recorded' | 'withdrawn';

export interface ReceptionCorrection {
  correctedOn: string;
  justification: string;
}

/** One reception, as folded from its stream. Plain data: safe to serialise. No personal data. */
export interface ReceptionState {
  status: ReceptionStatus;
  receptionId: string | null;
  reference: string | null;
  /** The figures as they stand: the latest correction's, else the recorded ones. */
  figures: ReceptionFigures | null;
  /** The figures as first recorded (a file sent again after a correction still holds these). */
  recordedFigures: ReceptionFigures | null;
  corrections: ReceptionCorrection[];
  withdrawal: ReceptionWithdrawnData | null;
}

export function initialReceptionState(): ReceptionState {
  return { status: 'not_recorded', receptionId: null, reference: null, figures: null, recordedFigures: null, corrections: [], withdrawal: null };
}

/** The figures part of an event: a fresh copy, without the event's own fields. */
export function receptionFiguresFrom(d: ReceptionFigures): ReceptionFigures {
  return {
    place: d.place,
    province: d.province,
    receivedOn: d.receivedOn,
    receivedBy: d.receivedBy,
    returnedBy: d.returnedBy,
    countryReturnedFrom: d.countryReturnedFrom,
    reason: d.reason,
    counts: { men: d.counts.men, women: d.counts.women, boys: d.counts.boys, girls: d.counts.girls },
  };
}

export function evolveReception(state: ReceptionState, event: ReceptionEvent): ReceptionState {
  switch (event.type) {
    case E.ReceptionRecorded: {
      const figures = receptionFiguresFrom(event.data);
      return { ...state, status: 'recorded', receptionId: event.data.receptionId, reference: event.data.reference, figures, recordedFigures: figures };
    }
    case E.ReceptionCorrected: {
      const { correctedOn, justification } = event.data;
      return { ...state, figures: receptionFiguresFrom(event.data), corrections: [...state.corrections, { correctedOn, justification }] };
    }
    case E.ReceptionWithdrawn:
      return { ...state, status: 'withdrawn', withdrawal: { ...event.data } };
    default: {
      const unexpected: never = event;
      throw new Error(`Unknown reception event ${(unexpected as { type: string }).type}`);
    }
  }
}

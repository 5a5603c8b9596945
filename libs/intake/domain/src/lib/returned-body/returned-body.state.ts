import { IntakeEventType as E, type BodyFigures, type ReturnedBodyEvent } from '@casetrail/intake-contracts';

export interface BodyCorrection {
  correctedOn: string;
  justification: string;
}

/** One returned body, as folded from its stream. Plain data: safe to serialise. No personal data. */
export interface ReturnedBodyState {
  received: boolean;
  bodyId: string | null;
  reference: string | null;
  /** The figures as they stand: the latest correction's, else the received ones. */
  figures: BodyFigures | null;
  /** The figures as first recorded (a file sent again after a correction still holds these). */
  recordedFigures: BodyFigures | null;
  corrections: BodyCorrection[];
}

export function initialReturnedBodyState(): ReturnedBodyState {
  return { received: false, bodyId: null, reference: null, figures: null, recordedFigures: null, corrections: [] };
}

/** The figures part of an event, without the event's own fields. */
export function bodyFiguresFrom(d: BodyFigures): BodyFigures {
  return {
    place: d.place,
    province: d.province,
    receivedOn: d.receivedOn,
    receivedBy: d.receivedBy,
    broughtBy: d.broughtBy,
    countryOfDeath: d.countryOfDeath,
    sex: d.sex,
    cause: d.cause,
  };
}

export function evolveReturnedBody(state: ReturnedBodyState, event: ReturnedBodyEvent): ReturnedBodyState {
  switch (event.type) {
    case E.BodyReceived: {
      const figures = bodyFiguresFrom(event.data);
      return { ...state, received: true, bodyId: event.data.bodyId, reference: event.data.reference, figures, recordedFigures: figures };
    }
    case E.BodyRecordCorrected: {
      const { correctedOn, justification } = event.data;
      return { ...state, figures: bodyFiguresFrom(event.data), corrections: [...state.corrections, { correctedOn, justification }] };
    }
    default: {
      const unexpected: never = event;
      throw new Error(`Unknown returned-body event ${(unexpected as { type: string }).type}`);
    }
  }
}

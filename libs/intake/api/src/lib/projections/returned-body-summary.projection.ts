import type { RecordedEvent } from '@casetrail/event-sourcing';
import type { Sex } from '@casetrail/kernel';
import { IntakeEventType as E, returnedBodyIdOfStream, type BodyBroughtBy, type BodyCause, type BodyFigures, type ReturnedBodyEvent } from '@casetrail/intake-contracts';
import type { Projection } from '@casetrail/read-models';

/** One row of the returned-body list: the figures as they stand (the latest correction's). No personal data. */
export interface ReturnedBodySummary {
  bodyId: string;
  reference: string;
  place: string;
  province: string;
  receivedOn: string;
  year: number;
  month: number;
  receivedBy: string;
  broughtBy: BodyBroughtBy;
  countryOfDeath: string;
  sex: Sex;
  cause: BodyCause;
  corrections: number;
  revision: number;
  lastChangedAt: string;
}

function bodyFiguresRow(f: BodyFigures) {
  return {
    place: f.place,
    province: f.province,
    receivedOn: f.receivedOn,
    year: Number(f.receivedOn.slice(0, 4)),
    month: Number(f.receivedOn.slice(5, 7)),
    receivedBy: f.receivedBy,
    broughtBy: f.broughtBy,
    countryOfDeath: f.countryOfDeath,
    sex: f.sex,
    cause: f.cause,
  };
}

/** The returned-body list's read model: one document per body. */
export const returnedBodySummaryProjection: Projection<ReturnedBodySummary> = {
  name: 'intake.body-summary',
  version: 1,
  collection: 'intake_body_summaries',
  handles: [E.BodyReceived, E.BodyRecordCorrected],
  documentId: (event: RecordedEvent) => returnedBodyIdOfStream(event.streamId),
  apply(current, recorded) {
    const event = recorded as unknown as ReturnedBodyEvent;
    const marker = { revision: recorded.streamRevision, lastChangedAt: recorded.recordedAt };
    if (event.type === E.BodyReceived) {
      return { bodyId: event.data.bodyId, reference: event.data.reference, ...bodyFiguresRow(event.data), corrections: 0, ...marker };
    }
    if (!current) throw new Error(`${event.type} before the body was recorded (${recorded.streamId})`);
    if (event.type === E.BodyRecordCorrected) return { ...current, ...bodyFiguresRow(event.data), corrections: current.corrections + 1, ...marker };
    const unexpected: never = event;
    throw new Error(`Unhandled event ${(unexpected as { type: string }).type}`);
  },
};

import { BODY_BROUGHT_BY, BODY_CAUSES, IntakeEventType as E, type BodyFigures, type ReturnedBodyEvent } from '@casetrail/intake-contracts';
import { conflict, requireCode, requireDate, requireId, requireSex, unprocessable } from '@casetrail/kernel';
import type { BodyInput, CorrectBodyRecord, RecordBodyReceived, ReturnedBodyCommand } from '../intake.commands';
import { requireCountryOfPlace, requireJustification, requireNotBefore, requirePlace, requireReference, requireUnit } from '../intake.rules';
import { sameBodyInput } from './returned-body.figures';
import type { ReturnedBodyState } from './returned-body.state';

/** Decides what a command means for a returned body, or throws a `DomainRuleViolation`. Pure. */
export function decideReturnedBody(command: ReturnedBodyCommand, state: ReturnedBodyState): ReturnedBodyEvent[] {
  switch (command.type) {
    case 'RecordBodyReceived':
      return recordBodyReceived(command, state);
    case 'CorrectBodyRecord':
      return correctBodyRecord(command, state);
    default: {
      const unexpected: never = command;
      throw unprocessable('UNKNOWN_COMMAND', `Unknown command ${String((unexpected as { type: unknown }).type)}`);
    }
  }
}

/** The figures of a body as given, checked, with the place's province added (as for a reception). */
export function checkedBodyFigures(input: BodyInput, now: string): BodyFigures {
  const place = requirePlace(input.place);
  return {
    place: place.code,
    province: place.province,
    receivedOn: requireDate(input.receivedOn, 'receivedOn', now),
    receivedBy: requireUnit(input.receivedBy, 'receivedBy').code,
    broughtBy: requireCode(BODY_BROUGHT_BY, input.broughtBy, 'UNKNOWN_BROUGHT_BY', 'broughtBy'),
    countryOfDeath: requireCountryOfPlace(place, input.countryOfDeath, 'countryOfDeath'),
    sex: requireSex(input.sex),
    cause: requireCode(BODY_CAUSES, input.cause, 'UNKNOWN_CAUSE', 'cause'),
  };
}

function recordBodyReceived({ data, metadata }: RecordBodyReceived, state: ReturnedBodyState): ReturnedBodyEvent[] {
  if (state.received) throw conflict('BODY_ALREADY_RECORDED', 'This body is already recorded (same place and reference); correct the record instead');
  const bodyId = requireId(data.bodyId, 'bodyId');
  const reference = requireReference(data.reference);
  return [{ type: E.BodyReceived, data: { bodyId, reference, ...checkedBodyFigures(data, metadata.now) } }];
}

/** Replaces the figures as a whole; the statistics use the latest correction. */
function correctBodyRecord({ data, metadata }: CorrectBodyRecord, state: ReturnedBodyState): ReturnedBodyEvent[] {
  if (!state.received || state.figures === null) throw conflict('BODY_NOT_RECORDED', 'There is no such body record');
  const figures = checkedBodyFigures(data, metadata.now);
  const correctedOn = requireDate(data.correctedOn, 'correctedOn', metadata.now);
  requireNotBefore(correctedOn, figures.receivedOn, 'DATE_BEFORE_RECEIVED', 'correctedOn', 'the body was received');
  const justification = requireJustification(data.justification);
  if (sameBodyInput(state.figures, figures)) throw conflict('NOTHING_TO_CORRECT', 'The correction gives the figures the record already has');
  return [{ type: E.BodyRecordCorrected, data: { ...figures, correctedOn, justification } }];
}

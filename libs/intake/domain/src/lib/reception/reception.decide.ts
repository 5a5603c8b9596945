import { RETURNED_BY, RETURN_REASONS, IntakeEventType as E, type ReceptionEvent, type ReceptionFigures, type ReturnedBy } from '@casetrail/intake-contracts';
import { conflict, requireCode, requireDate, requireId, unprocessable } from '@casetrail/kernel';
import type { CorrectReception, ReceptionCommand, ReceptionInput, RecordReception, WithdrawReception } from '../intake.commands';
import {
  requireCountryOfPlace,
  requireJustification,
  requireNotBefore,
  requirePlace,
  requireReference,
  requireUnit,
  requireWholeNumber,
} from '../intake.rules';
import { sameReceptionInput } from './reception.figures';
import type { ReceptionState } from './reception.state';

/** The most people one reception counts (per sex and age): the report's largest day is a few thousand. */
export const MAX_PERSONS_PER_COUNT = 100_000;

/** Who may have returned people received at an embassy: never themselves or their family. */
export const RETURNED_BY_AT_EMBASSY: readonly ReturnedBy[] = ['embassy', 'foreign_authorities', 'other'];

/** Decides what a command means for a reception, or throws a `DomainRuleViolation`. Pure. */
export function decideReception(command: ReceptionCommand, state: ReceptionState): ReceptionEvent[] {
  switch (command.type) {
    case 'RecordReception':
      return recordReception(command, state);
    case 'CorrectReception':
      return correctReception(command, state);
    case 'WithdrawReception':
      return withdrawReception(command, state);
    default: {
      const unexpected: never = command;
      throw unprocessable('UNKNOWN_COMMAND', `Unknown command ${String((unexpected as { type: unknown }).type)}`);
    }
  }
}

/**
 * The figures of a reception as given, checked, with the place's province added. The province is
 * never taken from the caller: it is the scope of province-scoped staff, so it must follow the place.
 */
export function checkedReceptionFigures(input: ReceptionInput, now: string): ReceptionFigures {
  const place = requirePlace(input.place);
  const returnedBy = requireCode(RETURNED_BY, input.returnedBy, 'UNKNOWN_RETURNED_BY', 'returnedBy');
  if (place.kind === 'embassy' && !RETURNED_BY_AT_EMBASSY.includes(returnedBy)) {
    throw unprocessable('RETURNED_BY_NOT_AT_EMBASSY', `returnedBy must be one of ${RETURNED_BY_AT_EMBASSY.join(', ')} for a reception at an embassy`);
  }
  const counts = input.counts as unknown;
  if (typeof counts !== 'object' || counts === null) throw unprocessable('INVALID_COUNT', 'counts must give men, women, boys and girls');
  const count = (key: 'men' | 'women' | 'boys' | 'girls') =>
    requireWholeNumber((counts as Record<string, unknown>)[key], 0, MAX_PERSONS_PER_COUNT, 'INVALID_COUNT', `counts.${key}`);
  const figures: ReceptionFigures = {
    place: place.code,
    province: place.province,
    receivedOn: requireDate(input.receivedOn, 'receivedOn', now),
    receivedBy: requireUnit(input.receivedBy, 'receivedBy').code,
    returnedBy,
    countryReturnedFrom: requireCountryOfPlace(place, input.countryReturnedFrom, 'countryReturnedFrom'),
    reason: requireCode(RETURN_REASONS, input.reason, 'UNKNOWN_REASON', 'reason'),
    counts: { men: count('men'), women: count('women'), boys: count('boys'), girls: count('girls') },
  };
  const { men, women, boys, girls } = figures.counts;
  if (men + women + boys + girls === 0) throw unprocessable('NO_PERSON_COUNTED', 'counts must count at least one person');
  return figures;
}

/**
 * A reception named by (place, reference): the caller made its id from them, so a second record of
 * the same row finds the started stream (409; an upload then compares the figures).
 */
function recordReception({ data, metadata }: RecordReception, state: ReceptionState): ReceptionEvent[] {
  if (state.status !== 'not_recorded') {
    throw conflict('RECEPTION_ALREADY_RECORDED', 'This reception is already recorded (same place and reference); correct it instead');
  }
  const receptionId = requireId(data.receptionId, 'receptionId');
  const reference = requireReference(data.reference);
  return [{ type: E.ReceptionRecorded, data: { receptionId, reference, ...checkedReceptionFigures(data, metadata.now) } }];
}

function requireRecorded(state: ReceptionState, what: string): ReceptionFigures {
  if (state.status === 'not_recorded' || state.figures === null) throw conflict('RECEPTION_NOT_RECORDED', 'There is no such reception');
  if (state.status === 'withdrawn') {
    throw conflict('RECEPTION_WITHDRAWN', `The reception was withdrawn on ${state.withdrawal?.withdrawnOn}; ${what} is no longer possible`);
  }
  return state.figures;
}

/** Replaces the figures as a whole; the statistics use the latest correction. */
function correctReception({ data, metadata }: CorrectReception, state: ReceptionState): ReceptionEvent[] {
  const current = requireRecorded(state, 'a correction');
  const figures = checkedReceptionFigures(data, metadata.now);
  const correctedOn = requireDate(data.correctedOn, 'correctedOn', metadata.now);
  requireNotBefore(correctedOn, figures.receivedOn, 'DATE_BEFORE_RECEIVED', 'correctedOn', 'the reception');
  const justification = requireJustification(data.justification);
  if (sameReceptionInput(current, figures)) throw conflict('NOTHING_TO_CORRECT', 'The correction gives the figures the reception already has');
  return [{ type: E.ReceptionCorrected, data: { ...figures, correctedOn, justification } }];
}

/** Recorded in error: the statistics drop the reception. Final. */
function withdrawReception({ data, metadata }: WithdrawReception, state: ReceptionState): ReceptionEvent[] {
  if (state.status === 'withdrawn') throw conflict('RECEPTION_ALREADY_WITHDRAWN', `The reception was already withdrawn on ${state.withdrawal?.withdrawnOn}`);
  const current = requireRecorded(state, 'a withdrawal');
  const withdrawnOn = requireDate(data.withdrawnOn, 'withdrawnOn', metadata.now);
  requireNotBefore(withdrawnOn, current.receivedOn, 'DATE_BEFORE_RECEIVED', 'withdrawnOn', 'the reception');
  return [{ type: E.ReceptionWithdrawn, data: { withdrawnOn, justification: requireJustification(data.justification) } }];
}

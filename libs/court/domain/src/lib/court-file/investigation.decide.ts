import {
  CLOSING_ORDER_OUTCOMES,
  CourtFileEventType as E,
  DETENTION_END_REASONS,
  OFFENCE_CLASSES,
  UNDER_14_DETENTION_RULE,
  pretrialDetentionLimitFor,
  type CourtFileEvent,
} from '@casetrail/court-contracts';
import {
  ageBandOfYears,
  conflict,
  requireCode,
  requireDate,
  unprocessable,
} from '@casetrail/kernel';
import type {
  EndPreTrialDetention,
  ExtendPreTrialDetention,
  IssueClosingOrder,
  OrderPreTrialDetention,
  PlaceUnderJudicialSupervision,
} from './court-file.commands';
import { lastDateOfAccused, requireAccused, requireNotBeforeLastFact } from './court-file.facts';
import { requireNotBefore, requireStage, requireWholeNumber } from './court-file.rules';
import { currentDetention, isCharged, type AccusedRecord, type DetentionRecord } from './court-file.records';
import type { CourtFileState } from './court-file.state';
import { detentionLimitDate, detentionLimitOf } from './legal-deadlines';
import { ageBandAtDate, minimumAgeAt } from './person-age';

/** The investigating judge's stage: detention or liberty under supervision, then the closing order. */

const CODE = 'of the Code of Criminal Procedure';

function requireChargedAccused(state: CourtFileState, personId: unknown): AccusedRecord {
  const accused = requireAccused(state, personId);
  if (!isCharged(accused)) throw conflict('NOT_CHARGED', 'The accused must be charged before the investigating judge orders a measure');
  return accused;
}

function requireCurrentDetention(accused: AccusedRecord): DetentionRecord {
  const detention = currentDetention(accused);
  if (!detention) throw conflict('NOT_DETAINED', 'The accused is not in pre-trial detention');
  return detention;
}

/**
 * The governing limit is chosen by the least age the accused can have on the order date and the
 * offence class (see `minimumAgeAt`): a child under 14, or a person who cannot be shown to be 14
 * or over, is never detained (art. 212).
 */
export function orderPreTrialDetention({ data, metadata }: OrderPreTrialDetention, state: CourtFileState): CourtFileEvent[] {
  requireStage(state, ['investigation'], 'Pre-trial detention');
  const accused = requireChargedAccused(state, data.personId);
  if (currentDetention(accused)) throw conflict('ALREADY_DETAINED', 'The accused is already in pre-trial detention');
  const offenceClass = requireCode(OFFENCE_CLASSES, data.offenceClass, 'UNKNOWN_OFFENCE_CLASS', 'offenceClass');
  const orderedOn = requireDate(data.orderedOn, 'orderedOn', metadata.now);
  requireNotBefore(orderedOn, state.entered.investigation, 'DATE_BEFORE_STAGE', 'orderedOn', 'the file was submitted for investigation');
  requireNotBefore(orderedOn, lastDateOfAccused(accused), 'DATE_BEFORE_RECORDED_FACT', 'orderedOn', 'a fact already recorded for the accused');
  const age = minimumAgeAt(accused, orderedOn);
  const rule = UNDER_14_DETENTION_RULE;
  if (age === null || age < rule.appliesTo!.maxAgeYears!) {
    // Only a birth date or an age in years tells the age; a band alone tells a lower bound.
    const known = age !== null && (accused.birthDate !== null || accused.ageInYears !== null);
    throw unprocessable(
      'DETENTION_OF_CHILD_UNDER_14',
      `${rule.article} ${CODE}: a minor under 14 may not be placed in pre-trial detention, and the accused ${known ? 'is under 14' : 'cannot be shown to be 14 or over'} on orderedOn`,
    );
  }
  const limit = pretrialDetentionLimitFor(age, offenceClass);
  return [
    {
      type: E.PreTrialDetentionOrdered,
      data: { personId: accused.personId, orderedOn, offenceClass, limitId: limit.id, sex: accused.sex, ageBand: ageBandOfYears(age) },
    },
  ];
}

/**
 * Extends the detention in force within what its legal limit allows: no more extensions than the
 * article grants, none longer than it grants, and none once the detention has run out.
 */
export function extendPreTrialDetention({ data, metadata }: ExtendPreTrialDetention, state: CourtFileState): CourtFileEvent[] {
  requireStage(state, ['investigation'], 'Extending a pre-trial detention');
  const accused = requireAccused(state, data.personId);
  const detention = requireCurrentDetention(accused);
  const limit = detentionLimitOf(detention);
  const cite = `${limit.article} ${CODE}`;
  if (!limit.extension || detention.extensions.length >= limit.extension.maxTimes) {
    const allowed = limit.extension?.maxTimes ?? 0;
    throw unprocessable(
      'EXTENSION_LIMIT_REACHED',
      `${cite} allows ${allowed === 0 ? 'no extension' : `${allowed} extension(s)`} of this detention (${limit.subject.toLowerCase()}); ${detention.extensions.length} already granted`,
    );
  }
  const longest = limit.extension.period.amount;
  const months = data.months === undefined ? longest : requireWholeNumber(data.months, 1, 12, 'INVALID_MONTHS', 'months');
  if (months > longest) throw unprocessable('EXTENSION_TOO_LONG', `${cite} allows an extension of at most ${longest} months`);
  const extendedOn = requireDate(data.extendedOn, 'extendedOn', metadata.now);
  requireNotBefore(extendedOn, lastDateOfAccused(accused), 'DATE_BEFORE_RECORDED_FACT', 'extendedOn', 'a fact already recorded for the accused');
  const runsOut = detentionLimitDate(detention);
  if (extendedOn > runsOut) {
    throw unprocessable('DETENTION_LIMIT_PASSED', `${cite}: the detention ran out on ${runsOut}; it cannot be extended after its limit`);
  }
  return [{ type: E.PreTrialDetentionExtended, data: { personId: accused.personId, extendedOn, months } }];
}

/** Ends the detention in force (during the investigation, or at trial before the judgment). */
export function endPreTrialDetention({ data, metadata }: EndPreTrialDetention, state: CourtFileState): CourtFileEvent[] {
  requireStage(state, ['investigation', 'trial'], 'Ending a pre-trial detention');
  const accused = requireAccused(state, data.personId);
  requireCurrentDetention(accused);
  const reason = requireCode(DETENTION_END_REASONS, data.reason, 'UNKNOWN_END_REASON', 'reason');
  const endedOn = requireDate(data.endedOn, 'endedOn', metadata.now);
  requireNotBefore(endedOn, lastDateOfAccused(accused), 'DATE_BEFORE_RECORDED_FACT', 'endedOn', 'a fact already recorded for the accused');
  return [{ type: E.PreTrialDetentionEnded, data: { personId: accused.personId, endedOn, reason } }];
}

/** Leaves the accused at liberty under judicial supervision; a detention in force ends with it. */
export function placeUnderJudicialSupervision(
  { data, metadata }: PlaceUnderJudicialSupervision,
  state: CourtFileState,
): CourtFileEvent[] {
  requireStage(state, ['investigation'], 'Judicial supervision');
  const accused = requireChargedAccused(state, data.personId);
  if (accused.supervisedSince) throw conflict('ALREADY_UNDER_SUPERVISION', `The accused is under judicial supervision since ${accused.supervisedSince}`);
  const orderedOn = requireDate(data.orderedOn, 'orderedOn', metadata.now);
  requireNotBefore(orderedOn, state.entered.investigation, 'DATE_BEFORE_STAGE', 'orderedOn', 'the file was submitted for investigation');
  requireNotBefore(orderedOn, lastDateOfAccused(accused), 'DATE_BEFORE_RECORDED_FACT', 'orderedOn', 'a fact already recorded for the accused');
  const personId = accused.personId;
  return [
    ...(currentDetention(accused)
      ? [{ type: E.PreTrialDetentionEnded, data: { personId, endedOn: orderedOn, reason: 'judicial_supervision' as const } }]
      : []),
    { type: E.JudicialSupervisionOrdered, data: { personId, orderedOn, sex: accused.sex, ageBand: ageBandAtDate(accused, orderedOn) } },
  ];
}

/**
 * The closing order: to trial (with at least one charged accused), or dismissed, which ends every
 * detention in force. Only one per file: the file leaves the investigation stage with it.
 */
export function issueClosingOrder({ data, metadata }: IssueClosingOrder, state: CourtFileState): CourtFileEvent[] {
  if (state.closingOrder) throw conflict('CLOSING_ORDER_ALREADY_ISSUED', `A closing order was issued on ${state.closingOrder.issuedOn}`);
  requireStage(state, ['investigation'], 'The closing order');
  const outcome = requireCode(CLOSING_ORDER_OUTCOMES, data.outcome, 'UNKNOWN_OUTCOME', 'outcome');
  const issuedOn = requireDate(data.issuedOn, 'issuedOn', metadata.now);
  requireNotBeforeLastFact(issuedOn, 'issuedOn', state);
  const accused = Object.values(state.accused);
  if (outcome === 'sent_to_trial' && !accused.some(isCharged)) {
    throw conflict('NO_CHARGED_ACCUSED', 'A case is sent to trial with at least one charged accused; charge the accused first');
  }
  const released: CourtFileEvent[] =
    outcome === 'dismissed'
      ? accused
          .filter((a) => currentDetention(a))
          .map((a) => ({ type: E.PreTrialDetentionEnded, data: { personId: a.personId, endedOn: issuedOn, reason: 'dismissal' as const } }))
      : [];
  return [...released, { type: E.ClosingOrderIssued, data: { outcome, issuedOn } }];
}

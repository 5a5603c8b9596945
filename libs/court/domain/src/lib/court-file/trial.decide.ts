import {
  APPEAL_DECISIONS,
  APPELLANTS,
  CUSTODY_STATUSES,
  CourtFileEventType as E,
  MAX_MINOR_UNITS,
  MAX_TERM_MONTHS,
  VERDICT_OUTCOMES,
  isCurrencyCode,
  isFinalVerdictOutcome,
  type CourtFileEvent,
  type MoneyAmount,
  type VerdictDeliveredData,
} from '@casetrail/court-contracts';
import type { AwardCompensation, DeliverVerdict, LodgeAppeal, RecordAppealDecision } from './court-file.commands';
import { lastDateOfAccused, requireAccused, requireVictim } from './court-file.facts';
import { refuseField, requireNotBefore, requireStage, requireWholeNumber } from './court-file.rules';
import { currentDetention, finalVerdict, isCharged } from './court-file.records';
import type { CourtFileState } from './court-file.state';
import { ageBandAtDate } from './person-age';
import { conflict, requireCode, requireDate, unprocessable } from '@casetrail/kernel';

/** The trial court's stage: verdicts per accused, compensation, appeals recorded beside the judgment. */

/** Integer minor units of an ISO 4217 currency, never converted. */
function requireMoney(amount: unknown, currency: unknown, field: string): MoneyAmount {
  if (!isCurrencyCode(currency)) throw unprocessable('UNKNOWN_CURRENCY', `${field}currency must be an ISO 4217 code with a minor unit`);
  return { amount: requireWholeNumber(amount, 1, MAX_MINOR_UNITS, 'INVALID_AMOUNT', `${field}amount (in minor units)`), currency };
}

/**
 * A first-instance verdict for a charged accused. A deferral or a release on bail may be followed
 * by another verdict; any other outcome is final and never changes (an appeal is recorded beside
 * it). A judgment ends the pre-trial detention in force; a deferral does not.
 */
export function deliverVerdict({ data, metadata }: DeliverVerdict, state: CourtFileState): CourtFileEvent[] {
  requireStage(state, ['trial'], 'A verdict');
  const accused = requireAccused(state, data.personId);
  if (!isCharged(accused)) throw conflict('NOT_CHARGED', 'A verdict is delivered only for an accused charged in this file');
  const final = finalVerdict(accused);
  if (final) throw conflict('VERDICT_ALREADY_DELIVERED', `A first-instance verdict (${final.outcome}) was delivered on ${final.deliveredOn}`);
  const outcome = requireCode(VERDICT_OUTCOMES, data.outcome, 'UNKNOWN_OUTCOME', 'outcome');
  const deliveredOn = requireDate(data.deliveredOn, 'deliveredOn', metadata.now);
  requireNotBefore(deliveredOn, state.entered.trial, 'DATE_BEFORE_STAGE', 'deliveredOn', 'the file reached the trial stage');
  requireNotBefore(deliveredOn, lastDateOfAccused(accused), 'DATE_BEFORE_RECORDED_FACT', 'deliveredOn', 'a fact already recorded for the accused');

  const verdict: VerdictDeliveredData = { personId: accused.personId, outcome, deliveredOn, sex: accused.sex, ageBand: ageBandAtDate(accused, deliveredOn) };
  const sentenced = outcome === 'imprisonment' || outcome === 'suspended_sentence';
  if (sentenced) {
    if (data.termMonths === undefined) throw unprocessable('TERM_REQUIRED', 'termMonths is required with a sentence');
    verdict.termMonths = requireWholeNumber(data.termMonths, 1, MAX_TERM_MONTHS, 'INVALID_TERM', 'termMonths');
  } else refuseField(data.termMonths, 'termMonths', 'with imprisonment or a suspended sentence');
  if (outcome === 'imprisonment') {
    if (data.custody === undefined) throw unprocessable('CUSTODY_REQUIRED', 'custody is required with imprisonment (in_custody or at_liberty)');
    verdict.custody = requireCode(CUSTODY_STATUSES, data.custody, 'UNKNOWN_CUSTODY', 'custody');
  } else refuseField(data.custody, 'custody', 'with imprisonment');
  if (outcome === 'fine') {
    if (typeof data.fine !== 'object' || data.fine === null) throw unprocessable('FINE_REQUIRED', 'fine (amount and currency) is required with a fine');
    verdict.fine = requireMoney(data.fine.amount, data.fine.currency, 'fine.');
  } else refuseField(data.fine, 'fine', 'with a fine');

  const ends = currentDetention(accused) && (isFinalVerdictOutcome(outcome) || outcome === 'released_on_bail');
  return [
    ...(ends
      ? [{ type: E.PreTrialDetentionEnded, data: { personId: accused.personId, endedOn: deliveredOn, reason: 'first_instance_judgment' as const } }]
      : []),
    { type: E.VerdictDelivered, data: verdict },
  ];
}

/** Compensation to a victim of the file, in the currency the court named (never converted). */
export function awardCompensation({ data, metadata }: AwardCompensation, state: CourtFileState): CourtFileEvent[] {
  requireStage(state, ['trial'], 'A compensation award');
  const victim = requireVictim(state, data.victimId, 'victimId');
  const money = requireMoney(data.amount, data.currency, '');
  const awardedOn = requireDate(data.awardedOn, 'awardedOn', metadata.now);
  requireNotBefore(awardedOn, state.entered.trial, 'DATE_BEFORE_STAGE', 'awardedOn', 'the file reached the trial stage');
  requireNotBefore(awardedOn, victim.enteredOn, 'DATE_BEFORE_PERSON_ENTERED', 'awardedOn', 'the victim entered the file');
  return [{ type: E.CompensationAwarded, data: { victimId: victim.personId, ...money, awardedOn } }];
}

/**
 * An appeal against the first-instance judgment: by the accused (naming themself), the
 * prosecutor or a civil party (optionally naming the accused it concerns). There must be a final
 * verdict to appeal against, for that accused or, when none is named, in the file.
 */
export function lodgeAppeal({ data, metadata }: LodgeAppeal, state: CourtFileState): CourtFileEvent[] {
  requireStage(state, ['trial'], 'An appeal');
  const appellant = requireCode(APPELLANTS, data.appellant, 'UNKNOWN_APPELLANT', 'appellant');
  if (appellant === 'accused' && data.personId === undefined) throw unprocessable('PERSON_REQUIRED', 'personId is required when the accused appeals');
  const accused = data.personId === undefined ? null : requireAccused(state, data.personId);
  const judged = (accused ? [finalVerdict(accused)] : Object.values(state.accused).map(finalVerdict)).filter((v) => v !== null);
  if (judged.length === 0) {
    throw conflict('NO_FIRST_INSTANCE_VERDICT', `There is no final first-instance verdict ${accused ? 'for the accused' : 'in the file'} to appeal against`);
  }
  const lodgedOn = requireDate(data.lodgedOn, 'lodgedOn', metadata.now);
  const earliest = judged.map((v) => v.deliveredOn).reduce((min, d) => (d < min ? d : min));
  requireNotBefore(lodgedOn, earliest, 'DATE_BEFORE_VERDICT', 'lodgedOn', 'the verdict appealed against');
  return [
    {
      type: E.AppealLodged,
      data: { appealNumber: state.appeals.length + 1, appellant, lodgedOn, ...(accused ? { personId: accused.personId } : {}) },
    },
  ];
}

/** The Court of Appeal's decision, recorded beside the first-instance verdict (which never changes). */
export function recordAppealDecision({ data, metadata }: RecordAppealDecision, state: CourtFileState): CourtFileEvent[] {
  requireStage(state, ['trial'], 'An appeal decision');
  const appealNumber = requireWholeNumber(data.appealNumber, 1, 1000, 'INVALID_APPEAL_NUMBER', 'appealNumber');
  const appeal = state.appeals.find((a) => a.appealNumber === appealNumber);
  if (!appeal) throw conflict('APPEAL_NOT_FOUND', 'appealNumber does not name an appeal lodged in this file');
  if (appeal.decision) throw conflict('APPEAL_ALREADY_DECIDED', `The appeal was decided on ${appeal.decidedOn}`);
  const decision = requireCode(APPEAL_DECISIONS, data.decision, 'UNKNOWN_DECISION', 'decision');
  const decidedOn = requireDate(data.decidedOn, 'decidedOn', metadata.now);
  requireNotBefore(decidedOn, appeal.lodgedOn, 'DATE_BEFORE_APPEAL', 'decidedOn', 'the appeal was lodged');
  return [{ type: E.AppealDecided, data: { appealNumber, decision, decidedOn } }];
}

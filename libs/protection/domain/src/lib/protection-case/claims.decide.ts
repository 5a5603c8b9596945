import { ProtectionCaseEventType as E, type ProtectionCaseEvent } from '@casetrail/protection-contracts';
import { conflict, requireDate, requireId, unprocessable } from '@casetrail/kernel';
import type {
  FileCompensationClaim,
  RecordCompensationAward,
  RecordCompensationReceived,
  RecordCourtCompensationAward,
} from './protection-case.commands';
import {
  refusePartner,
  requireMoney,
  requireNotBefore,
  requireNotBeforeReception,
  requireOpenCase,
  requireOrganisation,
  requireOwnOrganisation,
} from './protection-case.rules';
import type { ClaimRecord, ProtectionCaseState } from './protection-case.state';

/**
 * Legal aid and compensation: a claim per court case, awarded once, received in parts. Amounts are
 * integer minor units of the award's currency, never converted; never more received than awarded.
 */

function requireClaim(state: ProtectionCaseState, claimId: unknown): ClaimRecord {
  const claim = state.claims[requireId(claimId, 'claimId')];
  if (!claim) throw conflict('CLAIM_NOT_FOUND', 'claimId does not name a claim filed in this case');
  return claim;
}

function requireNotAwarded(claim: ClaimRecord): void {
  if (claim.award) throw conflict('ALREADY_AWARDED', `Compensation on this claim was awarded on ${claim.award.awardedOn}`);
}

export function fileCompensationClaim({ data, metadata }: FileCompensationClaim, state: ProtectionCaseState): ProtectionCaseEvent[] {
  requireOpenCase(state, 'A compensation claim');
  const claimId = requireId(data.claimId, 'claimId');
  if (state.claims[claimId]) throw conflict('CLAIM_ALREADY_FILED', `A claim with this claimId was filed on ${state.claims[claimId].filedOn}`);
  const courtFileId = data.courtFileId === undefined ? undefined : requireId(data.courtFileId, 'courtFileId');
  const supportingOrganisation = requireOrganisation(data.supportingOrganisation, 'supportingOrganisation').code;
  requireOwnOrganisation(metadata, supportingOrganisation, 'supportingOrganisation');
  const filedOn = requireDate(data.filedOn, 'filedOn', metadata.now);
  requireNotBeforeReception(filedOn, 'filedOn', state);
  return [{ type: E.CompensationClaimFiled, data: { claimId, ...(courtFileId ? { courtFileId } : {}), supportingOrganisation, filedOn } }];
}

/** A court's award a worker records by hand, on a claim filed in the case. */
export function recordCompensationAward({ data, metadata }: RecordCompensationAward, state: ProtectionCaseState): ProtectionCaseEvent[] {
  refusePartner(metadata, 'A compensation award');
  requireOpenCase(state, 'A compensation award');
  const claim = requireClaim(state, data.claimId);
  requireNotAwarded(claim);
  const money = requireMoney(data.amount, data.currency);
  const awardedOn = requireDate(data.awardedOn, 'awardedOn', metadata.now);
  requireNotBefore(awardedOn, claim.filedOn, 'DATE_BEFORE_CLAIM', 'awardedOn', 'the claim was filed');
  return [{ type: E.CompensationAwarded, data: { claimId: claim.claimId, ...money, awardedOn, source: 'recorded' } }];
}

/**
 * The court context awarded compensation to a victim this case follows (the reactor on
 * `court.CompensationAwarded`): the claim is the court file's, filed on the award date when the
 * case has none yet, supported by the given organisation or else the one that received the person.
 */
export function recordCourtCompensationAward({ data, metadata }: RecordCourtCompensationAward, state: ProtectionCaseState): ProtectionCaseEvent[] {
  requireOpenCase(state, 'A compensation award');
  const courtFileId = requireId(data.courtFileId, 'courtFileId');
  const money = requireMoney(data.amount, data.currency);
  const awardedOn = requireDate(data.awardedOn, 'awardedOn', metadata.now);
  const existing = state.claims[courtFileId];
  if (existing) {
    requireNotAwarded(existing);
    requireNotBefore(awardedOn, existing.filedOn, 'DATE_BEFORE_CLAIM', 'awardedOn', 'the claim was filed');
  } else requireNotBeforeReception(awardedOn, 'awardedOn', state);
  const supportingOrganisation = requireOrganisation(data.supportingOrganisation ?? state.receivedBy, 'supportingOrganisation').code;
  return [
    ...(existing
      ? []
      : [{ type: E.CompensationClaimFiled, data: { claimId: courtFileId, courtFileId, supportingOrganisation, filedOn: awardedOn } } as const]),
    { type: E.CompensationAwarded, data: { claimId: courtFileId, ...money, awardedOn, source: 'court' } },
  ];
}

/** Money received on an awarded claim, in the award's currency; the total never passes the award. */
export function recordCompensationReceived({ data, metadata }: RecordCompensationReceived, state: ProtectionCaseState): ProtectionCaseEvent[] {
  requireOpenCase(state, 'A compensation receipt');
  const claim = requireClaim(state, data.claimId);
  requireOwnOrganisation(metadata, claim.supportingOrganisation, 'the claim’s supporting organisation');
  const award = claim.award;
  if (!award) throw conflict('NOT_AWARDED', 'No compensation was awarded on this claim yet');
  const money = requireMoney(data.amount, data.currency);
  if (money.currency !== award.currency) throw unprocessable('CURRENCY_MISMATCH', `currency must be the award's currency (${award.currency}); amounts are never converted`);
  const receivedOn = requireDate(data.receivedOn, 'receivedOn', metadata.now);
  requireNotBefore(receivedOn, award.awardedOn, 'DATE_BEFORE_AWARD', 'receivedOn', 'the award');
  const left = award.amount - claim.received;
  if (money.amount > left) {
    throw conflict('OVERPAYMENT', `amount is more than is left to receive on the award (${left} minor units of ${award.currency})`);
  }
  return [{ type: E.CompensationReceived, data: { claimId: claim.claimId, ...money, receivedOn } }];
}

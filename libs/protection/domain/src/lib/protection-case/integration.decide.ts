import {
  CASE_CLOSURE_REASONS,
  DEFAULT_FOLLOW_UP_SCHEDULE_MONTHS,
  FAMILY_ASSESSMENT_OUTCOMES,
  FOLLOW_UP_OUTCOMES,
  ProtectionCaseEventType as E,
  type OrganisationKind,
  type ProtectionCaseEvent,
} from '@casetrail/protection-contracts';
import { conflict, isProvinceCode, requireCode, requireDate, unprocessable } from '@casetrail/kernel';
import type { AssessFamily, CloseProtectionCase, IntegratePerson, RecordFollowUpVisit, ReopenProtectionCase } from './protection-case.commands';
import {
  refusePartner,
  requireNotBefore,
  requireNotBeforeReception,
  requireOpenCase,
  requireOrganisation,
  requireOwnOrganisation,
  requireSingleLine,
  requireStage,
} from './protection-case.rules';
import {
  currentShelterStay,
  integratedSinceLastReopening,
  latestFamilyAssessment,
  latestIntegration,
  type ProtectionCaseState,
} from './protection-case.state';
import { ageBandAtDate } from './person-age';

/** Family assessment, integration into the community, follow-up visits; closing and reopening. */

/** Who integrates a person (the report counts by these kinds); the ministry does not. */
const INTEGRATING_KINDS: readonly OrganisationKind[] = ['municipal_department', 'provincial_department', 'partner_organisation'];

/** Longest justification of a reopening: one line. */
const MAX_JUSTIFICATION = 500;

/** The family the person would return to, assessed at any time while the case is open. */
export function assessFamily({ data, metadata }: AssessFamily, state: ProtectionCaseState): ProtectionCaseEvent[] {
  requireOpenCase(state, 'A family assessment');
  const outcome = requireCode(FAMILY_ASSESSMENT_OUTCOMES, data.outcome, 'UNKNOWN_OUTCOME', 'outcome');
  const assessedBy = requireOrganisation(data.assessedBy, 'assessedBy').code;
  requireOwnOrganisation(metadata, assessedBy, 'assessedBy');
  const assessedOn = requireDate(data.assessedOn, 'assessedOn', metadata.now);
  requireNotBeforeReception(assessedOn, 'assessedOn', state);
  return [{ type: E.FamilyAssessed, data: { assessedOn, outcome, assessedBy } }];
}

/**
 * Integration into the community: not from a shelter (the departure comes first), and only to a
 * family assessed as suitable (with or without support) by the latest assessment. The follow-up
 * schedule in force for the integrating organisation is copied onto the event, and the acting
 * user becomes the worker the visits fall to. One integration per opening of the case: a second
 * needs a reopening (a person trafficked again).
 */
export function integratePerson({ data, metadata }: IntegratePerson, state: ProtectionCaseState): ProtectionCaseEvent[] {
  requireOpenCase(state, 'An integration');
  if (integratedSinceLastReopening(state)) {
    throw conflict('ALREADY_INTEGRATED', `The person was integrated on ${latestIntegration(state)?.integratedOn}; a new integration follows a reopening`);
  }
  const shelter = currentShelterStay(state);
  if (shelter) throw conflict('IN_SHELTER', `The person is in a shelter since ${shelter.admittedOn}; record the departure first`);
  const assessment = latestFamilyAssessment(state);
  if (!assessment) throw conflict('FAMILY_NOT_ASSESSED', 'The family has not been assessed; record a family assessment first');
  if (assessment.outcome === 'not_suitable') {
    throw conflict('FAMILY_NOT_SUITABLE', `The latest family assessment (${assessment.assessedOn}) found the family not suitable`);
  }
  const integrating = requireOrganisation(data.integratedBy, 'integratedBy');
  if (!INTEGRATING_KINDS.includes(integrating.kind)) {
    throw unprocessable('NOT_AN_INTEGRATING_ORGANISATION', 'integratedBy must be a department of social affairs or a partner organisation');
  }
  requireOwnOrganisation(metadata, integrating.code, 'integratedBy');
  if (!isProvinceCode(data.province)) throw unprocessable('UNKNOWN_PROVINCE', 'province must be a province code');
  const integratedOn = requireDate(data.integratedOn, 'integratedOn', metadata.now);
  requireNotBeforeReception(integratedOn, 'integratedOn', state);
  requireNotBefore(integratedOn, assessment.assessedOn, 'DATE_BEFORE_ASSESSMENT', 'integratedOn', 'the family assessment');
  const lastStay = state.shelterStays[state.shelterStays.length - 1];
  requireNotBefore(integratedOn, lastStay?.departedOn ?? null, 'DATE_BEFORE_DEPARTURE', 'integratedOn', 'the departure from the shelter');
  const person = state.person!;
  return [
    {
      type: E.PersonIntegrated,
      data: {
        integratedBy: integrating.code,
        integratedOn,
        province: data.province,
        followUpScheduleMonths: [...(integrating.followUpScheduleMonths ?? DEFAULT_FOLLOW_UP_SCHEDULE_MONTHS)],
        followUpWorker: metadata.actor.userId,
        exploitationType: state.exploitationType!,
        sex: person.sex,
        ageBand: ageBandAtDate(person, integratedOn),
      },
    },
  ];
}

/** A visit after the latest integration, numbered from 1 for that integration, in date order. */
export function recordFollowUpVisit({ data, metadata }: RecordFollowUpVisit, state: ProtectionCaseState): ProtectionCaseEvent[] {
  requireStage(state, ['integrated'], 'A follow-up visit');
  const integration = latestIntegration(state)!;
  const outcome = requireCode(FOLLOW_UP_OUTCOMES, data.outcome, 'UNKNOWN_OUTCOME', 'outcome');
  const visitedBy = requireOrganisation(data.visitedBy, 'visitedBy').code;
  requireOwnOrganisation(metadata, visitedBy, 'visitedBy');
  const visitedOn = requireDate(data.visitedOn, 'visitedOn', metadata.now);
  requireNotBefore(visitedOn, integration.integratedOn, 'DATE_BEFORE_INTEGRATION', 'visitedOn', 'the integration');
  const previous = integration.visits[integration.visits.length - 1];
  requireNotBefore(visitedOn, previous?.visitedOn ?? null, 'DATE_BEFORE_PREVIOUS_VISIT', 'visitedOn', 'the previous visit');
  return [{ type: E.FollowUpVisited, data: { visitNumber: integration.visits.length + 1, visitedOn, outcome, visitedBy } }];
}

/** Closing, from any stage, with a reason. */
export function closeProtectionCase({ data, metadata }: CloseProtectionCase, state: ProtectionCaseState): ProtectionCaseEvent[] {
  refusePartner(metadata, 'Closing a case');
  requireOpenCase(state, 'Closing');
  const reason = requireCode(CASE_CLOSURE_REASONS, data.reason, 'UNKNOWN_CLOSURE_REASON', 'reason');
  const closedOn = requireDate(data.closedOn, 'closedOn', metadata.now);
  requireNotBeforeReception(closedOn, 'closedOn', state);
  const reopened = state.reopenings[state.reopenings.length - 1];
  requireNotBefore(closedOn, reopened?.reopenedOn ?? null, 'DATE_BEFORE_REOPENING', 'closedOn', 'the case was reopened');
  return [{ type: E.ProtectionCaseClosed, data: { closedOn, reason } }];
}

/** Reopening a closed case, with a one-line justification; it returns to the stage it was closed at. */
export function reopenProtectionCase({ data, metadata }: ReopenProtectionCase, state: ProtectionCaseState): ProtectionCaseEvent[] {
  refusePartner(metadata, 'Reopening a case');
  if (state.stage === 'not_opened') throw conflict('CASE_NOT_OPENED', 'There is no protection case for this person');
  if (state.stage !== 'closed' || !state.closure) throw conflict('CASE_NOT_CLOSED', 'Only a closed case is reopened');
  const justification = requireSingleLine(data.justification, 'justification', MAX_JUSTIFICATION);
  const reopenedOn = requireDate(data.reopenedOn, 'reopenedOn', metadata.now);
  requireNotBefore(reopenedOn, state.closure.closedOn, 'DATE_BEFORE_CLOSURE', 'reopenedOn', 'the case was closed');
  return [{ type: E.ProtectionCaseReopened, data: { reopenedOn, justification } }];
}

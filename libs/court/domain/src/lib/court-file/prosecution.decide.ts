import { CourtFileEventType as E, PROSECUTION_ACTIONS, RETENTION_REASONS, TRIAL_ROUTES, type CourtFileEvent, type ProsecutionDecidedData } from '@casetrail/court-contracts';
import type { ChargePerson, DecideProsecution } from './court-file.commands';
import { requireAccused, requireNotBeforeLastFact } from './court-file.facts';
import { refuseField, requireInOrder, requireNotBefore, requireOffences, requireStage } from './court-file.rules';
import { chargedOffences, isCharged } from './court-file.records';
import type { CourtFileState } from './court-file.state';
import { ageBandAtDate } from './person-age';
import { conflict, requireCode, requireDate, unprocessable } from '@casetrail/kernel';

/** The prosecutor's stage: charging persons and the one prosecution decision. */

/**
 * Charges an accused with offences of the catalogue. The prosecutor charges before deciding; the
 * investigating judge may charge further during the investigation. Offences already charged
 * against the person are left out of the event; a charge that adds none is a conflict. The band
 * at the charge date is derived as `minimumAgeAt` says (birth date, else age in years carried
 * forward, else the recorded band: bands only rise).
 */
export function chargePerson({ data, metadata }: ChargePerson, state: CourtFileState): CourtFileEvent[] {
  requireStage(state, ['prosecution', 'investigation'], 'Charging a person');
  const accused = requireAccused(state, data.personId);
  const offences = requireOffences(data.offences);
  const chargedOn = requireDate(data.chargedOn, 'chargedOn', metadata.now);
  requireNotBefore(chargedOn, accused.enteredOn, 'DATE_BEFORE_PERSON_ENTERED', 'chargedOn', 'the accused entered the file');
  if (state.stage === 'investigation') {
    requireNotBefore(chargedOn, state.entered.investigation, 'DATE_BEFORE_STAGE', 'chargedOn', 'the file was submitted for investigation');
  }
  const already = chargedOffences(accused);
  const newOffences = offences.filter((o) => !already.includes(o));
  if (newOffences.length === 0) throw conflict('ALREADY_CHARGED', 'the accused is already charged with every offence given');
  return [
    {
      type: E.PersonCharged,
      data: {
        personId: accused.personId,
        offences: newOffences,
        chargedOn,
        chargedBy: state.stage === 'investigation' ? 'investigating_judge' : 'prosecutor',
        sex: accused.sex,
        ageBand: ageBandAtDate(accused, chargedOn),
      },
    },
  ];
}

/**
 * The prosecutor's one decision: to the investigating judge, retained without processing (with a
 * reason), or to trial (immediate appearance or direct summons). A file goes to trial only with a
 * charged accused; an investigation may start against persons not yet charged (the judge charges).
 */
export function decideProsecution({ data, metadata }: DecideProsecution, state: CourtFileState): CourtFileEvent[] {
  if (state.prosecutionDecision) {
    throw conflict('PROSECUTION_ALREADY_DECIDED', `The prosecutor already decided on this file on ${state.prosecutionDecision.decidedOn}`);
  }
  requireStage(state, ['prosecution'], 'The prosecution decision');
  const action = requireCode(PROSECUTION_ACTIONS, data.action, 'UNKNOWN_ACTION', 'action');
  const decidedOn = requireDate(data.decidedOn, 'decidedOn', metadata.now);
  requireNotBeforeLastFact(decidedOn, 'decidedOn', state);
  const decision: ProsecutionDecidedData = { action, decidedOn };

  if (action === 'retained_without_processing') {
    if (data.reason === undefined) throw unprocessable('REASON_REQUIRED', 'reason is required to retain a file without processing');
    decision.reason = requireCode(RETENTION_REASONS, data.reason, 'UNKNOWN_REASON', 'reason');
  } else {
    refuseField(data.reason, 'reason', 'to retain a file without processing');
  }

  if (action === 'submitted_for_trial') {
    if (!Object.values(state.accused).some(isCharged)) {
      throw conflict('NO_CHARGED_ACCUSED', 'A file goes to trial with at least one charged accused; charge the accused first');
    }
    if (data.trialRoute === undefined) throw unprocessable('TRIAL_ROUTE_REQUIRED', 'trialRoute is required to submit a file for trial');
    decision.trialRoute = requireCode(TRIAL_ROUTES, data.trialRoute, 'UNKNOWN_TRIAL_ROUTE', 'trialRoute');
  } else {
    refuseField(data.trialRoute, 'trialRoute', 'to submit a file for trial');
  }

  if (decision.trialRoute === 'immediate_appearance') {
    const appearedOn = data.appearedOn === undefined ? decidedOn : requireDate(data.appearedOn, 'appearedOn', metadata.now);
    requireInOrder(decidedOn, appearedOn, 'DATE_BEFORE_DECISION', 'decidedOn', 'appearedOn');
    decision.appearedOn = appearedOn;
  } else {
    refuseField(data.appearedOn, 'appearedOn', 'for an immediate appearance');
  }
  return [{ type: E.ProsecutionDecided, data: decision }];
}

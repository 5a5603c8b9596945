import type { CourtFileEvent } from '@casetrail/court-contracts';
import type { CourtFileCommand } from './court-file.commands';
import type { CourtFileState } from './court-file.state';
import {
  endPreTrialDetention,
  extendPreTrialDetention,
  issueClosingOrder,
  orderPreTrialDetention,
  placeUnderJudicialSupervision,
} from './investigation.decide';
import { addAccused, addVictim, openCourtFile, openCourtFileFromPoliceForwarding } from './opening.decide';
import { chargePerson, decideProsecution } from './prosecution.decide';
import { awardCompensation, deliverVerdict, lodgeAppeal, recordAppealDecision } from './trial.decide';
import { unprocessable } from '@casetrail/kernel';

/** Decides what a command means for the court file, or throws a `DomainRuleViolation`. Pure. */
export function decideCourtFile(command: CourtFileCommand, state: CourtFileState): CourtFileEvent[] {
  switch (command.type) {
    case 'OpenCourtFileFromPoliceForwarding':
      return openCourtFileFromPoliceForwarding(command, state);
    case 'OpenCourtFile':
      return openCourtFile(command, state);
    case 'AddAccused':
      return addAccused(command, state);
    case 'AddVictim':
      return addVictim(command, state);
    case 'ChargePerson':
      return chargePerson(command, state);
    case 'DecideProsecution':
      return decideProsecution(command, state);
    case 'OrderPreTrialDetention':
      return orderPreTrialDetention(command, state);
    case 'ExtendPreTrialDetention':
      return extendPreTrialDetention(command, state);
    case 'EndPreTrialDetention':
      return endPreTrialDetention(command, state);
    case 'PlaceUnderJudicialSupervision':
      return placeUnderJudicialSupervision(command, state);
    case 'IssueClosingOrder':
      return issueClosingOrder(command, state);
    case 'DeliverVerdict':
      return deliverVerdict(command, state);
    case 'AwardCompensation':
      return awardCompensation(command, state);
    case 'LodgeAppeal':
      return lodgeAppeal(command, state);
    case 'RecordAppealDecision':
      return recordAppealDecision(command, state);
    default: {
      const unexpected: never = command;
      throw unprocessable('UNKNOWN_COMMAND', `Unknown command ${String((unexpected as { type: unknown }).type)}`);
    }
  }
}

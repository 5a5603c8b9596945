import type { ProtectionCaseEvent } from '@casetrail/protection-contracts';
import { unprocessable } from '@casetrail/kernel';
import type { ProtectionCaseCommand } from './protection-case.commands';
import type { ProtectionCaseState } from './protection-case.state';
import {
  fileCompensationClaim,
  recordCompensationAward,
  recordCompensationReceived,
  recordCourtCompensationAward,
} from './claims.decide';
import { assessFamily, closeProtectionCase, integratePerson, recordFollowUpVisit, reopenProtectionCase } from './integration.decide';
import { openProtectionCaseFromHandOver, receiveIntakeReferral, recordConsent, referCase, registerProtectionCase } from './reception.decide';
import { admitToShelter, recordService, recordShelterDeparture } from './shelter.decide';

/** Decides what a command means for the protection case, or throws a `DomainRuleViolation`. Pure. */
export function decideProtectionCase(command: ProtectionCaseCommand, state: ProtectionCaseState): ProtectionCaseEvent[] {
  switch (command.type) {
    case 'RegisterProtectionCase':
      return registerProtectionCase(command, state);
    case 'OpenProtectionCaseFromHandOver':
      return openProtectionCaseFromHandOver(command, state);
    case 'ReceiveIntakeReferral':
      return receiveIntakeReferral(command, state);
    case 'RecordConsent':
      return recordConsent(command, state);
    case 'ReferCase':
      return referCase(command, state);
    case 'AdmitToShelter':
      return admitToShelter(command, state);
    case 'RecordShelterDeparture':
      return recordShelterDeparture(command, state);
    case 'RecordService':
      return recordService(command, state);
    case 'FileCompensationClaim':
      return fileCompensationClaim(command, state);
    case 'RecordCompensationAward':
      return recordCompensationAward(command, state);
    case 'RecordCourtCompensationAward':
      return recordCourtCompensationAward(command, state);
    case 'RecordCompensationReceived':
      return recordCompensationReceived(command, state);
    case 'AssessFamily':
      return assessFamily(command, state);
    case 'IntegratePerson':
      return integratePerson(command, state);
    case 'RecordFollowUpVisit':
      return recordFollowUpVisit(command, state);
    case 'CloseProtectionCase':
      return closeProtectionCase(command, state);
    case 'ReopenProtectionCase':
      return reopenProtectionCase(command, state);
    default: {
      const unexpected: never = command;
      throw unprocessable('UNKNOWN_COMMAND', `Unknown command ${String((unexpected as { type: unknown }).type)}`);
    }
  }
}

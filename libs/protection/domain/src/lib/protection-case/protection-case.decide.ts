import type { ProtectionCaseEvent } from '@casetrail/protection-contracts';
import { unprocessable } from '@casetrail/kernel';
import type { ProtectionCaseCommand } from './protection-case.commands';
import type { ProtectionCaseState } from './protection-case.state';

/** Decides what a command means for the protection case, or throws a `DomainRuleViolation`. Pure. */
export function decideProtectionCase(command: ProtectionCaseCommand, state: ProtectionCaseState): ProtectionCaseEvent[] {
  void state;
  throw unprocessable('NOT_IMPLEMENTED', `${command.type} is not decided yet`);
}

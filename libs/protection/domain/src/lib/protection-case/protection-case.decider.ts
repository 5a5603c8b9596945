import type { Decider } from '@casetrail/event-sourcing';
import type { ProtectionCaseEvent } from '@casetrail/protection-contracts';
import type { ProtectionCaseCommand } from './protection-case.commands';
import { decideProtectionCase } from './protection-case.decide';
import { evolveProtectionCase, initialProtectionCaseState, type ProtectionCaseState } from './protection-case.state';

/** The protection case, as a pure decider (one stream per person: `protectionCaseStreamId(personId)`). */
export const protectionCaseDecider: Decider<ProtectionCaseState, ProtectionCaseCommand, ProtectionCaseEvent> = {
  initialState: initialProtectionCaseState,
  decide: decideProtectionCase,
  evolve: evolveProtectionCase,
};

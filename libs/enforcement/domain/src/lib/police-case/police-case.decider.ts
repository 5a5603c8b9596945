import type { Decider } from '@casetrail/event-sourcing';
import type { PoliceCaseCommand } from './police-case.commands';
import { decidePoliceCase } from './police-case.decide';
import type { PoliceCaseEvent } from '@casetrail/enforcement-contracts';
import type { PoliceCaseState } from './police-case.state';
import { evolvePoliceCase, initialPoliceCaseState } from './police-case.state';

/** The police case, as a pure decider (one stream per case: `policeCaseStreamId(caseId)`). */
export const policeCaseDecider: Decider<PoliceCaseState, PoliceCaseCommand, PoliceCaseEvent> = {
  initialState: initialPoliceCaseState,
  decide: decidePoliceCase,
  evolve: evolvePoliceCase,
};

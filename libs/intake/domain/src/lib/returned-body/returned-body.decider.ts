import type { Decider } from '@casetrail/event-sourcing';
import type { ReturnedBodyEvent } from '@casetrail/intake-contracts';
import type { ReturnedBodyCommand } from '../intake.commands';
import { decideReturnedBody } from './returned-body.decide';
import { evolveReturnedBody, initialReturnedBodyState, type ReturnedBodyState } from './returned-body.state';

/** A returned body, as a pure decider (one stream per body: `returnedBodyStreamId(bodyId)`). */
export const returnedBodyDecider: Decider<ReturnedBodyState, ReturnedBodyCommand, ReturnedBodyEvent> = {
  initialState: initialReturnedBodyState,
  decide: decideReturnedBody,
  evolve: evolveReturnedBody,
};

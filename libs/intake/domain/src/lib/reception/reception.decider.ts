import type { Decider } from '@casetrail/event-sourcing';
import type { ReceptionEvent } from '@casetrail/intake-contracts';
import type { ReceptionCommand } from '../intake.commands';
import { decideReception } from './reception.decide';
import { evolveReception, initialReceptionState, type ReceptionState } from './reception.state';

/** A reception, as a pure decider (one stream per reception: `receptionStreamId(receptionId)`). */
export const receptionDecider: Decider<ReceptionState, ReceptionCommand, ReceptionEvent> = {
  initialState: initialReceptionState,
  decide: decideReception,
  evolve: evolveReception,
};

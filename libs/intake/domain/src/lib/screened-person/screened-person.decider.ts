import type { Decider } from '@casetrail/event-sourcing';
import type { ScreenedPersonEvent } from '@casetrail/intake-contracts';
import type { ScreenedPersonCommand } from '../intake.commands';
import { decideScreenedPerson } from './screened-person.decide';
import { evolveScreenedPerson, initialScreenedPersonState, type ScreenedPersonState } from './screened-person.state';

/** A screened person, as a pure decider (one stream per person: `screenedPersonStreamId(personId)`). */
export const screenedPersonDecider: Decider<ScreenedPersonState, ScreenedPersonCommand, ScreenedPersonEvent> = {
  initialState: initialScreenedPersonState,
  decide: decideScreenedPerson,
  evolve: evolveScreenedPerson,
};

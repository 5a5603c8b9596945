import type { Projection } from '@casetrail/read-models';
import { courtFileFactsProjection } from './court-file-facts.projection';
import { intakeBodyFactsProjection, intakePersonFactsProjection, intakeReceptionFactsProjection } from './intake-facts.projection';
import { policeCaseFactsProjection } from './police-case-facts.projection';
import { protectionCaseFactsProjection } from './protection-case-facts.projection';

/** Every projection of the statistics context: what the host runs and what a rebuild replays. */
export const statisticsProjections: readonly Projection<unknown>[] = [
  policeCaseFactsProjection,
  courtFileFactsProjection,
  protectionCaseFactsProjection,
  intakeReceptionFactsProjection,
  intakePersonFactsProjection,
  intakeBodyFactsProjection,
];

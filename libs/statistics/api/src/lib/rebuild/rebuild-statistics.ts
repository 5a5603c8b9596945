import type { EventStore } from '@casetrail/event-sourcing';
import { ProjectionRunner, type RebuildOptions, type RebuildReport, type ReadModelStore } from '@casetrail/read-models';
import { statisticsProjections } from '../projections/statistics-projections';

/**
 * Rebuilds every statistics read model from the whole log into `readModels` (its statistics
 * collections and their checkpoints are dropped first). The store is a parameter: in memory for
 * the embedded default, MongoDB when it comes.
 */
export function rebuildStatisticsReadModels(
  events: Pick<EventStore, 'readAll' | 'headPosition'>,
  readModels: ReadModelStore,
  options: RebuildOptions = {},
): Promise<RebuildReport> {
  return new ProjectionRunner(readModels, statisticsProjections).rebuild(events, options);
}

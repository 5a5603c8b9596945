import type { DynamicModule, Type } from '@nestjs/common';
import type { EventTypeDefinition } from '@casetrail/event-sourcing';
import type { ReportingUnit } from '../auth/reporting-unit';

/**
 * What a bounded context contributes to a process: its Nest module (commands, queries,
 * projections) and the event types it writes or reads. The embedded runtime hosts all of them;
 * a distributed service hosts one.
 */
export interface BoundedContext {
  name: string;
  module: Type<unknown> | DynamicModule;
  eventTypes: readonly EventTypeDefinition[];
  /** The reporting units the context knows; a token's `unit` must be one the hosted contexts know. */
  units?: readonly ReportingUnit[];
}

import type { DynamicModule, Type } from '@nestjs/common';
import type { EventTypeDefinition } from '@casetrail/event-sourcing';

/**
 * What a bounded context contributes to a process: its Nest module (commands, queries,
 * projections) and the event types it writes or reads. The embedded runtime hosts all of them;
 * a distributed service hosts one.
 */
export interface BoundedContext {
  name: string;
  module: Type<unknown> | DynamicModule;
  eventTypes: readonly EventTypeDefinition[];
}

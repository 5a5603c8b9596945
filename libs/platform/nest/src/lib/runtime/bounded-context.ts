import type { DynamicModule, Type } from '@nestjs/common';
import type { EventTypeDefinition } from '@casetrail/event-sourcing';
import type { Projection } from '@casetrail/read-models';
import type { ReportingUnit } from '../auth/reporting-unit';
import type { Reactor } from '../reactors/reactor';

/**
 * Tells where a person's records are: the provinces of the records (cases, files) that name
 * them. A context that seals a person's data declares one, so that routes about a person
 * (forget) are scoped like routes about a record: outside the caller's provinces the person
 * does not exist.
 */
export interface PersonScopeResolver {
  /** The provinces of the records that name the person; empty when this context knows none. */
  provincesOf(personId: string): Promise<readonly string[]>;
}

/**
 * Everything a bounded context contributes to a process, declared in one place. The platform
 * reads it: the event-type registry (`owns` + `reads`), the projection host (`projections`),
 * the reactor host (`reactors`), person scopes (`personScopes`), the access audit
 * (`auditedRecordTypes`), topic routing (the context's `name`: its streams are `<name>-…`, its
 * event types `<name>.…`, its topic `casetrail.<name>`) and the token verifier (`units`).
 * The embedded runtime hosts every context; a distributed service hosts one (or a few).
 */
export interface BoundedContext {
  /** Lower-case name; the prefix of the context's stream ids, event types and topic. */
  name: string;
  module: Type<unknown> | DynamicModule;
  /** The event types this context writes. Each type has exactly one owner. */
  owns: readonly EventTypeDefinition[];
  /**
   * Event types of other contexts this one reads (from their contracts libraries). When the
   * owner is hosted in the same process it must be the very same definition.
   */
  reads?: readonly EventTypeDefinition[];
  /** Read models this context keeps; the projection host runs them. */
  projections?: readonly Projection<unknown>[];
  /** Process managers: other contexts' events in, this context's commands out. */
  reactors?: readonly Type<Reactor>[];
  /** Where the people this context names are (a provider of the context's module). */
  personScopes?: Type<PersonScopeResolver>;
  /** Kinds of record whose reads disclose identifying data (`police-case`, `court-file`). */
  auditedRecordTypes?: readonly string[];
  /** The reporting units the context knows; a token's `unit` must be one the hosted contexts know. */
  units?: readonly ReportingUnit[];
}

import type { EventTypeDefinition } from '@casetrail/event-sourcing';
import type { Projection } from '@casetrail/read-models';
import type { ReportingUnit } from '../auth/reporting-unit';
import type { BoundedContext } from './bounded-context';

/** Injection token of the process's `HostedContexts`. */
export const HOSTED_CONTEXTS = Symbol('HOSTED_CONTEXTS');

const NAME = /^[a-z][a-z0-9]{0,29}$/;

/**
 * The contexts a process hosts, checked once at start. What the platform needs of them is read
 * from here, never from a list kept elsewhere. Every inconsistency is an error at start (never
 * a silent overwrite): a context named twice, an event type owned twice or owned under another
 * context's prefix, a type read with a definition other than its owner's, a projection or a
 * reactor registered twice.
 */
export class HostedContexts {
  readonly contexts: readonly BoundedContext[];
  private readonly owners = new Map<string, string>();
  private readonly definitions = new Map<string, EventTypeDefinition>();

  constructor(contexts: readonly BoundedContext[]) {
    this.contexts = contexts;
    const names = new Set<string>();
    for (const context of contexts) {
      if (!NAME.test(context.name)) throw new Error(`Bounded context name "${context.name}" must be lower-case letters and digits`);
      if (names.has(context.name)) throw new Error(`Bounded context "${context.name}" is hosted twice`);
      names.add(context.name);
    }
    for (const context of contexts) {
      for (const definition of context.owns) {
        if (!definition.type.startsWith(`${context.name}.`)) {
          throw new Error(`Context "${context.name}" owns "${definition.type}", which is not named "${context.name}.…"`);
        }
        const owner = this.owners.get(definition.type);
        if (owner) throw new Error(`Event type "${definition.type}" is owned by "${owner}" and again by "${context.name}"`);
        this.owners.set(definition.type, context.name);
        this.definitions.set(definition.type, definition);
      }
    }
    for (const context of contexts) {
      for (const definition of context.reads ?? []) {
        const known = this.definitions.get(definition.type);
        if (known && known !== definition) {
          const owner = this.owners.get(definition.type) ?? 'another reader';
          throw new Error(`Context "${context.name}" reads "${definition.type}" with a definition other than ${owner}'s`);
        }
        this.definitions.set(definition.type, definition);
      }
    }
    unique(contexts.flatMap((c) => (c.projections ?? []).map((p) => p.name)), 'Projection');
    unique(contexts.flatMap((c) => (c.reactors ?? []).map((r) => r.name)), 'Reactor');
    unique(contexts.flatMap((c) => c.auditedRecordTypes ?? []), 'Audited record type');
  }

  /** Every event type the process may read or write, each once. */
  eventTypes(): EventTypeDefinition[] {
    return [...this.definitions.values()];
  }

  /** The hosted context that writes `type`, if any (undefined: read from another process). */
  ownerOf(type: string): string | undefined {
    return this.owners.get(type);
  }

  projections(): Projection<unknown>[] {
    return this.contexts.flatMap((c) => c.projections ?? []);
  }

  auditedRecordTypes(): string[] {
    return this.contexts.flatMap((c) => c.auditedRecordTypes ?? []);
  }

  /** Units known to the hosted contexts (several may know the same unit). */
  units(): ReportingUnit[] {
    return [...new Map(this.contexts.flatMap((c) => c.units ?? []).map((u) => [u.code, u])).values()];
  }

  /** Names of the contexts whose streams this process writes (its publisher's topics). */
  names(): string[] {
    return this.contexts.map((c) => c.name);
  }
}

function unique(values: readonly string[], what: string): void {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) throw new Error(`${what} "${value}" is registered twice`);
    seen.add(value);
  }
}

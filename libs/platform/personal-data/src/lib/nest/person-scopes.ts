import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { HOSTED_CONTEXTS, type HostedContexts, type PersonScopeResolver } from '@casetrail/platform-nest';

export type { PersonScopeResolver } from '@casetrail/platform-nest';

/**
 * The person-scope resolvers of every hosted context (`BoundedContext.personScopes`), asked
 * together: a person is in every province of every record, in any context, that names them.
 */
@Injectable()
export class PersonScopes {
  private resolvers: PersonScopeResolver[] | undefined;

  constructor(
    @Inject(HOSTED_CONTEXTS) private readonly hosted: HostedContexts,
    private readonly moduleRef: ModuleRef,
  ) {}

  /** Every province a record naming the person is in, across contexts (deduplicated, sorted). */
  async provincesOf(personId: string): Promise<string[]> {
    const found = await Promise.all(this.all().map((r) => r.provincesOf(personId)));
    return [...new Set(found.flat())].sort();
  }

  /** Resolved on first use: each resolver is a provider of its own context's module. */
  private all(): PersonScopeResolver[] {
    this.resolvers ??= this.hosted.contexts.flatMap((c) => (c.personScopes ? [this.moduleRef.get(c.personScopes, { strict: false })] : []));
    return this.resolvers;
  }
}

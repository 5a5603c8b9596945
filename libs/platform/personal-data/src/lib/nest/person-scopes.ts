import { Injectable } from '@nestjs/common';

/**
 * Tells where a person's records are: the provinces of the records (cases, files) that name
 * them. A context that seals a person's data registers one, so that routes about a person (forget)
 * are scoped like routes about a record: outside the caller's provinces the person does not exist.
 */
export interface PersonScopeResolver {
  /** The provinces of the records that name the person; empty when this context knows none. */
  provincesOf(personId: string): Promise<readonly string[]>;
}

/** The resolvers of every context in this process, asked together. */
@Injectable()
export class PersonScopes {
  private readonly resolvers: PersonScopeResolver[] = [];

  register(resolver: PersonScopeResolver): void {
    this.resolvers.push(resolver);
  }

  /** Every province a record naming the person is in, across contexts (deduplicated, sorted). */
  async provincesOf(personId: string): Promise<string[]> {
    const found = await Promise.all(this.resolvers.map((r) => r.provincesOf(personId)));
    return [...new Set(found.flat())].sort();
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { ProjectionHost, READ_MODEL_STORE } from '@casetrail/platform-nest';
import type { PersonScopeResolver } from '@casetrail/personal-data';
import type { ReadModelStore } from '@casetrail/read-models';
import { personCasesProjection, type PersonInCase } from '../projections/person-cases.projection';
import { policeCaseSummaryProjection, type PoliceCaseSummary } from '../projections/police-case-summary.projection';

/** A person's provinces as law enforcement knows them: the provinces of the cases naming them. */
@Injectable()
export class PoliceCasePersonScopes implements PersonScopeResolver {
  constructor(
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore,
    private readonly projections: ProjectionHost,
  ) {}

  async provincesOf(personId: string): Promise<readonly string[]> {
    await this.projections.waitUntilCurrent();
    const named = await this.readModels.find<PersonInCase>(personCasesProjection.collection, { personId });
    if (named.length === 0) return [];
    const cases = await this.readModels.find<PoliceCaseSummary>(policeCaseSummaryProjection.collection, {
      caseId: { $in: named.map((d) => d.data.caseId) },
    });
    return cases.map((c) => c.data.province);
  }
}

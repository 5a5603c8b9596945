import { Inject, Injectable } from '@nestjs/common';
import { ProjectionHost, READ_MODEL_STORE } from '@casetrail/platform-nest';
import type { PersonScopeResolver } from '@casetrail/personal-data';
import type { ReadModelStore } from '@casetrail/read-models';
import { screenedPersonSummaryProjection, type ScreenedPersonSummary } from '../projections/screened-person-summary.projection';

/** A person's provinces as intake knows them: the province of their screening (one per person id). */
@Injectable()
export class ScreenedPersonScopes implements PersonScopeResolver {
  constructor(
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore,
    private readonly projections: ProjectionHost,
  ) {}

  async provincesOf(personId: string): Promise<readonly string[]> {
    await this.projections.waitUntilCurrent();
    const summary = await this.readModels.get<ScreenedPersonSummary>(screenedPersonSummaryProjection.collection, personId);
    return summary ? [summary.data.province] : [];
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { ProjectionHost, READ_MODEL_STORE } from '@casetrail/platform-nest';
import type { PersonScopeResolver } from '@casetrail/personal-data';
import type { ReadModelStore } from '@casetrail/read-models';
import { protectionCaseSummaryProjection, type ProtectionCaseSummary } from '../projections/protection-case-summary.projection';

/** A person's provinces as social affairs knows them: the province of their protection case (one per person). */
@Injectable()
export class ProtectionCasePersonScopes implements PersonScopeResolver {
  constructor(
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore,
    private readonly projections: ProjectionHost,
  ) {}

  async provincesOf(personId: string): Promise<readonly string[]> {
    await this.projections.waitUntilCurrent();
    const summary = await this.readModels.get<ProtectionCaseSummary>(protectionCaseSummaryProjection.collection, personId);
    return summary ? [summary.data.province] : [];
  }
}

import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { ProjectionHost, READ_MODEL_STORE, inScope, type AuthenticatedUser } from '@casetrail/platform-nest';
import type { ReadModelStore } from '@casetrail/read-models';
import type { LawEnforcementTable } from '@casetrail/statistics-domain';
import { lawEnforcementTableFromReadModels } from './law-enforcement-table.query';

export interface LawEnforcementRequest {
  year: number;
  province?: string;
  unitCode?: string;
}

/** The table as answered: the domain table plus the provinces it covers (null = the whole country). */
export type ScopedLawEnforcementTable = LawEnforcementTable & { provinces: string[] | null };

@Injectable()
export class LawEnforcementStatisticsService {
  constructor(
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore,
    private readonly projections: ProjectionHost,
  ) {}

  /**
   * The law-enforcement table as the reader may see it. A province outside the reader's scope is
   * answered as not found (whether it has cases is not the reader's to learn); without a
   * province, a scoped reader gets the table of their own provinces only.
   */
  async lawEnforcementTable(request: LawEnforcementRequest, reader: AuthenticatedUser): Promise<ScopedLawEnforcementTable> {
    if (request.province !== undefined && !inScope(reader, request.province)) {
      throw new NotFoundException(`No statistics for province ${request.province} within your scope`);
    }
    // Read-your-writes: a case recorded just before the query is in the figures.
    await this.projections.waitUntilCurrent();
    const table = await lawEnforcementTableFromReadModels(this.readModels, { ...request, provinces: reader.provinces });
    const provinces =
      request.province !== undefined ? [request.province] : reader.provinces === 'all' ? null : [...reader.provinces];
    return { ...table, provinces };
  }
}

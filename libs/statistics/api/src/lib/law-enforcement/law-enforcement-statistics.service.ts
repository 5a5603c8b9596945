import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { ProjectionHost, READ_MODEL_STORE, inScope, type AuthenticatedUser } from '@casetrail/platform-nest';
import type { ReadModelStore } from '@casetrail/read-models';
import type { LawEnforcementTable } from '@casetrail/statistics-domain';
import { POLICE_CASE_FACTS_COLLECTION } from '../projections/police-case-facts.projection';
import { IncrementalLawEnforcementTables } from './incremental-law-enforcement-tables';
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
  /**
   * Where this process's projections alone write the case facts (embedded), the tables are kept
   * up to date as the facts change; elsewhere (distributed mode) each query reads the facts.
   */
  private readonly incremental: IncrementalLawEnforcementTables | null;

  constructor(
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore,
    private readonly projections: ProjectionHost,
  ) {
    this.incremental = projections.writesAlone(POLICE_CASE_FACTS_COLLECTION)
      ? new IncrementalLawEnforcementTables(readModels, (work) => projections.whileIdle(work))
      : null;
    if (this.incremental) projections.observe(this.incremental);
  }

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
    const query = { ...request, provinces: reader.provinces };
    const table = this.incremental ? await this.incremental.table(query) : await lawEnforcementTableFromReadModels(this.readModels, query);
    const provinces =
      request.province !== undefined ? [request.province] : reader.provinces === 'all' ? null : [...reader.provinces];
    return { ...table, provinces };
  }
}

import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { ProjectionHost, READ_MODEL_STORE, inScope, type AuthenticatedUser } from '@casetrail/platform-nest';
import type { ReadModelStore } from '@casetrail/read-models';
import type { CompensationTable, IntegrationDurations, ProtectionTable, ProtectionTableKind } from '@casetrail/statistics-domain';
import { compensationTableFromReadModels, integrationDurationsFromReadModels, protectionTableFromReadModels } from './protection-statistics.query';

export interface ProtectionStatisticsRequest {
  year: number;
  province?: string;
}

/** What every answer adds: the provinces the figures cover (null = the whole country). */
interface Coverage {
  provinces: string[] | null;
}
export type ScopedProtectionTable = ProtectionTable<string, string> & Coverage;
export type ScopedCompensationTable = CompensationTable & Coverage;
export type ScopedIntegrationDurations = IntegrationDurations & Coverage & { province: string | null };

/**
 * The protection statistics (report II.D) as the reader may see them, with the other statistics'
 * access rule: a province outside the reader's scope is answered as not found; without a
 * province, a scoped reader gets their own provinces only. Every query first waits for the
 * projections to reach the log's head (read-your-writes).
 */
@Injectable()
export class ProtectionStatisticsService {
  constructor(
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore,
    private readonly projections: ProjectionHost,
  ) {}

  async table(table: ProtectionTableKind, request: ProtectionStatisticsRequest, reader: AuthenticatedUser): Promise<ScopedProtectionTable> {
    await this.readable(request, reader);
    const result = await protectionTableFromReadModels(this.readModels, table, { ...request, provinces: reader.provinces });
    return { ...result, provinces: coverage(request, reader) };
  }

  async compensation(request: ProtectionStatisticsRequest, reader: AuthenticatedUser): Promise<ScopedCompensationTable> {
    await this.readable(request, reader);
    const result = await compensationTableFromReadModels(this.readModels, { ...request, provinces: reader.provinces });
    return { ...result, provinces: coverage(request, reader) };
  }

  async integrationDurations(request: ProtectionStatisticsRequest, reader: AuthenticatedUser): Promise<ScopedIntegrationDurations> {
    await this.readable(request, reader);
    const durations = await integrationDurationsFromReadModels(this.readModels, { ...request, provinces: reader.provinces });
    return { ...durations, province: request.province ?? null, provinces: coverage(request, reader) };
  }

  private async readable(request: ProtectionStatisticsRequest, reader: AuthenticatedUser): Promise<void> {
    if (request.province !== undefined && !inScope(reader, request.province)) {
      throw new NotFoundException(`No statistics for province ${request.province} within your scope`);
    }
    // Read-your-writes: an integration recorded just before the query is in the figures.
    await this.projections.waitUntilCurrent();
  }
}

function coverage(request: ProtectionStatisticsRequest, reader: AuthenticatedUser): string[] | null {
  return request.province !== undefined ? [request.province] : reader.provinces === 'all' ? null : [...reader.provinces];
}

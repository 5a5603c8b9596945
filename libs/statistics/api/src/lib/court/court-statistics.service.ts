import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { ProjectionHost, READ_MODEL_STORE, inScope, type AuthenticatedUser } from '@casetrail/platform-nest';
import type { ReadModelStore } from '@casetrail/read-models';
import type { CourtDurations, CourtTable, CourtTableKind, JusticeFunnel } from '@casetrail/statistics-domain';
import { todayInCambodia } from '../http/statistics-query';
import { courtDurationsFromReadModels, courtTableFromReadModels, justiceFunnelFromReadModels } from './court-statistics.query';

export interface CourtStatisticsRequest {
  year: number;
  province?: string;
}

/** What every answer adds: the provinces the figures cover (null = the whole country). */
interface Coverage {
  provinces: string[] | null;
}
export type ScopedCourtTable = CourtTable<string> & Coverage;
export type ScopedJusticeFunnel = JusticeFunnel & Coverage & { province: string | null };
export type ScopedCourtDurations = CourtDurations & Coverage & { province: string | null };

/**
 * The court statistics as the reader may see them, with the law-enforcement table's access rule:
 * a province outside the reader's scope is answered as not found (whether it has files is not the
 * reader's to learn); without a province, a scoped reader gets their own provinces only. Every
 * query first waits for the projections to reach the log's head (read-your-writes).
 */
@Injectable()
export class CourtStatisticsService {
  constructor(
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore,
    private readonly projections: ProjectionHost,
  ) {}

  async courtTable(table: CourtTableKind, request: CourtStatisticsRequest, reader: AuthenticatedUser): Promise<ScopedCourtTable> {
    await this.readable(request, reader);
    const result = await courtTableFromReadModels(this.readModels, table, { ...request, provinces: reader.provinces });
    return { ...result, provinces: coverage(request, reader) };
  }

  /** `asOf` defaults to today in Cambodia. */
  async justiceFunnel(request: CourtStatisticsRequest & { asOf?: string }, reader: AuthenticatedUser): Promise<ScopedJusticeFunnel> {
    await this.readable(request, reader);
    const asOf = request.asOf ?? todayInCambodia();
    const funnel = await justiceFunnelFromReadModels(this.readModels, { ...request, asOf, provinces: reader.provinces });
    return { ...funnel, province: request.province ?? null, provinces: coverage(request, reader) };
  }

  async courtDurations(request: CourtStatisticsRequest, reader: AuthenticatedUser): Promise<ScopedCourtDurations> {
    await this.readable(request, reader);
    const durations = await courtDurationsFromReadModels(this.readModels, { ...request, provinces: reader.provinces });
    return { ...durations, province: request.province ?? null, provinces: coverage(request, reader) };
  }

  private async readable(request: CourtStatisticsRequest, reader: AuthenticatedUser): Promise<void> {
    if (request.province !== undefined && !inScope(reader, request.province)) {
      throw new NotFoundException(`No statistics for province ${request.province} within your scope`);
    }
    // Read-your-writes: a decision recorded just before the query is in the figures.
    await this.projections.waitUntilCurrent();
  }
}

function coverage(request: CourtStatisticsRequest, reader: AuthenticatedUser): string[] | null {
  return request.province !== undefined ? [request.province] : reader.provinces === 'all' ? null : [...reader.provinces];
}

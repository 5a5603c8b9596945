import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { ProjectionHost, READ_MODEL_STORE, inScope, type AuthenticatedUser } from '@casetrail/platform-nest';
import type { ReadModelStore } from '@casetrail/read-models';
import type { IntakeTable, IntakeTableKind, ScreeningYield } from '@casetrail/statistics-domain';
import { intakeTableFromReadModels, screeningYieldFromReadModels } from './intake-statistics.query';

export interface IntakeStatisticsRequest {
  year: number;
  month?: number;
  province?: string;
  /** The receptions table only. */
  receivedBy?: string;
}

/** What every answer adds: the provinces the figures cover (null = the whole country). */
interface Coverage {
  provinces: string[] | null;
}
export type ScopedIntakeTable = IntakeTable<string, string> & Coverage;
export type ScopedScreeningYield = ScreeningYield & Coverage;

/**
 * The intake statistics (report II.D.1, and beyond it the screening yield and the referral chain)
 * as the reader may see them, with the other statistics' access rule: a province outside the
 * reader's scope is answered as not found; without a province, a scoped reader gets their own
 * provinces only. Every query first waits for the projections to reach the log's head.
 */
@Injectable()
export class IntakeStatisticsService {
  constructor(
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore,
    private readonly projections: ProjectionHost,
  ) {}

  async table(table: IntakeTableKind, request: IntakeStatisticsRequest, reader: AuthenticatedUser): Promise<ScopedIntakeTable> {
    await this.readable(request, reader);
    const result = await intakeTableFromReadModels(this.readModels, table, { ...request, provinces: reader.provinces });
    return { ...result, provinces: coverage(request, reader) };
  }

  async screeningYield(request: IntakeStatisticsRequest, reader: AuthenticatedUser): Promise<ScopedScreeningYield> {
    await this.readable(request, reader);
    const result = await screeningYieldFromReadModels(this.readModels, { ...request, provinces: reader.provinces });
    return { ...result, provinces: coverage(request, reader) };
  }

  private async readable(request: IntakeStatisticsRequest, reader: AuthenticatedUser): Promise<void> {
    if (request.province !== undefined && !inScope(reader, request.province)) {
      throw new NotFoundException(`No statistics for province ${request.province} within your scope`);
    }
    // Read-your-writes: a reception recorded just before the query is in the figures.
    await this.projections.waitUntilCurrent();
  }
}

function coverage(request: IntakeStatisticsRequest, reader: AuthenticatedUser): string[] | null {
  return request.province !== undefined ? [request.province] : reader.provinces === 'all' ? null : [...reader.provinces];
}

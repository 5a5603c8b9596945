import { Inject, Injectable } from '@nestjs/common';
import { fold, type RecordedEvent } from '@casetrail/event-sourcing';
import { policeCaseStreamId, type PoliceCaseEvent } from '@casetrail/enforcement-contracts';
import { policeCaseDecider, type PoliceCaseState } from '@casetrail/enforcement-domain';
import { searchKeyOf } from '@casetrail/kernel';
import { ProjectionHost, READ_MODEL_STORE, inScope, type AuthenticatedUser } from '@casetrail/platform-nest';
import { AuditedRecordReader, asOfInstant, historyEntryOf, type AuditedRecordKind, type HistoryEntry, type ReadRequest } from '@casetrail/access-audit';
import type { ReadModelFilter, ReadModelStore } from '@casetrail/read-models';
import type { ListPoliceCasesQuery } from '../dto/list-police-cases.query';
import { policeCaseSummaryProjection, type PoliceCaseSummary } from '../projections/police-case-summary.projection';

/**
 * A police case as its reads disclose it. Police and prosecutors see identifying data of victims
 * and suspects (names, birth dates) in case views. Others see pseudonymous ids and derived facts
 * (sex, age band, nationality, province), with `personal: { restricted: true }`. Where the person
 * was forgotten: `{ forgotten: true }`.
 */
const POLICE_CASE: AuditedRecordKind = {
  recordType: 'police-case',
  noun: 'police case',
  streamId: policeCaseStreamId,
  rolesSeeingPersonalData: new Set(['police', 'prosecutor']),
};

export interface CaseView {
  caseId: string;
  revision: number;
  asOf: string | null;
  state: PoliceCaseState;
}

/** A row of the case list as answered: the folded search copy of the reference stays in the read model. */
function rowOf(summary: PoliceCaseSummary): Omit<PoliceCaseSummary, 'referenceSearch'> {
  const { referenceSearch: _search, ...row } = summary;
  return row;
}

@Injectable()
export class PoliceCaseQueriesService {
  constructor(
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore,
    private readonly projections: ProjectionHost,
    private readonly records: AuditedRecordReader,
  ) {}

  async list(user: AuthenticatedUser, query: ListPoliceCasesQuery) {
    const filter: ReadModelFilter = {};
    if (query.province) {
      if (!inScope(user, query.province)) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
      filter['province'] = query.province;
    } else if (user.provinces !== 'all') {
      filter['province'] = { $in: [...user.provinces] };
    }
    if (query.unit) filter['unitCode'] = query.unit;
    if (query.status) filter['status'] = query.status;
    if (query.offence) filter['principalOffence'] = query.offence;
    if (query.year) filter['year'] = query.year;
    if (query.reference !== undefined) filter['referenceSearch'] = { $contains: searchKeyOf(query.reference) };
    await this.projections.waitUntilCurrent();
    const collection = policeCaseSummaryProjection.collection;
    const [docs, total] = await Promise.all([
      this.readModels.find<PoliceCaseSummary>(collection, filter, {
        sort: { openedOn: -1, caseId: 1 },
        skip: (query.page - 1) * query.pageSize,
        limit: query.pageSize,
      }),
      this.readModels.count(collection, filter),
    ]);
    return { items: docs.map((d) => rowOf(d.data)), total, page: query.page, pageSize: query.pageSize };
  }

  async get(user: AuthenticatedUser, caseId: string, request: ReadRequest, asOf?: string): Promise<CaseView> {
    const events = await this.readable(user, caseId, request, asOf);
    const state = fold(policeCaseDecider, events as unknown as PoliceCaseEvent[]);
    return { caseId, revision: events[events.length - 1].streamRevision, asOf: asOfInstant(asOf), state };
  }

  async history(user: AuthenticatedUser, caseId: string, request: ReadRequest): Promise<{ caseId: string; events: HistoryEntry[] }> {
    return { caseId, events: (await this.readable(user, caseId, request)).map(historyEntryOf) };
  }

  /** The case as the caller may read it (`AuditedRecordReader`), a forwarding's persons shown as their own events are. */
  private async readable(user: AuthenticatedUser, caseId: string, request: ReadRequest, asOf?: string): Promise<RecordedEvent[]> {
    return this.records.read(user, POLICE_CASE, caseId, request, asOf);
  }
}

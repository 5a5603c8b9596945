import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { EventStore, RecordedEvent } from '@casetrail/event-sourcing';
import {
  fold,
} from '@casetrail/event-sourcing';
import {
  policeCaseDecider,
  policeCaseStreamId,
  type PoliceCaseEvent,
  type PoliceCaseState,
} from '@casetrail/enforcement-domain';
import { EVENT_STORE, ProjectionHost, READ_MODEL_STORE, inScope, type AuthenticatedUser } from '@casetrail/platform-nest';
import type { ReadModelFilter, ReadModelStore } from '@casetrail/read-models';
import type { ListPoliceCasesQuery } from '../dto/list-police-cases.query';
import { policeCaseSummaryProjection, type PoliceCaseSummary } from '../projections/police-case-summary.projection';

/** Roles that see names of victims and suspects in case views (others see pseudonymous ids). */
const ROLES_SEEING_PERSONAL_DATA = new Set(['police', 'prosecutor']);

export interface CaseView {
  caseId: string;
  revision: number;
  asOf: string | null;
  state: PoliceCaseState;
}

export interface HistoryEntry {
  revision: number;
  globalPosition: number;
  type: string;
  schemaVersion: number;
  occurredAt: string;
  recordedAt: string;
  actor: RecordedEvent['actor'];
  correlationId: string;
  causationId: string | null;
  /** The event's data; identifying data replaced by a marker for roles that may not see it. */
  changes: unknown;
}

@Injectable()
export class PoliceCaseQueriesService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore,
    private readonly projections: ProjectionHost,
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
    return { items: docs.map((d) => d.data), total, page: query.page, pageSize: query.pageSize };
  }

  async get(user: AuthenticatedUser, caseId: string, asOf?: string): Promise<CaseView> {
    const events = await this.loadInScope(user, caseId, asOf);
    const state = fold(policeCaseDecider, events as unknown as PoliceCaseEvent[]);
    return {
      caseId,
      revision: events[events.length - 1].streamRevision,
      asOf: asOf ? new Date(asOf).toISOString() : null,
      state: ROLES_SEEING_PERSONAL_DATA.has(user.role) ? state : withoutPersonalData(state),
    };
  }

  async history(user: AuthenticatedUser, caseId: string): Promise<{ caseId: string; events: HistoryEntry[] }> {
    const events = await this.loadInScope(user, caseId);
    const seesPersonal = ROLES_SEEING_PERSONAL_DATA.has(user.role);
    return {
      caseId,
      events: events.map((e) => ({
        revision: e.streamRevision,
        globalPosition: e.globalPosition,
        type: e.type,
        schemaVersion: e.schemaVersion,
        occurredAt: e.occurredAt,
        recordedAt: e.recordedAt,
        actor: e.actor,
        correlationId: e.correlationId,
        causationId: e.causationId,
        changes: seesPersonal ? e.data : maskPersonal(e.data),
      })),
    };
  }

  /** The case's events; a case not opened (as of then) or outside the caller's scope is "not found". */
  private async loadInScope(user: AuthenticatedUser, caseId: string, asOf?: string): Promise<RecordedEvent[]> {
    const events = await this.store.readStream(policeCaseStreamId(caseId), asOf ? { asOf } : undefined);
    const province = (events[0]?.data as { province?: string } | undefined)?.province;
    if (events.length === 0 || !province || !inScope(user, province)) {
      throw new NotFoundException(`Police case ${caseId} not found`);
    }
    return events;
  }
}

function maskPersonal(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || !('personal' in data)) return data;
  return { ...data, personal: '[restricted]' };
}

function withoutPersonalData(state: PoliceCaseState): PoliceCaseState {
  return {
    ...state,
    suspects: Object.fromEntries(Object.entries(state.suspects).map(([id, s]) => [id, { ...s, birthDate: null, personal: {} }])),
    victims: Object.fromEntries(Object.entries(state.victims).map(([id, v]) => [id, { ...v, birthDate: null, personal: {} }])),
  };
}

import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { fold, type Decider, type DomainEvent, type EventStore, type RecordedEvent } from '@casetrail/event-sourcing';
import { receptionStreamId, returnedBodyStreamId, type ReceptionEvent, type ReturnedBodyEvent } from '@casetrail/intake-contracts';
import { receptionDecider, returnedBodyDecider, type ReceptionState, type ReturnedBodyState } from '@casetrail/intake-domain';
import { EVENT_STORE, ProjectionHost, READ_MODEL_STORE, inScope, type AuthenticatedUser } from '@casetrail/platform-nest';
import { asOfInstant, historyEntryOf, type HistoryEntry } from '@casetrail/access-audit';
import type { ReadModelStore } from '@casetrail/read-models';
import type { ListBodiesQuery, ListReceptionsQuery } from '../dto/intake-queries.dto';
import { receptionSummaryProjection, type ReceptionSummary } from '../projections/reception-summary.projection';
import { returnedBodySummaryProjection, type ReturnedBodySummary } from '../projections/returned-body-summary.projection';
import { emptyPage, listScopeFilter, pageWindow, periodAndPlace, type Page } from './intake-list-scope';

/** A record without personal data (a reception, a body) and how to find its province. */
interface RecordKind<State, E extends DomainEvent> {
  noun: string;
  streamId(id: string): string;
  decider: Pick<Decider<State, never, E>, 'initialState' | 'evolve'>;
  /** The province as the record stands now: its scope. */
  provinceOf(state: State): string | null;
}

const RECEPTION: RecordKind<ReceptionState, ReceptionEvent> = {
  noun: 'reception',
  streamId: receptionStreamId,
  decider: receptionDecider,
  provinceOf: (s) => s.figures?.province ?? null,
};

const RETURNED_BODY: RecordKind<ReturnedBodyState, ReturnedBodyEvent> = {
  noun: 'body record',
  streamId: returnedBodyStreamId,
  decider: returnedBodyDecider,
  provinceOf: (s) => s.figures?.province ?? null,
};

export interface RecordView<State> {
  revision: number;
  asOf: string | null;
  state: State;
}

/**
 * The reads of receptions and returned bodies: lists from their read models, a record's state now
 * or as of an instant, and its history. They hold no personal data, so no read is recorded in the
 * access audit. A record is in the province of its place as it stands now (a correction may move
 * it), also for a view as of an earlier instant: outside the reader's provinces it is 404.
 */
@Injectable()
export class IntakeRecordQueriesService {
  constructor(
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: ProjectionHost,
  ) {}

  async listReceptions(user: AuthenticatedUser, query: ListReceptionsQuery): Promise<Page<ReceptionSummary>> {
    const filter = listScopeFilter(user, query.province);
    const window = pageWindow(query);
    if (!filter || !window) return emptyPage(query);
    periodAndPlace(filter, query);
    if (query.receivedBy) filter['receivedBy'] = query.receivedBy;
    if (query.status) filter['status'] = query.status;
    await this.projections.waitUntilCurrent();
    const collection = receptionSummaryProjection.collection;
    const [docs, total] = await Promise.all([
      this.readModels.find<ReceptionSummary>(collection, filter, { sort: { receivedOn: -1, receptionId: 1 }, ...window }),
      this.readModels.count(collection, filter),
    ]);
    return { items: docs.map((d) => d.data), total, page: query.page, pageSize: query.pageSize };
  }

  async listBodies(user: AuthenticatedUser, query: ListBodiesQuery): Promise<Page<ReturnedBodySummary>> {
    const filter = listScopeFilter(user, query.province);
    const window = pageWindow(query);
    if (!filter || !window) return emptyPage(query);
    periodAndPlace(filter, query);
    await this.projections.waitUntilCurrent();
    const collection = returnedBodySummaryProjection.collection;
    const [docs, total] = await Promise.all([
      this.readModels.find<ReturnedBodySummary>(collection, filter, { sort: { receivedOn: -1, bodyId: 1 }, ...window }),
      this.readModels.count(collection, filter),
    ]);
    return { items: docs.map((d) => d.data), total, page: query.page, pageSize: query.pageSize };
  }

  async reception(user: AuthenticatedUser, receptionId: string, asOf?: string) {
    return { receptionId, ...(await this.view(user, RECEPTION, receptionId, asOf)) };
  }

  async receptionHistory(user: AuthenticatedUser, receptionId: string): Promise<{ receptionId: string; events: HistoryEntry[] }> {
    return { receptionId, events: (await this.read(user, RECEPTION, receptionId)).current.map(historyEntryOf) };
  }

  async body(user: AuthenticatedUser, bodyId: string, asOf?: string) {
    return { bodyId, ...(await this.view(user, RETURNED_BODY, bodyId, asOf)) };
  }

  async bodyHistory(user: AuthenticatedUser, bodyId: string): Promise<{ bodyId: string; events: HistoryEntry[] }> {
    return { bodyId, events: (await this.read(user, RETURNED_BODY, bodyId)).current.map(historyEntryOf) };
  }

  private async view<State, E extends DomainEvent>(user: AuthenticatedUser, kind: RecordKind<State, E>, id: string, asOf?: string): Promise<RecordView<State>> {
    const { current } = await this.read(user, kind, id);
    const events = asOf ? await this.store.readStream(kind.streamId(id), { asOf }) : current;
    if (events.length === 0) throw new NotFoundException(`No such ${kind.noun} in your scope (or not yet recorded at asOf)`);
    return { revision: events[events.length - 1].streamRevision, asOf: asOfInstant(asOf), state: fold(kind.decider, events as unknown as E[]) };
  }

  /** The record's events now, if it is in the reader's scope (404 otherwise, as for no record at all). */
  private async read<State, E extends DomainEvent>(user: AuthenticatedUser, kind: RecordKind<State, E>, id: string): Promise<{ current: RecordedEvent[] }> {
    const current = await this.store.readStream(kind.streamId(id));
    const province = current.length === 0 ? null : kind.provinceOf(fold(kind.decider, current as unknown as E[]));
    if (province === null || !inScope(user, province)) throw new NotFoundException(`No such ${kind.noun} in your scope`);
    return { current };
  }
}

import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { fold, type RecordedEvent } from '@casetrail/event-sourcing';
import { protectionCaseStreamId, type ProtectionCaseEvent } from '@casetrail/protection-contracts';
import { followUpsDue, protectionCaseDecider, referredOrganisations, visitsScheduledAfter, type FollowUpDue, type ProtectionCaseState } from '@casetrail/protection-domain';
import { cambodianDateAt, daysBetween } from '@casetrail/kernel';
import { CLOCK, ProjectionHost, READ_MODEL_STORE, inRecordScope, inScope, isUnitScoped, type AuthenticatedUser, type Clock } from '@casetrail/platform-nest';
import { AuditedRecordReader, asOfInstant, historyEntryOf, type AuditedRecordKind, type HistoryEntry, type ReadRequest } from '@casetrail/access-audit';
import type { ReadModelFilter, ReadModelStore } from '@casetrail/read-models';
import type { ListProtectionCasesQuery, OverdueFollowUpsQuery } from '../dto/protection-queries.dto';
import { protectionCaseSummaryProjection, type ProtectionCaseSummary } from '../projections/protection-case-summary.projection';
import { journeyOf, journeySourcesNaming, victimJourneyProjection, type JourneySource, type JourneyStep } from '../projections/victim-journey.projection';

/** The record type of a protection case in the access audit. */
export const PROTECTION_CASE_RECORD_TYPE = 'protection-case';

/**
 * The case folded from the events a read is about, once per read: the scope check and the
 * consent rule both ask for it (the same array), and the domain's own helpers answer them.
 */
const folded = new WeakMap<readonly RecordedEvent[], ProtectionCaseState>();
function caseStateOf(events: readonly RecordedEvent[]): ProtectionCaseState {
  let state = folded.get(events);
  if (!state) folded.set(events, (state = fold(protectionCaseDecider, events as unknown as ProtectionCaseEvent[])));
  return state;
}

/**
 * A protection case as its reads disclose it. Social workers see the person's name and birth
 * date; partner workers of an organisation the case was referred to see them only when the
 * person's current consent shares with that organisation (a refusal withholds them, never the
 * case); auditors see `{ restricted: true }`; where the person was forgotten: `{ forgotten: true }`.
 */
export const PROTECTION_CASE: AuditedRecordKind = {
  recordType: PROTECTION_CASE_RECORD_TYPE,
  noun: 'protection case',
  streamId: protectionCaseStreamId,
  rolesSeeingPersonalData: new Set(['social_worker', 'partner_worker']),
  unitsOf: (events) => referredOrganisations(caseStateOf(events)),
  personalDataVisibleTo: (user, events) =>
    !isUnitScoped(user) || (user.unit !== undefined && (caseStateOf(events).consent?.sharing ?? []).some((s) => s.organisation === user.unit)),
};

export interface ProtectionCaseView {
  personId: string;
  revision: number;
  asOf: string | null;
  state: ProtectionCaseState;
  /** The follow-up visits of the latest integration, counted at `on` (today in Cambodia, or the date of `asOf`). */
  followUps: { on: string; visits: FollowUpDue[] };
}

export interface OverdueFollowUp extends FollowUpDue {
  personId: string;
  /** The case's province (the scope of social workers); `province` is where the person lives. */
  caseProvince: string;
  daysOverdue: number;
}


@Injectable()
export class ProtectionCaseQueriesService {
  constructor(
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore,
    private readonly projections: ProjectionHost,
    private readonly records: AuditedRecordReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private today(): string {
    return cambodianDateAt(this.clock.now().toISOString());
  }

  /**
   * The filter of a reader's scope: a partner worker's cases are those referred to their
   * organisation (wherever they are); anyone else's those of their provinces. `province` narrows
   * it (outside the scope: null, nothing can match).
   */
  private scopeFilter(user: AuthenticatedUser, province?: string): ReadModelFilter | null {
    const filter: ReadModelFilter = {};
    if (isUnitScoped(user)) {
      if (user.unit === undefined) return null;
      filter[`referred.${user.unit}`] = true;
    } else if (user.provinces !== 'all') {
      filter['province'] = { $in: [...user.provinces] };
    }
    if (province) {
      if (!isUnitScoped(user) && !inScope(user, province)) return null;
      filter['province'] = province;
    }
    return filter;
  }

  async list(user: AuthenticatedUser, query: ListProtectionCasesQuery) {
    const empty = { items: [], total: 0, page: query.page, pageSize: query.pageSize };
    const filter = this.scopeFilter(user, query.province);
    if (!filter) return empty;
    if (query.status) filter['status'] = query.status;
    if (query.channel) filter['channel'] = query.channel;
    if (query.year) filter['year'] = query.year;
    if (query.organisation) filter[`organisations.${query.organisation}`] = true;
    await this.projections.waitUntilCurrent();
    const collection = protectionCaseSummaryProjection.collection;
    const [docs, total] = await Promise.all([
      this.readModels.find<ProtectionCaseSummary>(collection, filter, { sort: { receivedOn: -1, personId: 1 }, skip: (query.page - 1) * query.pageSize, limit: query.pageSize }),
      this.readModels.count(collection, filter),
    ]);
    return { items: docs.map((d) => rowOf(d.data)), total, page: query.page, pageSize: query.pageSize };
  }

  async get(user: AuthenticatedUser, personId: string, request: ReadRequest, asOf?: string): Promise<ProtectionCaseView> {
    const events = await this.records.read(user, PROTECTION_CASE, personId, request, asOf);
    const state = caseStateOf(events);
    const on = asOf ? cambodianDateAt(new Date(asOf).toISOString()) : this.today();
    return { personId, revision: events[events.length - 1].streamRevision, asOf: asOfInstant(asOf), state, followUps: { on, visits: followUpsDue(state, on) } };
  }

  async history(user: AuthenticatedUser, personId: string, request: ReadRequest): Promise<{ personId: string; events: HistoryEntry[] }> {
    return { personId, events: (await this.records.read(user, PROTECTION_CASE, personId, request)).map(historyEntryOf) };
  }

  /**
   * The person's journey across contexts, for a reader of their protection case: the steps the
   * police, the court and social affairs recorded about the person id, in the order they
   * happened. Codes and pseudonymous ids only, so nothing is recorded in the access audit.
   */
  async journey(user: AuthenticatedUser, personId: string): Promise<{ personId: string; province: string; steps: JourneyStep[] }> {
    await this.projections.waitUntilCurrent();
    const summary = (await this.readModels.get<ProtectionCaseSummary>(protectionCaseSummaryProjection.collection, personId))?.data;
    if (!summary || !inRecordScope(user, { province: summary.province, units: summary.referredTo })) {
      throw new NotFoundException('No such protection case in your scope');
    }
    const sources = await this.readModels.find<JourneySource>(victimJourneyProjection.collection, journeySourcesNaming(personId));
    return { personId, province: summary.province, steps: journeyOf(personId, sources.map((s) => s.data)) };
  }

  /**
   * Follow-up visits fallen due (integration date + the schedule's months) and not made, by
   * today in Cambodia (read from `CLOCK`), oldest first; and per worker and province, how many.
   * Closed cases owe none. The province is where the person lives since the integration; the
   * scope is the case's (its province, or for a partner worker, a referral to their organisation).
   */
  async overdueFollowUps(user: AuthenticatedUser, query: OverdueFollowUpsQuery) {
    const on = this.today();
    const answer = (items: OverdueFollowUp[]) => ({
      on,
      items: items.slice((query.page - 1) * query.pageSize, query.page * query.pageSize),
      total: items.length,
      page: query.page,
      pageSize: query.pageSize,
      workers: overdueCountsPerWorker(items),
    });
    const filter = this.scopeFilter(user);
    if (!filter) return answer([]);
    filter['followUpsPending'] = true;
    if (query.worker) filter['followUpWorker'] = query.worker;
    await this.projections.waitUntilCurrent();
    const cases = await this.readModels.find<ProtectionCaseSummary>(protectionCaseSummaryProjection.collection, filter);
    const items = cases
      .flatMap(({ data: summary }) =>
        summary.integration && summary.status === 'integrated'
          ? visitsScheduledAfter(summary.integration, on)
              .filter((due) => due.overdue)
              .map((due) => ({ ...due, personId: summary.personId, caseProvince: summary.province, daysOverdue: daysBetween(due.dueOn, on) }))
          : [],
      )
      .filter((item) => !query.province || item.province === query.province)
      .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.personId.localeCompare(b.personId) || a.visitNumber - b.visitNumber);
    return answer(items);
  }
}

/** Per follow-up worker and province (sorted by both), how many visits are overdue. */
function overdueCountsPerWorker(items: readonly OverdueFollowUp[]): Array<{ worker: string; province: string; overdue: number }> {
  const counts = new Map<string, { worker: string; province: string; overdue: number }>();
  for (const item of items) {
    const key = `${item.followUpWorker}\u0000${item.province}`;
    const count = counts.get(key) ?? { worker: item.followUpWorker, province: item.province, overdue: 0 };
    count.overdue += 1;
    counts.set(key, count);
  }
  return [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, count]) => count);
}

/** A list row as answered: the read model's scalars kept for its filters are left out. */
function rowOf(summary: ProtectionCaseSummary) {
  const { referred: _referred, organisations: _organisations, followUpWorker: _worker, followUpsPending: _pending, ...row } = summary;
  return row;
}

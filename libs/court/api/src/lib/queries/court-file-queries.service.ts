import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { fold, type RecordedEvent } from '@casetrail/event-sourcing';
import { courtByCode, courtFileStreamId, type CourtFileEvent } from '@casetrail/court-contracts';
import {
  courtFileDecider,
  detentionDeadlines,
  immediateAppearanceJudgmentDeadline,
  initialCourtFileState,
  type AccusedRecord,
  type CourtFileState,
  type DetentionDeadline,
} from '@casetrail/court-domain';
import { cambodianDateAt, searchKeyOf } from '@casetrail/kernel';
import { CLOCK, ProjectionHost, READ_MODEL_STORE, inScope, type AuthenticatedUser, type Clock } from '@casetrail/platform-nest';
import { AuditedRecordReader, asOfInstant, historyEntryOf, type AuditedRecordKind, type HistoryEntry, type ReadRequest } from '@casetrail/access-audit';
import type { ReadModelFilter, ReadModelStore } from '@casetrail/read-models';
import type { DetentionDeadlinesQuery, ListCourtFilesQuery } from '../dto/court-queries.dto';
import { courtFileSummaryProjection, type CourtFileSummary, type DetentionInForce } from '../projections/court-file-summary.projection';

/** The record type of a court file in the access audit. */
export const COURT_FILE_RECORD_TYPE = 'court-file';

/**
 * A court file as its reads disclose it. Prosecutors and judges see identifying data of accused
 * and victims (names, birth dates) in file views. Others (auditors) see pseudonymous ids and
 * derived facts, with `personal: { restricted: true }`; where the person was forgotten:
 * `{ forgotten: true }`.
 */
const COURT_FILE: AuditedRecordKind = {
  recordType: COURT_FILE_RECORD_TYPE,
  noun: 'court file',
  streamId: courtFileStreamId,
  rolesSeeingPersonalData: new Set(['prosecutor', 'judge']),
};

export interface FileDeadlines {
  /** The date (in Cambodia) the deadlines are counted at: today, or the date of `asOf`. */
  on: string;
  detentions: DetentionDeadline[];
  immediateAppearanceJudgment: ReturnType<typeof immediateAppearanceJudgmentDeadline>;
}

export interface FileView {
  fileId: string;
  revision: number;
  asOf: string | null;
  state: CourtFileState;
  deadlines: FileDeadlines;
}

export interface DeadlineItem extends DetentionDeadline {
  fileId: string;
  court: string;
  province: string;
}

/** The domain's deadline view of one stored detention: a file state holding just that detention. */
function deadlineOf(detention: DetentionInForce, on: string): DetentionDeadline | undefined {
  const accused = {
    personId: detention.personId,
    detentions: [{ ...detention, sex: 'M', ageBand: 'unknown', endedOn: null, endReason: null }],
  } as unknown as AccusedRecord;
  return detentionDeadlines({ ...initialCourtFileState(), accused: { [detention.personId]: accused } }, on)[0];
}

@Injectable()
export class CourtFileQueriesService {
  constructor(
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore,
    private readonly projections: ProjectionHost,
    private readonly records: AuditedRecordReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private today(): string {
    return cambodianDateAt(this.clock.now().toISOString());
  }

  /** The province filter of a reader: the one asked for (if in scope), else the reader's scope; null when nothing can match. */
  private scopeFilter(user: AuthenticatedUser, province?: string, court?: string): ReadModelFilter | null {
    const filter: ReadModelFilter = {};
    const courtProvince = court ? courtByCode(court)?.province : undefined;
    if (court) {
      if (!courtProvince || !inScope(user, courtProvince)) return null;
      filter['court'] = court;
    }
    if (province) {
      if (!inScope(user, province)) return null;
      filter['province'] = province;
    } else if (user.provinces !== 'all') {
      filter['province'] = { $in: [...user.provinces] };
    }
    return filter;
  }

  async list(user: AuthenticatedUser, query: ListCourtFilesQuery) {
    const empty = { items: [], total: 0, page: query.page, pageSize: query.pageSize };
    const filter = this.scopeFilter(user, query.province, query.court);
    if (!filter) return empty;
    if (query.stage) filter['stage'] = query.stage;
    if (query.unit) filter['forwardingUnit'] = query.unit;
    if (query.offence) filter['principalOffence'] = query.offence;
    if (query.year) filter['year'] = query.year;
    if (query.reference !== undefined) filter['referenceSearch'] = { $contains: searchKeyOf(query.reference) };
    await this.projections.waitUntilCurrent();
    const collection = courtFileSummaryProjection.collection;
    const [docs, total] = await Promise.all([
      this.readModels.find<CourtFileSummary>(collection, filter, { sort: { openedOn: -1, fileId: 1 }, skip: (query.page - 1) * query.pageSize, limit: query.pageSize }),
      this.readModels.count(collection, filter),
    ]);
    const on = this.today();
    return { items: docs.map((d) => this.withDeadlines(d.data, on)), total, page: query.page, pageSize: query.pageSize };
  }

  private withDeadlines(summary: CourtFileSummary, on: string) {
    const { hasDetentionInForce: _flag, referenceSearch: _search, detentionsInForce, ...rest } = summary;
    return {
      ...rest,
      detentionsInForce: detentionsInForce.map((d) => {
        const deadline = deadlineOf(d, on);
        return { ...d, limitDate: deadline?.limitDate ?? null, daysLeft: deadline?.daysLeft ?? null, pastLimit: deadline?.pastLimit ?? false };
      }),
    };
  }

  async get(user: AuthenticatedUser, fileId: string, request: ReadRequest, asOf?: string): Promise<FileView> {
    const events: RecordedEvent[] = await this.records.read(user, COURT_FILE, fileId, request, asOf);
    const state = fold(courtFileDecider, events as unknown as CourtFileEvent[]);
    const on = asOf ? cambodianDateAt(new Date(asOf).toISOString()) : this.today();
    return {
      fileId,
      revision: events[events.length - 1].streamRevision,
      asOf: asOfInstant(asOf),
      state,
      deadlines: { on, detentions: detentionDeadlines(state, on), immediateAppearanceJudgment: immediateAppearanceJudgmentDeadline(state, on) },
    };
  }

  async history(user: AuthenticatedUser, fileId: string, request: ReadRequest): Promise<{ fileId: string; events: HistoryEntry[] }> {
    return { fileId, events: (await this.records.read(user, COURT_FILE, fileId, request)).map(historyEntryOf) };
  }

  /**
   * Each detention in force reaching its legal limit within `withinDays` of today in Cambodia
   * (read from `CLOCK`), those already past it included and flagged, sorted by the limit date;
   * and per court, how many and how many are past the limit.
   */
  async detentionDeadlines(user: AuthenticatedUser, query: DetentionDeadlinesQuery) {
    const on = this.today();
    const filter = this.scopeFilter(user, undefined, query.court);
    const answer = (items: DeadlineItem[]) => ({
      on,
      withinDays: query.withinDays,
      items,
      courts: [...new Set(items.map((i) => i.court))].sort().map((court) => {
        const mine = items.filter((i) => i.court === court);
        return { court, province: mine[0].province, detentions: mine.length, pastLimit: mine.filter((i) => i.pastLimit).length };
      }),
    });
    if (!filter) return answer([]);
    await this.projections.waitUntilCurrent();
    const files = await this.readModels.find<CourtFileSummary>(courtFileSummaryProjection.collection, { ...filter, hasDetentionInForce: true });
    const items = files
      .flatMap(({ data: file }) =>
        file.detentionsInForce.flatMap((d) => {
          const deadline = deadlineOf(d, on);
          return deadline ? [{ fileId: file.fileId, court: file.court, province: file.province, ...deadline }] : [];
        }),
      )
      .filter((item) => item.daysLeft <= query.withinDays)
      .sort((a, b) => a.limitDate.localeCompare(b.limitDate) || a.court.localeCompare(b.court) || a.fileId.localeCompare(b.fileId) || a.personId.localeCompare(b.personId));
    return answer(items);
  }

  /**
   * What the police may know of a case they forwarded: whether a court file holds it, its stage,
   * counts, the decisions and the verdict outcomes per accused (pseudonymous ids). No personal
   * data, nothing recorded. No file for the case, or one outside the caller's provinces: 404.
   */
  async policeCaseOutcome(user: AuthenticatedUser, caseId: string) {
    await this.projections.waitUntilCurrent();
    const doc = await this.readModels.get<CourtFileSummary>(courtFileSummaryProjection.collection, caseId);
    const file = doc?.data;
    if (!file || file.policeCaseId !== caseId || !inScope(user, file.province)) {
      throw new NotFoundException('No court file for this police case in your scope');
    }
    return {
      policeCaseId: caseId,
      hasCourtFile: true,
      fileId: file.fileId,
      court: file.court,
      province: file.province,
      receivedOn: file.openedOn,
      stage: file.stage,
      accused: file.accused,
      charged: file.charged,
      chargedPersonIds: file.chargedPersonIds,
      prosecutionDecision: file.prosecutionDecision ? { action: file.prosecutionDecision.action, decidedOn: file.prosecutionDecision.decidedOn } : null,
      closingOrder: file.closingOrder,
      verdicts: file.verdicts,
    };
  }
}

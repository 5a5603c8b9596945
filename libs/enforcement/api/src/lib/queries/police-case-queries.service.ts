import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { EventStore, RecordedEvent } from '@casetrail/event-sourcing';
import {
  fold,
} from '@casetrail/event-sourcing';
import { policeCaseStreamId, type PoliceCaseEvent } from '@casetrail/enforcement-contracts';
import { policeCaseDecider, type PoliceCaseState } from '@casetrail/enforcement-domain';
import { EVENT_STORE, ProjectionHost, READ_MODEL_STORE, inScope, type AuthenticatedUser } from '@casetrail/platform-nest';
import { PersonalDataCipher, openPersonalData, withholdPersonalData } from '@casetrail/personal-data';
import { AccessRecorder } from '@casetrail/access-audit';
import type { ReadModelFilter, ReadModelStore } from '@casetrail/read-models';
import type { ListPoliceCasesQuery } from '../dto/list-police-cases.query';
import { disclosedPersonIds } from './disclosed-person-ids';
import { withForwardedPersonsAsRead } from './forwarded-persons-as-read';
import { policeCaseSummaryProjection, type PoliceCaseSummary } from '../projections/police-case-summary.projection';

/**
 * Roles that see identifying data of victims and suspects (names, birth dates) in case views.
 * Others see pseudonymous ids and derived facts (sex, age band, nationality, province), with
 * `personal: { restricted: true }`. Where the person was forgotten: `{ forgotten: true }`.
 */
const ROLES_SEEING_PERSONAL_DATA = new Set(['police', 'prosecutor']);

export interface CaseView {
  caseId: string;
  revision: number;
  asOf: string | null;
  state: PoliceCaseState;
}

/** How a read reached us: recorded with every disclosure of identifying data. */
export interface ReadRequest {
  /** `<METHOD> <route template>`, e.g. `GET /api/enforcement/cases/:caseId`. */
  route: string;
  correlationId: string;
  /** Why the caller reads, when they said so (`X-Access-Purpose`). */
  purpose?: string;
}

interface CaseInScope {
  events: RecordedEvent[];
  province: string;
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
  /**
   * The event's data; `personal` opened for roles that may see it, else `{ restricted: true }`;
   * `{ forgotten: true }` once the person's key was destroyed.
   */
  changes: unknown;
}

@Injectable()
export class PoliceCaseQueriesService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore,
    private readonly projections: ProjectionHost,
    private readonly cipher: PersonalDataCipher,
    private readonly accesses: AccessRecorder,
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

  async get(user: AuthenticatedUser, caseId: string, request: ReadRequest, asOf?: string): Promise<CaseView> {
    const events = await this.readable(user, caseId, await this.loadInScope(user, caseId, asOf), request);
    const state = fold(policeCaseDecider, events as unknown as PoliceCaseEvent[]);
    return {
      caseId,
      revision: events[events.length - 1].streamRevision,
      asOf: asOf ? new Date(asOf).toISOString() : null,
      state,
    };
  }

  async history(user: AuthenticatedUser, caseId: string, request: ReadRequest): Promise<{ caseId: string; events: HistoryEntry[] }> {
    const events = await this.readable(user, caseId, await this.loadInScope(user, caseId), request);
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
        changes: e.data,
      })),
    };
  }

  /**
   * The events with their personal data opened, or withheld, as the caller's role allows. When
   * anything identifying is opened, the access is recorded first (503 if it cannot be): nothing
   * is disclosed unrecorded. Withheld or forgotten data discloses nothing, so records nothing.
   */
  private async readable(user: AuthenticatedUser, caseId: string, found: CaseInScope, request: ReadRequest): Promise<RecordedEvent[]> {
    if (!ROLES_SEEING_PERSONAL_DATA.has(user.role)) return withForwardedPersonsAsRead(withholdPersonalData(found.events));
    const opened = await openPersonalData(found.events, this.cipher);
    const personIds = disclosedPersonIds(found.events, opened);
    if (personIds.length > 0) {
      await this.accesses.record(
        user,
        {
          recordType: 'police-case',
          recordId: caseId,
          recordProvince: found.province,
          personIds,
          route: request.route,
          ...(request.purpose ? { purpose: request.purpose } : {}),
        },
        { correlationId: request.correlationId },
      );
    }
    return withForwardedPersonsAsRead(opened);
  }

  /** The case's events; a case not opened (as of then) or outside the caller's scope is "not found". */
  private async loadInScope(user: AuthenticatedUser, caseId: string, asOf?: string): Promise<CaseInScope> {
    const events = await this.store.readStream(policeCaseStreamId(caseId), asOf ? { asOf } : undefined);
    const province = (events[0]?.data as { province?: string } | undefined)?.province;
    if (events.length === 0 || !province || !inScope(user, province)) {
      throw new NotFoundException('No such police case in your scope');
    }
    return { events, province };
  }
}

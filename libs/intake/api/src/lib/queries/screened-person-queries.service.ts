import { Inject, Injectable } from '@nestjs/common';
import { fold, type RecordedEvent } from '@casetrail/event-sourcing';
import { screenedPersonStreamId, type ReferralDestination, type ScreenedPersonEvent } from '@casetrail/intake-contracts';
import { referredOrganisations, screenedPersonDecider, type ScreenedPersonState } from '@casetrail/intake-domain';
import { ProjectionHost, READ_MODEL_STORE, inScope, isUnitScoped, type AuthenticatedUser } from '@casetrail/platform-nest';
import { AuditedRecordReader, asOfInstant, historyEntryOf, type AuditedRecordKind, type HistoryEntry, type ReadRequest } from '@casetrail/access-audit';
import type { ReadModelFilter, ReadModelStore } from '@casetrail/read-models';
import type { ListReferralsQuery, ListScreeningsQuery } from '../dto/intake-queries.dto';
import { SEES_SCREENED_PERSONAL_DATA } from '../intake-roles';
import { screenedPersonSummaryProjection, type ReferralRow, type ScreenedPersonSummary } from '../projections/screened-person-summary.projection';
import { emptyPage, listScopeFilter, pageWindow, periodAndPlace, type Page } from './intake-list-scope';

/** The record type of a screened person in the access audit. */
export const SCREENED_PERSON_RECORD_TYPE = 'intake-screened-person';

/**
 * A screened person as their reads disclose them: border officials, the police and social
 * workers of the screening's province see the name and birth date; a partner worker reaches only
 * a person referred to their organisation (`unitsOf`), and then sees them too (the referral is
 * to them); auditors and statisticians see `{ restricted: true }`; once the person is forgotten,
 * `{ forgotten: true }`.
 */
export const SCREENED_PERSON: AuditedRecordKind = {
  recordType: SCREENED_PERSON_RECORD_TYPE,
  noun: 'screened person',
  streamId: screenedPersonStreamId,
  rolesSeeingPersonalData: new Set(SEES_SCREENED_PERSONAL_DATA),
  unitsOf: (events) => referredOrganisations(fold(screenedPersonDecider, events as unknown as ScreenedPersonEvent[])),
};

export interface ScreenedPersonView {
  personId: string;
  revision: number;
  asOf: string | null;
  state: ScreenedPersonState;
}

/** A referral addressed to the reader, with the screening it came from (no personal data). */
export interface ReferralListItem extends ReferralRow {
  personId: string;
  /** Where and when the person was screened, and the screening's province. */
  place: string;
  screenedOn: string;
  screeningProvince: string;
  sex: ScreenedPersonSummary['sex'];
  ageBand: ScreenedPersonSummary['ageBand'];
  nationality: string;
  countryReturnedFrom: string;
}

/** What a role's "addressed to me" list holds: the destinations it may see, and by what. */
const ADDRESSED_TO: Partial<Record<AuthenticatedUser['role'], ReferralDestination>> = {
  police: 'police',
  social_worker: 'social_affairs',
  partner_worker: 'partner_organisation',
};

@Injectable()
export class ScreenedPersonQueriesService {
  constructor(
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore,
    private readonly projections: ProjectionHost,
    private readonly records: AuditedRecordReader,
  ) {}

  /** Screened persons in the reader's scope (a partner worker: those referred to their organisation), most recent first. */
  async list(user: AuthenticatedUser, query: ListScreeningsQuery): Promise<Page<ReturnType<typeof rowOf>>> {
    const filter = listScopeFilter(user, query.province, 'referred');
    const window = pageWindow(query);
    if (!filter || !window) return emptyPage(query);
    periodAndPlace(filter, query);
    if (query.outcome) filter['outcome'] = query.outcome;
    await this.projections.waitUntilCurrent();
    const collection = screenedPersonSummaryProjection.collection;
    const [docs, total] = await Promise.all([
      this.readModels.find<ScreenedPersonSummary>(collection, filter, { sort: { screenedOn: -1, personId: 1 }, ...window }),
      this.readModels.count(collection, filter),
    ]);
    return { items: docs.map((d) => rowOf(d.data)), total, page: query.page, pageSize: query.pageSize };
  }

  async get(user: AuthenticatedUser, personId: string, request: ReadRequest, asOf?: string): Promise<ScreenedPersonView> {
    const events = await this.records.read(user, SCREENED_PERSON, personId, request, asOf);
    return { personId, revision: events[events.length - 1].streamRevision, asOf: asOfInstant(asOf), state: stateOf(events) };
  }

  async history(user: AuthenticatedUser, personId: string, request: ReadRequest): Promise<{ personId: string; events: HistoryEntry[] }> {
    return { personId, events: (await this.records.read(user, SCREENED_PERSON, personId, request)).map(historyEntryOf) };
  }

  /**
   * The referrals addressed to the reader, most recent first: the police see referrals to the
   * police of their provinces, social workers those to social affairs of their provinces, partner
   * workers those to their organisation; border officials and auditors every referral of the
   * persons screened in their provinces. `destination` narrows it (another role's: nothing).
   */
  async referrals(user: AuthenticatedUser, query: ListReferralsQuery): Promise<Page<ReferralListItem>> {
    const own = ADDRESSED_TO[user.role];
    if (own && query.destination && query.destination !== own) return emptyPage(query);
    const destination = own ?? query.destination;
    const filters = referralFilters(user, own, destination);
    await this.projections.waitUntilCurrent();
    const found = new Map<string, ScreenedPersonSummary>();
    for (const filter of filters) {
      for (const doc of await this.readModels.find<ScreenedPersonSummary>(screenedPersonSummaryProjection.collection, filter)) found.set(doc.id, doc.data);
    }
    const items = [...found.values()]
      .flatMap((person) =>
        person.referrals
          .filter((r) => (destination === undefined || r.destination === destination) && addressedToReader(user, own, r))
          .map((r): ReferralListItem => ({
            personId: person.personId,
            place: person.place,
            screenedOn: person.screenedOn,
            screeningProvince: person.province,
            sex: person.sex,
            ageBand: person.ageBand,
            nationality: person.nationality,
            countryReturnedFrom: person.countryReturnedFrom,
            ...r,
          })),
      )
      .sort((a, b) => b.referredOn.localeCompare(a.referredOn) || a.personId.localeCompare(b.personId) || a.destination.localeCompare(b.destination));
    return { items: items.slice((query.page - 1) * query.pageSize, query.page * query.pageSize), total: items.length, page: query.page, pageSize: query.pageSize };
  }
}

/**
 * The read-model filters whose union holds every person with a referral addressed to the reader
 * (read models filter on scalars: one filter per province of a multi-province reader).
 */
function referralFilters(user: AuthenticatedUser, own: ReferralDestination | undefined, destination: ReferralDestination | undefined): ReadModelFilter[] {
  if (isUnitScoped(user)) return user.unit === undefined ? [] : [{ [`addressedTo.partner_organisation#${user.unit}`]: true }];
  if (own) {
    return user.provinces === 'all' ? [{ [`addressedTo.${own}`]: true }] : user.provinces.map((p) => ({ [`addressedTo.${own}@${p}`]: true }));
  }
  const filter: ReadModelFilter = destination ? { [`addressedTo.${destination}`]: true } : { hasReferrals: true };
  if (user.provinces !== 'all') filter['province'] = { $in: [...user.provinces] };
  return [filter];
}

/** Whether one referral of a person found is the reader's (the filters find persons, who may have several). */
function addressedToReader(user: AuthenticatedUser, own: ReferralDestination | undefined, referral: ReferralRow): boolean {
  if (isUnitScoped(user)) return referral.destination === 'partner_organisation' && referral.organisation === user.unit;
  if (own) return referral.destination === own && inScope(user, referral.province);
  return true;
}

function stateOf(events: readonly RecordedEvent[]): ScreenedPersonState {
  return fold(screenedPersonDecider, events as unknown as ScreenedPersonEvent[]);
}

/** A list row as answered: the scalars kept for the filters are left out. */
function rowOf(summary: ScreenedPersonSummary) {
  const { referred: _referred, addressedTo: _addressed, hasReferrals: _has, ...row } = summary;
  return row;
}

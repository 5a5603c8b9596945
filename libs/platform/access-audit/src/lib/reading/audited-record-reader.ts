import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { EventStore, RecordedEvent } from '@casetrail/event-sourcing';
import { EVENT_STORE, inRecordScope, type AuthenticatedUser } from '@casetrail/platform-nest';
import { PersonalDataCipher, disclosedPersonIds, openPersonalData, withholdPersonalData } from '@casetrail/personal-data';
import { AccessRecorder } from '../recording/access-recorder.service';
import type { ReadRequest } from './read-request';

/** A kind of record whose reads may disclose identifying data (a police case, a court file). */
export interface AuditedRecordKind {
  /** Its record type in the access audit (declared in the context's `auditedRecordTypes`). */
  recordType: string;
  /** What it is called in a 404 ("police case", "court file"). */
  noun: string;
  streamId(id: string): string;
  /** The roles that see the clear data; every other role sees `{ restricted: true }`. */
  rolesSeeingPersonalData: ReadonlySet<string>;
  /**
   * The units the record is open to, from its events (e.g. the partner organisations a case was
   * referred to): how unit-scoped roles reach it (`inRecordScope`). Not declared: no unit-scoped
   * user reaches any record of the kind.
   */
  unitsOf?(events: readonly RecordedEvent[]): readonly string[];
  /**
   * A rule of the record itself on top of the roles (e.g. the person's consent to share with the
   * reader's organisation): false withholds the personal data from this reader. Not declared:
   * the roles decide alone.
   */
  personalDataVisibleTo?(user: AuthenticatedUser, events: readonly RecordedEvent[]): boolean;
}

/** One event of a record's history as a reader sees it. */
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

export function historyEntryOf(e: RecordedEvent): HistoryEntry {
  return {
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
  };
}

/** The instant a view is as of, as the answer states it (ISO, UTC); null for the current state. */
export function asOfInstant(asOf: string | undefined): string | null {
  return asOf ? new Date(asOf).toISOString() : null;
}

/**
 * Reads one record's events as a user may see them, the same for every context:
 * - the stream (as of an instant, by `recordedAt`); a record not started then, or outside the
 *   user's scope (`inRecordScope`: the first event's `data.province`, and the kind's `unitsOf` for
 *   unit-scoped roles), is 404;
 * - personal data opened for the kind's roles where the kind's own rule allows it
 *   (`personalDataVisibleTo`), withheld (`{ restricted: true }`) for the others;
 * - when anything identifying is opened, the access is recorded first (503 if it cannot be):
 *   nothing is disclosed unrecorded. Withheld or forgotten data discloses nothing, so records nothing.
 */
@Injectable()
export class AuditedRecordReader {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly cipher: PersonalDataCipher,
    private readonly accesses: AccessRecorder,
  ) {}

  async read(user: AuthenticatedUser, kind: AuditedRecordKind, id: string, request: ReadRequest, asOf?: string): Promise<RecordedEvent[]> {
    const events = await this.store.readStream(kind.streamId(id), asOf ? { asOf } : undefined);
    const province = (events[0]?.data as { province?: string } | undefined)?.province;
    if (events.length === 0 || !province) throw new NotFoundException(`No such ${kind.noun} in your scope`);
    // Who may read a record, and what its person agreed to share, are as they stand now, also
    // for a view as of an earlier instant: a referral or a consent is read today.
    const current = asOf && (kind.unitsOf || kind.personalDataVisibleTo) ? await this.store.readStream(kind.streamId(id)) : events;
    if (!inRecordScope(user, { province, units: kind.unitsOf?.(current) })) {
      throw new NotFoundException(`No such ${kind.noun} in your scope`);
    }
    const visible = kind.rolesSeeingPersonalData.has(user.role) && (kind.personalDataVisibleTo?.(user, current) ?? true);
    if (!visible) return withholdPersonalData(events);
    const opened = await openPersonalData(events, this.cipher);
    const personIds = disclosedPersonIds(events, opened);
    if (personIds.length > 0) {
      await this.accesses.record(
        user,
        {
          recordType: kind.recordType,
          recordId: id,
          recordProvince: province,
          personIds,
          route: request.route,
          ...(request.purpose ? { purpose: request.purpose } : {}),
        },
        { correlationId: request.correlationId },
      );
    }
    return opened;
  }
}

import { Inject, Injectable, Logger, ServiceUnavailableException } from '@nestjs/common';
import { ANY_REVISION, type EventStore, type EventTypeRegistry } from '@casetrail/event-sourcing';
import { EVENT_STORE, EVENT_TYPE_REGISTRY, HOSTED_CONTEXTS, actorFor, type AuthenticatedUser, type HostedContexts } from '@casetrail/platform-nest';
import {
  AccessAuditEventType,
  accessAuditStreamId,
  type PersonalDataAccessedData,
} from '../events/access-audit.events';

/** A disclosure about to happen: what record, whose data, through which route. */
export type PersonalDataAccess = PersonalDataAccessedData;

/** What the recorder needs of the request: its correlation id (the envelope links the log line). */
export interface AccessRequestContext {
  correlationId: string;
}

/**
 * Records every disclosure of identifying data as `audit.PersonalDataAccessed`, on the reader's
 * own stream (`audit-access-<userId>`). Callers record BEFORE they respond: if the record cannot
 * be written the read fails with 503, so nothing is ever disclosed unrecorded.
 * Appended with ANY_REVISION: concurrent reads by one user must not conflict; order within the
 * stream is the store's.
 */
@Injectable()
export class AccessRecorder {
  private readonly logger = new Logger('AccessAudit');

  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(EVENT_TYPE_REGISTRY) private readonly registry: EventTypeRegistry,
    @Inject(HOSTED_CONTEXTS) hosted: HostedContexts,
  ) {
    this.recordTypes = new Set(hosted.auditedRecordTypes());
  }

  private readonly recordTypes: ReadonlySet<string>;

  async record(user: AuthenticatedUser, access: PersonalDataAccess, context: AccessRequestContext): Promise<void> {
    // A programming error, not the caller's: the context forgot to declare its record type.
    if (!this.recordTypes.has(access.recordType)) throw new Error(`Record type "${access.recordType}" is not declared by a hosted context`);
    if (access.personIds.length === 0) return;
    const data: PersonalDataAccessedData = { ...access, personIds: [...new Set(access.personIds)] };
    try {
      await this.events.append(
        accessAuditStreamId(user.userId),
        [
          {
            eventId: globalThis.crypto.randomUUID(),
            type: AccessAuditEventType.PersonalDataAccessed,
            schemaVersion: this.registry.currentVersion(AccessAuditEventType.PersonalDataAccessed),
            data,
            actor: actorFor(user, access.recordProvince),
            correlationId: context.correlationId,
            causationId: null,
            occurredAt: new Date().toISOString(),
          },
        ],
        ANY_REVISION,
      );
    } catch (error) {
      // The error's class only: its message could echo the data being appended.
      this.logger.error(`Access to a ${access.recordType} not recorded (${error instanceof Error ? error.name : 'Error'}); the read is refused`);
      throw new ServiceUnavailableException('The access could not be recorded, so the data is not shown; try again');
    }
  }
}
